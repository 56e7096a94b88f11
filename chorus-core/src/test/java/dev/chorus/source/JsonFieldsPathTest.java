package dev.chorus.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A path finds the node that walking its split('/') parts finds: the same node, or none for null or missing. */
class JsonFieldsPathTest {
  private static final JsonNode TREE = read("""
      {"a": {"b": {"c": 1}, "n": null, "": {"b": 2}, "arr": [1, 2]}, "b": "text", "n": null, "": {"": 3}}""");

  @Property(tries = 1000)
  void aPathWalksItsParts(@ForAll("paths") String path) {
    assertThat(JsonFields.at(TREE, path)).as(path).isSameAs(bySplit(TREE, path));
    assertThat(JsonFields.at(null, path)).isNull();
  }

  /** The former walk. */
  private static JsonNode bySplit(JsonNode node, String path) {
    JsonNode cur = node;
    for (String part : path.split("/")) {
      if (cur == null || cur.isMissingNode() || cur.isNull()) {
        return null;
      }
      cur = cur.get(part);
    }
    return cur == null || cur.isMissingNode() || cur.isNull() ? null : cur;
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of("a", "b", "c", "n", "", "arr", "0", "x").list().ofMinSize(1).ofMaxSize(4)
        .map(parts -> String.join("/", parts));
  }

  private static JsonNode read(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
