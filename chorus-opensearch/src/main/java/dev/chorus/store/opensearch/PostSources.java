package dev.chorus.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import dev.chorus.store.lucene.PostDocuments;
import java.io.IOException;
import java.util.List;

/**
 * A post as an index document (its {@code _source}) and back: the same fields and values as the embedded document
 * ({@link PostDocuments}), the same body bytes (base64 in a binary field) and provenance JSON.
 */
final class PostSources {
  private final PostDocuments documents = new PostDocuments();
  private final PostJson json = new PostJson();

  byte[] body(Post post) {
    return documents.body(post);
  }

  ObjectNode toSource(Post post, byte[] body, long hash) {
    ObjectNode doc = OpenSearchConnection.JSON.createObjectNode();
    doc.put(PostDocuments.ID, post.id());
    doc.put(PostDocuments.BODY, body);
    if (post.provenance() != null) {
      doc.put(PostDocuments.PROVENANCE, json.writeProvenance(post.provenance()));
    }
    doc.put(PostDocuments.VERSION, post.version().toEpochMilli());
    doc.put(PostDocuments.HASH, hash);
    doc.put(PostDocuments.REFERENCED, post.referenced() ? 1 : 0);
    doc.put(PostDocuments.CREATED, post.createdAt().toEpochMilli());
    doc.put(PostDocuments.TEXT, post.text());
    if (post.title() != null) {
      doc.put(PostDocuments.TITLE, post.title());
    }
    String languageField = PostDocuments.languageField(post);
    if (languageField != null) {
      doc.put(languageField, post.titleAndText());
    }
    ObjectNode facets = doc.putObject(IndexMapping.FACET);
    String day = PostDocuments.day(post);
    doc.put(PostDocuments.DAY, day.toLowerCase(java.util.Locale.ROOT));
    facets.put(PostDocuments.DAY, day);
    String synthetic = Boolean.toString(post.synthetic());
    doc.put(PostDocuments.SYNTHETIC, synthetic);
    facets.put(PostDocuments.SYNTHETIC, synthetic);
    for (Dimension d : Dimensions.all()) {
      array(doc, d.id(), PostDocuments.terms(d, post));
      array(facets, d.id(), PostDocuments.labels(d, post));
    }
    // dotted names: the node files stance_p.<target>.<class> under the stance_p object
    PostDocuments.stanceProbabilities(post).forEach(doc::put);
    return doc;
  }

  private static void array(ObjectNode doc, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = doc.putArray(field);
      values.forEach(a::add);
    }
  }

  /** The post of a hit's {@code _source} (body and provenance). */
  Post toPost(JsonNode source) throws IOException {
    byte[] body = source.path(PostDocuments.BODY).binaryValue();
    JsonNode prov = source.get(PostDocuments.PROVENANCE);
    return documents.toPost(body, prov == null || prov.isNull() ? null : prov.asText());
  }
}
