package dev.chorus.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Reject reasons for broken JSON are words for the analyst, not the parser's references for programmers. */
class JsonInputWordsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void brokenJsonIsDescribedWithoutSourceReferences() {
    for (String broken : List.of("{\"a\": {\"b\": 1", "{\"a\": \"unterminated", "[1, 2", "{\"a\" 1}", "{'a': 1}",
        "tru")) {
      String reason = describe(broken);
      assertThat(reason).as(broken).doesNotContain("[Source", "REDACTED", "StreamReadFeature", "start marker")
          .isNotBlank();
    }
    assertThat(describe("{\"a\": {\"b\": 1")).startsWith("the text ends before the JSON value is complete");
    assertThat(describe("{'a': 1}")).contains("Unexpected character").contains("line 1, column 2");
  }

  @Property(tries = 300)
  void noParserMessageLeaksItsSourceReference(@ForAll String text) {
    try {
      JSON.readTree(text);
    } catch (JsonProcessingException e) {
      assertThat(JsonInput.describe(e)).doesNotContain("[Source", "REDACTED", "start marker");
    }
  }

  private static String describe(String text) {
    try {
      JSON.readTree(text);
      throw new AssertionError("parsed: " + text);
    } catch (JsonProcessingException e) {
      return JsonInput.describe(e);
    }
  }
}
