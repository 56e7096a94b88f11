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
    assertThat(describe("{\"a\": {\"b\": 1"))
        .startsWith("the JSON value is incomplete: expected more, found the end of the text");
    assertThat(describe("{'a': 1}"))
        .isEqualTo("expected a member name in double quotes, found a single quote (JSON quotes text with "
            + "double quotes) at line 1, column 2");
    assertThat(describe("[1 2]")).startsWith("expected a comma or ']' after a list element, found the character '2'");
    assertThat(describe("{\"a\": tru}")).startsWith("expected a value").contains("found 'tru'");
    assertThat(describe("[1}")).startsWith("expected ']' to close what is open, found '}'");
    assertThat(describe("{\"a\": \"x\u0001\"}")).contains("found the control character 1");
  }

  @Property(tries = 300)
  void noParserMessageLeaksItsSourceReference(@ForAll String text) {
    try {
      JSON.readTree(text);
    } catch (JsonProcessingException e) {
      assertThat(JsonInput.describe(e)).doesNotContain("[Source", "REDACTED", "start marker", "Exception", "(code ",
          "CTRL-CHAR", "Feature", "JSON String");
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
