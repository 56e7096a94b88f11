package dev.chorus.annotate.cohort;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorInfo;
import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Annotations;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import dev.chorus.text.UrlNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels a post with the cohorts of its author. Members are matched on the pseudonymised handle (the codebook lists
 * real handles; they are hashed with the workspace key when the annotator is built, so no handle is compared or
 * stored in clear), public figures on their handle, and {@code domain:} rules on the post's permalink domain (news
 * outlets). Confidence is 1.0: membership is a listed fact, not an inference.
 */
public final class CohortAnnotator implements Annotator {
  public static final AnnotationKey KEY = AnnotationKey.of("cohort");

  private final Map<String, Set<String>> membersByCohort;
  private final Map<String, Set<String>> domainsByCohort;
  /** Every domain of a {@code domain:} rule, lower case. */
  private final List<String> domains;
  private final AnnotatorInfo info;

  CohortAnnotator(Map<String, Set<String>> membersByCohort, Map<String, Set<String>> domainsByCohort, String hash) {
    this.membersByCohort = Map.copyOf(membersByCohort);
    this.domainsByCohort = Map.copyOf(domainsByCohort);
    this.domains = domainsByCohort.values().stream().flatMap(Set::stream).distinct().sorted().toList();
    this.info = new AnnotatorInfo("cohort", "1", hash, Set.of(), Set.of(), Set.of(KEY));
  }

  @Override
  public AnnotatorInfo info() {
    return info;
  }

  @Override
  public Annotations annotate(Post post, Annotations current) {
    String handle = post.author().handle();
    String key = handle == null ? null : post.platform().id() + ":" + handle.toLowerCase(java.util.Locale.ROOT);
    String domain = post.url() == null || !mayBeListed(post.url()) ? null : UrlNormalizer.domain(post.url());
    List<Label> labels = new ArrayList<>();
    membersByCohort.forEach((cohort, members) -> {
      if (key != null && members.contains(key)) {
        labels.add(new Label(cohort, 1.0, id()));
      }
    });
    domainsByCohort.forEach((cohort, domains) -> {
      if (domain != null && domains.contains(domain) && labels.stream().noneMatch(l -> l.value().equals(cohort))) {
        labels.add(new Label(cohort, 1.0, id()));
      }
    });
    labels.sort(java.util.Comparator.comparing(Label::value));
    return current.with(KEY, labels, stamp(), null);
  }

  /**
   * False when the domain of {@code url} cannot be one of a rule: an ASCII link holds its host as written, so a listed
   * domain (lower case, a suffix of the host) is in it, case ignored. Spares most posts the parse of their permalink
   * (a third of this annotator); a link with other chars may have an internationalised host, and is parsed.
   */
  private boolean mayBeListed(String url) {
    if (domains.isEmpty()) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      if (url.charAt(i) >= 0x80) {
        return true;
      }
    }
    String lower = url.toLowerCase(java.util.Locale.ROOT);
    for (String d : domains) {
      if (lower.contains(d)) {
        return true;
      }
    }
    return false;
  }
}
