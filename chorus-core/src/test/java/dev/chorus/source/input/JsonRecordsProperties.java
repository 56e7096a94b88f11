package dev.chorus.source.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** NDJSON records keep the number of the file line they are on, whatever blank lines and line ends surround them. */
class JsonRecordsProperties {
  private final JsonRecords json = new JsonRecords();

  /** One line of a file: a record (its id) or a blank line (null id), and the line end after it. */
  record Line(Integer id, String blank, String end) {}

  @Provide
  Arbitrary<List<Line>> files() {
    Arbitrary<String> blanks = Arbitraries.of("", " ", "\t", "  \t ");
    Arbitrary<String> ends = Arbitraries.of("\n", "\r\n");
    Arbitrary<Line> record = Arbitraries.integers().between(0, 1_000_000)
        .flatMap(id -> ends.map(end -> new Line(id, "", end)));
    Arbitrary<Line> blank = blanks.flatMap(b -> ends.map(end -> new Line(null, b, end)));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, record), net.jqwik.api.Tuple.of(2, blank))
        .list().ofMaxSize(40);
  }

  @Property(tries = 300)
  void everyRecordIsNumberedByItsLine(@ForAll("files") List<Line> lines, @ForAll boolean mark,
      @ForAll boolean finalLineEnd) throws IOException {
    StringBuilder file = new StringBuilder(mark ? "\uFEFF" : "");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      file.append(l.id() == null ? l.blank() : "{\"id\": " + l.id() + "}");
      if (i < lines.size() - 1 || finalLineEnd) {
        file.append(l.end());
      }
      if (l.id() != null) {
        expected.add((i + 1) + ":" + l.id());
      }
    }
    List<String> actual = new ArrayList<>();
    CollectingSink sink = new CollectingSink();
    json.forEachLine(SourceInput.ofString("in.ndjson", file.toString()), sink,
        (line, node, s) -> actual.add(line + ":" + node.get("id").asInt()));
    assertThat(actual).isEqualTo(expected);
    assertThat(sink.rejects).isEmpty();
  }
}
