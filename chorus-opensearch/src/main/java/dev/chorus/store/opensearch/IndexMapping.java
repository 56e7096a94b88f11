package dev.chorus.store.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.store.lucene.PostDocuments;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings and mappings of a post index, derived from {@link PostDocuments} and {@link Dimensions} (never a copied
 * list): the same fields as the embedded index. Each dimension has a keyword field of its filter terms under its id
 * (as the query syntax names it: {@code hashtag:nodeal}) and a keyword field of its labels as shown, {@code
 * facet.<id>}, for counts. Text fields use the Chorus analysis plugin's analysers, which tokenise exactly like the
 * embedded ones.
 */
final class IndexMapping {
  /** The object holding the label (facet) fields: {@code facet.frame}. Dimension ids hold no dot, so no clash. */
  static final String FACET = "facet";
  /** The analyser of {@code text} and {@code title}; the per-language fields use {@code chorus_<lang>}. */
  static final String TEXT_ANALYZER = "chorus_text";

  private IndexMapping() {}

  /** The label field of a dimension (or of {@code day}, {@code synthetic}). */
  static String facetField(String dimension) {
    return FACET + "." + dimension;
  }

  /** The fields with labels: every dimension, the day and the synthetic flag, as the embedded facets. */
  static List<String> facetNames() {
    List<String> names = new ArrayList<>(List.of(PostDocuments.DAY, PostDocuments.SYNTHETIC));
    Dimensions.all().forEach(d -> names.add(d.id()));
    return names;
  }

  static ObjectNode create(int shards, int replicas) {
    ObjectNode root = OpenSearchConnection.JSON.createObjectNode();
    root.putObject("settings").putObject("index").put("number_of_shards", shards)
        .put("number_of_replicas", replicas);
    ObjectNode mappings = root.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode p = mappings.putObject("properties");
    p.putObject(PostDocuments.BODY).put("type", "binary");
    p.putObject(PostDocuments.PROVENANCE).put("type", "keyword").put("index", false).put("doc_values", false);
    p.putObject(PostDocuments.VERSION).put("type", "long").put("index", false);
    p.putObject(PostDocuments.HASH).put("type", "long");
    p.putObject(PostDocuments.REFERENCED).put("type", "long").put("index", false);
    p.putObject(PostDocuments.CREATED).put("type", "date").put("format", "epoch_millis");
    p.putObject(PostDocuments.TEXT).put("type", "text").put("analyzer", TEXT_ANALYZER);
    p.putObject(PostDocuments.TITLE).put("type", "text").put("analyzer", TEXT_ANALYZER);
    for (String lang : PostDocuments.ANALYSED_LANGUAGES) {
      p.putObject(PostDocuments.TEXT_PREFIX + lang).put("type", "text").put("analyzer", "chorus_" + lang);
    }
    for (String keyword : PostDocuments.KEYWORD_FIELDS) {
      p.putObject(keyword).put("type", "keyword");
    }
    ObjectNode facets = p.putObject(FACET).putObject("properties");
    for (String name : facetNames()) {
      facets.putObject(name).put("type", "keyword");
    }
    ObjectNode stance = stanceProbabilities();
    mappings.set("dynamic_templates", stance.get("dynamic_templates"));
    p.setAll((ObjectNode) stance.get("properties"));
    return root;
  }

  /**
   * The calibrated stance probabilities ({@link PostDocuments#STANCE_PROBABILITY}{@code .<target>.<class>}) as double
   * fields: targets come from the workspace's models, so the one object the strict mapping lets grow by itself is
   * this one, each new field a double. Also what an index created before them gets added ({@link #upgrade}).
   */
  static ObjectNode stanceProbabilities() {
    ObjectNode m = OpenSearchConnection.JSON.createObjectNode();
    ArrayNode templates = m.putArray("dynamic_templates");
    for (String type : List.of("double", "long")) { // 1.0 is written 1.0, but a long would be mapped as a long
      ObjectNode t = templates.addObject().putObject("stance_probability_" + type);
      t.put("path_match", PostDocuments.STANCE_PROBABILITY + ".*").put("match_mapping_type", type);
      t.putObject("mapping").put("type", "double");
    }
    m.putObject("properties").putObject(PostDocuments.STANCE_PROBABILITY).put("type", "object")
        .put("dynamic", true);
    return m;
  }

  /** Whether a mapping ({@code GET _mapping}'s answer for one index) has the stance probabilities' object. */
  static boolean hasStanceProbabilities(com.fasterxml.jackson.databind.JsonNode mapping) {
    return mapping.path("mappings").path("properties").has(PostDocuments.STANCE_PROBABILITY);
  }
}
