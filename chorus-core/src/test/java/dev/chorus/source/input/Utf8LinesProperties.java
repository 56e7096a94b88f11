package dev.chorus.source.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.post.Post;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * NDJSON read as bytes ({@link JsonRecords#forEachLine}, through {@link Utf8Lines}) gives what reading every line
 * decoded gives ({@link JsonRecords#forEachDecodedLine}): the same records with the same numbers and values, the same
 * rejects with the same reasons and excerpts, the same lines reported for undecodable bytes, in the same order.
 */
class Utf8LinesProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final byte[] MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  /** Pieces of text: Persian, Arabic, Hebrew, emoji (surrogate pairs), marks and spaces JSON does not call spaces. */
  private static final List<String> PIECES = List.of("a", "Z", "0", " ", "سلام", "آزادی", "مرحبا", "שלום", "😀",
      "👩🏽‍🚀", "\uFEFF", "\u3000", "\u2028", "\u00A0", "é", "€", "\"", "\\", "\t", "\u0001", "{", "}", ",", "\uFFFD");
  private static final List<String> BLANKS = List.of("", " ", "\t", "  \t ", "\u3000", " \u3000 ", "\u2028",
      "\u00A0", "\u0085", "\u001F", "\u000B", "\f", "\uFEFF");
  private static final List<String> OTHERS = List.of("123", "\"text\"", "true", "null", "nul", "{broken", "[1,",
      "{\"a\": 1}}", "{\"a\": 1} trailing", "{} {}", "]", "{\"a\": 01}", "{\"a\" 1}", "  {\"a\": [1, 2]} ",
      "{'a': 1}", "{\"a\": \"\u0001\"}", "{\"a\": NaN}", "{\"a\": 1e400}", "{\"a\": 12345678901234567890}", "[]",
      "{}", "\t[{}]");
  private static final int[] BAD = {0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5,
      0xFF, 0xA0, 0x9F, 0x90};

  private record Line(byte[] content, String end) {}

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(p -> String.join("", p));
  }

  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<String> texts = texts();
    Arbitrary<Integer> ids = Arbitraries.integers().between(0, 99);
    Arbitrary<byte[]> objects = Combinators.combine(ids, texts).as(Utf8LinesProperties::object);
    Arbitrary<byte[]> raw = Combinators.combine(ids, texts).as((id, t) -> utf8("{\"id\": " + id + ", \"t\": \"" + t
        + "\"}"));
    Arbitrary<byte[]> arrays = Combinators.combine(ids, texts).as((id, t) -> utf8("[" + id + ", \"" + t + "\"]"));
    Arbitrary<byte[]> spaced = objects.map(b -> concat(utf8(" \t "), b));
    // three bytes a char, so that lines within the limit in chars have up to three times as many bytes
    Arbitrary<byte[]> dense = Combinators.combine(Arbitraries.of("€", "中", "\u3164", "\uFEFF"),
        Arbitraries.integers().between(0, 90)).as((c, n) -> utf8("{\"t\": \"" + c.repeat(n) + "\"}"));
    Arbitrary<byte[]> good = Arbitraries.oneOf(objects, raw, arrays, spaced, dense);
    Arbitrary<byte[]> bad = Arbitraries.of(badBytes()).list().ofMinSize(1)
        .ofMaxSize(3).map(Utf8LinesProperties::bytesOf);
    Arbitrary<Integer> at = Arbitraries.integers().between(0, 400);
    return Arbitraries.frequencyOf(
        Tuple.of(6, good),
        Tuple.of(2, Arbitraries.of(BLANKS).map(Utf8LinesProperties::utf8)),
        Tuple.of(2, Arbitraries.of(OTHERS).map(Utf8LinesProperties::utf8)),
        Tuple.of(3, Combinators.combine(good, at, bad).as(Utf8LinesProperties::insert)),
        Tuple.of(1, Combinators.combine(good, at).as((b, i) -> insert(b, i, new byte[] {0}))),
        Tuple.of(1, good.map(b -> concat(MARK, b))),
        Tuple.of(1, Combinators.combine(good, at).as((b, i) -> insert(b, i, MARK))));
  }

  @Provide
  Arbitrary<List<Line>> files() {
    return Combinators.combine(contents(), Arbitraries.of("\n", "\r\n", "\r")).as(Line::new).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<Long> limits() {
    return Arbitraries.of(1L, 7L, 40L, 90L, InputLimits.DEFAULT.maxRecordChars());
  }

  @Property(tries = 3_000)
  void bytesAndDecodedLinesReadAlike(@ForAll("files") List<Line> lines, @ForAll boolean mark,
      @ForAll boolean finalEnd, @ForAll("limits") long maxChars, @ForAll @IntRange(max = 5) int trickle)
      throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    if (mark) {
      file.writeBytes(MARK);
    }
    for (int i = 0; i < lines.size(); i++) {
      file.writeBytes(lines.get(i).content());
      if (i < lines.size() - 1 || finalEnd) {
        file.writeBytes(utf8(lines.get(i).end()));
      }
    }
    assertReadAlike(file.toByteArray(), maxChars, trickle);
  }

  /** Lines across the 64 KiB reads, a CR LF split between two of them, lines longer than a read. */
  @Property(tries = 40)
  void linesAcrossReads(@ForAll @IntRange(min = 65_530, max = 65_540) int firstLength,
      @ForAll("files") List<Line> more, @ForAll boolean longLimit) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(object(1, "x".repeat(firstLength - 18)));
    file.writeBytes(utf8("\r\n"));
    file.writeBytes(object(2, "سلام".repeat(40_000)));
    file.writeBytes(utf8("\r"));
    for (Line l : more) {
      file.writeBytes(l.content());
      file.writeBytes(utf8(l.end()));
    }
    assertReadAlike(file.toByteArray(), longLimit ? InputLimits.DEFAULT.maxRecordChars() : 70_000, 0);
  }

  /** Jackson's byte parser counts a member name's length in bytes, its char parser in chars: the chars count. */
  @Test
  void aNameLongerInBytesThanJacksonsNameLimitIsReadAsItsCharsSay() throws IOException {
    byte[] line = utf8("{\"" + "ن".repeat(25_100) + "\": 1}\n{\"" + "n".repeat(50_100) + "\": 1}\n");
    Recorder bytes = assertReadAlike(line, InputLimits.DEFAULT.maxRecordChars(), 0);
    assertThat(bytes.events).hasSize(2);
    assertThat(bytes.events.get(0)).startsWith("record 1 OBJECT");
    assertThat(bytes.events.get(1)).startsWith("reject 2 not valid JSON (");
  }

  private static Recorder assertReadAlike(byte[] file, long maxChars, int trickle) throws IOException {
    JsonRecords records = new JsonRecords(new InputLimits(maxChars, 100));
    Recorder bytes = new Recorder();
    records.forEachLine(input(file, trickle), bytes, bytes::map);
    Recorder decoded = new Recorder();
    records.forEachDecodedLine(input(file, trickle), decoded, decoded::map);
    assertThat(bytes.events).isEqualTo(decoded.events);
    assertThat(bytes.nodes).isEqualTo(decoded.nodes);
    return bytes;
  }

  /** What a reading did, in order: records, rejects with excerpts, undecodable lines. */
  private static final class Recorder implements RecordSink {
    final List<String> events = new ArrayList<>();
    final List<JsonNode> nodes = new ArrayList<>();

    void map(long n, JsonNode node, RecordSink sink) {
      events.add("record " + n + " " + node.getNodeType() + " " + node);
      nodes.add(node);
      if (node.isArray()) {
        throw new IllegalStateException("no arrays"); // an unexpected layout: excerpt of the raw line
      }
      if (node.path("id").asInt() % 3 == 1) {
        throw RecordRejectedException.field("id", "one in three is refused");
      }
    }

    @Override
    public void post(long recordNumber, Post post) {
      events.add("post " + recordNumber);
    }

    @Override
    public void reject(long recordNumber, String reason, String rawExcerpt) {
      events.add("reject " + recordNumber + " " + reason + " | " + rawExcerpt);
    }

    @Override
    public void undecodableBytes(long recordNumber, long line) {
      events.add("undecodable " + recordNumber + " " + line);
    }
  }

  /** The file's bytes, read at most {@code trickle} bytes at a time (0: as asked) to cut lines and CR LF anywhere. */
  private static SourceInput input(byte[] file, int trickle) {
    return new SourceInput() {
      @Override
      public String name() {
        return "in.ndjson";
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(file) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, trickle == 0 ? len : Math.min(len, trickle));
          }
        };
      }
    };
  }

  private static byte[] object(int id, String text) {
    try {
      return MAPPER.writeValueAsBytes(MAPPER.createObjectNode().put("id", id).put("text", text));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Integer> badBytes() {
    return java.util.Arrays.stream(BAD).boxed().toList();
  }

  private static byte[] bytesOf(List<Integer> values) {
    byte[] b = new byte[values.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (int) values.get(i);
    }
    return b;
  }

  private static byte[] insert(byte[] into, int at, byte[] what) {
    int i = at % (into.length + 1);
    return concat(java.util.Arrays.copyOf(into, i), what, java.util.Arrays.copyOfRange(into, i, into.length));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
