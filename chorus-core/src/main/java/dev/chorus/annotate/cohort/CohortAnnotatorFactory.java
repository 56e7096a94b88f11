package dev.chorus.annotate.cohort;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.AnnotatorFactory;
import dev.chorus.codebook.Codebook;
import dev.chorus.dimension.Dimension;
import dev.chorus.hash.Sha256;
import dev.chorus.post.Platform;
import dev.chorus.privacy.Pseudonymizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the cohort annotator from the codebook's cohorts. Members are written {@code platform:handle}; a member on
 * the public-figure list keeps its handle, any other is hashed to the same pseudonym the author gets at ingest.
 */
public final class CohortAnnotatorFactory implements AnnotatorFactory {
  private static final List<Dimension> DIMENSIONS = List.of(
      Dimension.builder("cohort", "Cohort").order(110).multiValued()
          .description("Cohort id(s) from the codebook.").labelSource("codebook.cohorts")
          .fromLabels(CohortAnnotator.KEY));

  @Override
  public String id() {
    return "cohort";
  }

  @Override
  public String description() {
    return "Cohorts of the author (codebook member lists and domain rules)";
  }

  @Override
  public Optional<Annotator> create(AnnotatorContext context) {
    Codebook cb = context.codebook();
    if (cb == null || cb.cohorts().isEmpty()) {
      return Optional.empty();
    }
    Pseudonymizer p = context.pseudonymizer();
    Map<String, Set<String>> members = new HashMap<>();
    Map<String, Set<String>> domains = new HashMap<>();
    StringBuilder digestInput = new StringBuilder(cb.version());
    for (Codebook.Cohort c : cb.cohorts()) {
      for (String m : c.members()) {
        int colon = m.indexOf(':');
        if (colon <= 0 || p == null) {
          continue; // without a platform or a key, a member cannot be matched to pseudonymised authors
        }
        String platform = m.substring(0, colon).toLowerCase(Locale.ROOT);
        String handle = m.substring(colon + 1).replaceFirst("^@", "");
        String shown = p.isPublic(platform, handle) ? handle : p.handlePseudonym(platform, handle);
        members.computeIfAbsent(c.id(), k -> new HashSet<>()).add(platform + ":" + shown.toLowerCase(Locale.ROOT));
        digestInput.append('|').append(c.id()).append('=').append(m);
      }
      for (String rule : c.rules()) {
        if (rule.startsWith("handle:") && p != null) {
          // handle:NAME matches that handle on every platform; handle:x:NAME on one
          String member = rule.substring("handle:".length()).trim();
          int colon = member.indexOf(':');
          List<String> platforms = colon > 0 ? List.of(member.substring(0, colon).toLowerCase(Locale.ROOT))
              : Arrays.stream(Platform.values()).map(Platform::id).toList();
          String handle = member.substring(colon + 1).replaceFirst("^@", "");
          for (String platform : platforms) {
            String shown = p.isPublic(platform, handle) ? handle : p.handlePseudonym(platform, handle);
            members.computeIfAbsent(c.id(), k -> new HashSet<>()).add(platform + ":" + shown.toLowerCase(Locale.ROOT));
          }
          digestInput.append('|').append(c.id()).append('~').append(rule);
        } else if (rule.startsWith("domain:")) {
          domains.computeIfAbsent(c.id(), k -> new HashSet<>())
              .add(rule.substring("domain:".length()).trim().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
          digestInput.append('|').append(c.id()).append('~').append(rule);
        }
      }
    }
    return Optional.of(new CohortAnnotator(members, domains, Sha256.halfHex(digestInput.toString())));
  }

  @Override
  public String unavailableReason(AnnotatorContext context) {
    return "the codebook defines no cohorts";
  }

  /** Declared here once; see {@link dev.chorus.dimension.Dimensions}. */
  @Override
  public List<Dimension> dimensions() {
    return DIMENSIONS;
  }
}
