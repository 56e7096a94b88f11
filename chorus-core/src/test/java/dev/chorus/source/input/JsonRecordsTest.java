package dev.chorus.source.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.SourceInput;
import dev.chorus.source.input.JsonStart.Extent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {
  private final JsonRecords json = new JsonRecords();

  private JsonStart start(String content) throws IOException {
    return json.start(SourceInput.ofString("in.json", content));
  }

  @Test
  void startTellsADocumentFromNdjson() throws IOException {
    assertThat(start("[1, 2]\n").extent()).isEqualTo(Extent.ONE_VALUE);
    assertThat(start("{\"a\": 1}\n{\"a\": 2}\n").extent()).isEqualTo(Extent.MORE_VALUES);
    assertThat(start("{\"a\": 1}\n{\"a\": \n").extent()).isEqualTo(Extent.MORE_VALUES); // cut inside the second
    assertThat(start("{\"a\": 1}\nnot json\n").extent()).isEqualTo(Extent.BROKEN_AFTER_FIRST);
    assertThat(start("  \n").extent()).isEqualTo(Extent.EMPTY);
    assertThat(start("{\"statuses\": [").extent()).isEqualTo(Extent.BROKEN);
    assertThat(start("{\"a\": 1}\n{\"b\": 2}").followedByMore()).isTrue();
    assertThat(start("[1]").followedByMore()).isFalse();
  }

  @Test
  void startNamesTheFirstTokenTheFirstKeyAndTheProblem() throws IOException {
    JsonStart s = start("\uFEFF{\"statuses\": [], \"accounts\": []}");
    assertThat(s.first()).isEqualTo(JsonToken.START_OBJECT);
    assertThat(s.firstKey()).isEqualTo("statuses");
    assertThat(s.extent()).isEqualTo(Extent.ONE_VALUE);
    JsonStart broken = start("nope");
    assertThat(broken.first()).isNull();
    assertThat(broken.extent()).isEqualTo(Extent.BROKEN);
    assertThat(broken.problem()).contains("nope");
    assertThat(start("[{\"a\": 1}]").firstKey()).isNull();
  }

  @Test
  void firstLineSkipsBlankLinesAndTheMarkAndParsesTheLine() throws IOException {
    JsonRecords.FirstLine first = json.firstLine(SourceInput.ofString("in.ndjson", "\uFEFF\r\n  \n{\"id\": 1}\n"))
        .orElseThrow();
    assertThat(first.number()).isEqualTo(3);
    assertThat(first.value().get("id").asInt()).isEqualTo(1);
    assertThat(json.firstLine(SourceInput.ofString("in.ndjson", "{\n")).orElseThrow().value()).isNull();
    assertThat(json.firstLine(SourceInput.ofString("in.ndjson", "\n \n"))).isEmpty();
  }

  @Test
  void linesAreNumberedByFileLineWithCrlfAndRejectsNameThem() throws IOException {
    String ndjson = "\uFEFF{\"n\": 1}\r\n\r\n{\"n\": 2}\r\n{broken\r\n  \r\n{\"n\": 3}";
    CollectingSink sink = new CollectingSink();
    List<Long> lines = new ArrayList<>();
    json.forEachLine(SourceInput.ofString("in.ndjson", ndjson), sink, (line, node, s) -> {
      if (node.get("n").asInt() == 2) {
        throw RecordRejectedException.field("n", "two is refused");
      }
      lines.add(line);
    });
    assertThat(lines).containsExactly(1L, 6L);
    assertThat(sink.rejects).hasSize(2);
    assertThat(sink.rejects.get(0)).startsWith("3: field 'n': two is refused");
    assertThat(sink.rejects.get(1)).startsWith("4: not valid JSON (").contains(" at column ")
        .doesNotContain("line 1");
  }

  @Test
  void utf16NdjsonWithAMarkIsReadLikeUtf8() throws IOException {
    byte[] bytes = "\uFEFF{\"t\": \"سلام\"}\n{\"t\": \"שלום\"}\n".getBytes(StandardCharsets.UTF_16LE);
    List<String> texts = new ArrayList<>();
    json.forEachLine(SourceInput.ofBytes("in.ndjson", bytes), new CollectingSink(),
        (line, node, s) -> texts.add(line + ":" + node.get("t").asText()));
    assertThat(texts).containsExactly("1:سلام", "2:שלום");
  }

  @Test
  void elementsAreNumberedFromOneAndArrayMembersAreFound() throws IOException {
    SourceInput in = SourceInput.ofString("in.json", "{\"meta\": {\"feed\": [0]}, \"feed\": 3, \"posts\": [10, 20]}");
    List<String> seen = new ArrayList<>();
    try (JsonParser p = json.parser(in)) {
      p.nextToken();
      assertThat(JsonRecords.toArrayMember(p, Set.of("feed", "posts"))).isEqualTo("posts");
      json.forEachElement(p, new CollectingSink(), (n, node, s) -> seen.add(n + "=" + node.asInt()));
    }
    assertThat(seen).containsExactly("1=10", "2=20");
    try (JsonParser p = json.parser(SourceInput.ofString("in.json", "{\"feed\": {}}"))) {
      p.nextToken();
      assertThat(JsonRecords.toArrayMember(p, Set.of("feed"))).isNull();
    }
  }
}
