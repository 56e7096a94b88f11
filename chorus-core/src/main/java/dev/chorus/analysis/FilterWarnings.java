package dev.chorus.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.codebook.Codebook;
import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.json.JsonConfig;
import dev.chorus.post.Label;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.SearchOrder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Filter values that match no post and that the codebook does not know either ({@code lang=xx}, a misspelt frame):
 * such a filter silently answers 0, so every analysis body carries a {@code warnings} entry naming the value and the
 * known ones. Known means: some post has it (asked of the store with the filter's own term rule, so case folding and
 * the bare stance value {@code against} are judged as the filter judges them), or the codebook section named by the
 * dimension's {@link Dimension#labelSource()} lists it (a frame no post carries yet is not a typo).
 */
public final class FilterWarnings {
  /** At most this many known values are listed in a message. */
  static final int KNOWN_LISTED = 20;

  /** One unknown filter value, written into the body as it is. */
  public record Warning(String parameter, String value, String message) {}

  private FilterWarnings() {}

  /** The warnings of every filter value of {@code query} that no post has and the codebook does not know. */
  public static List<Warning> of(PostStore store, Codebook codebook, PostQuery query) throws IOException {
    List<Warning> out = new ArrayList<>();
    for (Dimension d : Dimensions.filters()) {
      if (query.isDefault(d.id()) || (d.hasDefault() && query.values(d.id()).equals(d.knownValues()))) {
        continue; // a default filter (role=collected) or its lifting (role=any) is no typo
      }
      for (String value : query.values(d.id())) {
        if (!inCodebook(d, codebook, value) && !matchesAPost(store, d, value)) {
          out.add(new Warning(d.id(), value, "no post has " + d.id() + " '" + value + "'; known: "
              + known(store, codebook, d)));
        }
      }
    }
    return out;
  }

  /**
   * The JSON body of an analysis result: the result as it is, with a top-level {@code warnings} array when there are
   * warnings (and the result is an object), before the analysis' own warnings when it has some. The API and the CLI's {@code --json} both print this, so they stay equal.
   */
  public static Object body(Object result, List<Warning> warnings) {
    if (warnings.isEmpty()) {
      return result;
    }
    JsonNode tree = JsonConfig.mapper().valueToTree(result);
    if (tree instanceof ObjectNode o) {
      // an analysis may warn of its own (compare: a small period); the filter warnings come first, in one array
      com.fasterxml.jackson.databind.node.ArrayNode all = JsonConfig.mapper().valueToTree(warnings);
      if (o.get("warnings") instanceof com.fasterxml.jackson.databind.node.ArrayNode own) {
        all.addAll(own);
      }
      o.set("warnings", all);
    }
    return tree;
  }

  private static boolean matchesAPost(PostStore store, Dimension d, String value) throws IOException {
    return store.search(PostQuery.all().with(d.id(), value), 1, SearchOrder.NEWEST).total() > 0;
  }

  /**
   * Whether the codebook section of the dimension lists the value; a per-target value needs both a listed target and a
   * stance ({@code talks:agaist} is a typo even though {@code talks} is a target), a bare one only the stance.
   */
  private static boolean inCodebook(Dimension d, Codebook codebook, String value) {
    String v = value.toLowerCase(Locale.ROOT);
    int colon = v.indexOf(':');
    if (!d.perTarget()) {
      return codebook.idsOf(d.labelSource()).contains(v);
    }
    Set<String> stances = new LinkedHashSet<>(Codebook.Target.STANCES);
    stances.add(Label.UNCERTAIN);
    return colon < 0 ? stances.contains(v)
        : codebook.idsOf(d.labelSource()).contains(v.substring(0, colon)) && stances.contains(v.substring(colon + 1));
  }

  /** The most frequent values among all posts, then the codebook's ids, at most {@link #KNOWN_LISTED}. */
  private static String known(PostStore store, Codebook codebook, Dimension d) throws IOException {
    Set<String> known = new LinkedHashSet<>(d.knownValues());
    known.addAll(store.facetCounts(PostQuery.all(), d.id(), KNOWN_LISTED).counts().keySet());
    known.addAll(codebook.idsOf(d.labelSource()));
    List<String> listed = known.stream().limit(KNOWN_LISTED).toList();
    String more = known.size() > KNOWN_LISTED ? ", ..." : "";
    return listed.isEmpty() ? "none (no post has a " + d.id() + " yet)" : String.join(", ", listed) + more;
  }
}
