package dev.chorus.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every reject reason and file error is written for people: every registered source reads a set of broken inputs
 * made from the golden fixtures (cut short, values of the wrong type, binary junk) and none of what it says names an
 * exception, a parser's source reference or setting, a Java class or a stack-trace line.
 */
class ReasonsForPeopleTest {
  private static final Path ROOT = Path.of("src/test/resources/sources");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Source> SOURCES = SourceRegistry.loadDefault().all();
  private static final List<Pattern> INTERNALS = List.of(
      Pattern.compile("Exception"), Pattern.compile("\\[Source:"), Pattern.compile("StreamReadFeature"),
      Pattern.compile("REDACTED"), Pattern.compile("start marker"), Pattern.compile("Cannot invoke"),
      Pattern.compile("\\b(?:java|javax|com|org|dev|jdk|sun)\\.[a-z0-9_]+(?:\\.[A-Za-z0-9_$]+)+"),
      Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)"), Pattern.compile("\\(code \\d+\\)"),
      Pattern.compile("CTRL-CHAR"), Pattern.compile("VALUE_STRING|START_OBJECT|FIELD_NAME"),
      Pattern.compile("encapsulated token"), Pattern.compile("[a-z]+\\.[A-Z][A-Za-z]+(?:Exception|Error)"));

  @Test
  void noReasonShowsProgramInternals() throws Exception {
    Map<String, byte[]> inputs = brokenInputs();
    List<String> leaks = new ArrayList<>();
    int reasons = 0;
    for (Map.Entry<String, byte[]> in : inputs.entrySet()) {
      for (Source s : SOURCES) {
        GoldenFiles.CollectingSink sink = new GoldenFiles.CollectingSink();
        List<String> said = new ArrayList<>();
        try {
          SourceReads.read(s, SourceInput.ofBytes(in.getKey(), in.getValue()), sink);
        } catch (UnreadableInputException e) {
          said.add(e.getMessage());
          assertThat(e.getMessage()).as("%s on %s names the file", s.id(), in.getKey()).contains(in.getKey());
        } catch (IOException | RuntimeException e) {
          leaks.add(s.id() + " on " + in.getKey() + ": threw " + e);
        }
        said.addAll(sink.rejects);
        for (String reason : said) {
          reasons++;
          // what a reason quotes back from the input ('ConnectionException', an X API error's own title) is the
          // platform's words, not the program's
          String own = reason.replaceAll("'[^']*'", "''");
          for (Pattern p : INTERNALS) {
            if (p.matcher(own).find()) {
              leaks.add(s.id() + " on " + in.getKey() + ": " + reason);
              break;
            }
          }
        }
      }
    }
    assertThat(reasons).as("the broken inputs give reasons at all").isGreaterThan(500);
    assertThat(leaks).as("reasons that show program internals").isEmpty();
  }

  /** Cut-short, mistyped and junk versions of every golden fixture, plus a few hand-made breakages. */
  static Map<String, byte[]> brokenInputs() throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    Random random = new Random(12);
    List<Path> fixtures;
    try (Stream<Path> files = Files.walk(ROOT)) {
      fixtures = files.filter(f -> Files.exists(Path.of(f + ".golden.json"))).sorted().toList();
    }
    for (Path f : fixtures) {
      byte[] bytes = Files.readAllBytes(f);
      String name = f.getFileName().toString();
      out.put("cut-third-" + name, java.util.Arrays.copyOf(bytes, bytes.length / 3));
      out.put("cut-end-" + name, java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - 3)));
      byte[] junk = bytes.clone();
      for (int i = 0; i < junk.length; i += 1 + random.nextInt(40)) {
        junk[i] = (byte) random.nextInt(256);
      }
      out.put("junk-" + name, junk);
      String text = new String(bytes, StandardCharsets.UTF_8);
      for (Map.Entry<String, UnaryOperator<JsonNode>> swap : SWAPS.entrySet()) {
        String mistyped = mistype(text, swap.getValue());
        if (mistyped != null) {
          out.put(swap.getKey() + "-" + name, mistyped.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    out.put("open-object.json", "{\"data\": [{\"id\": \"1\", \"text\": \"a".getBytes(StandardCharsets.UTF_8));
    out.put("control-char.ndjson", "{\"id\": \"1\", \"text\": \"a\u0001b\nc\"}\n".getBytes(StandardCharsets.UTF_8));
    out.put("bad-number.ndjson", "{\"id\": 0012, \"created_utc\": 1e999999}\n".getBytes(StandardCharsets.UTF_8));
    out.put("bad-utf8.ndjson", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    out.put("nan.json", "[{\"id\": NaN}]".getBytes(StandardCharsets.UTF_8));
    out.put("wrong-close.json", "[{\"id\": 1]".getBytes(StandardCharsets.UTF_8));
    out.put("binary.bin", randomBytes(random, 600));
    out.put("quoted.csv", "id,text\n1,\"a\"b\n2,\"never closed\n".getBytes(StandardCharsets.UTF_8));
    out.put("cut.xml", "<rss version=\"2.0\"><channel><item><title>a".getBytes(StandardCharsets.UTF_8));
    return out;
  }

  private static final Map<String, UnaryOperator<JsonNode>> SWAPS = Map.of(
      "strings-as-numbers", n -> n.isTextual() ? JsonNodeFactory.instance.numberNode(7) : null,
      "numbers-as-objects", n -> n.isNumber() ? JsonNodeFactory.instance.objectNode().put("x", 1) : null,
      "objects-as-lists", n -> n.isObject() && n.size() > 0 && n.size() < 4 ? JsonNodeFactory.instance.arrayNode()
          : null);

  /** The JSON text (a document, or NDJSON line by line) with values replaced by {@code swap}; null when not JSON. */
  private static String mistype(String text, UnaryOperator<JsonNode> swap) {
    try {
      return JSON.writeValueAsString(replace(JSON.readTree(text), swap));
    } catch (IOException notOneDocument) {
      StringBuilder out = new StringBuilder();
      for (String line : text.split("\n")) {
        try {
          out.append(line.isBlank() ? "" : JSON.writeValueAsString(replace(JSON.readTree(line), swap))).append('\n');
        } catch (IOException e) {
          return null;
        }
      }
      return out.toString();
    }
  }

  private static JsonNode replace(JsonNode node, UnaryOperator<JsonNode> swap) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode swapped = swap.apply(e.getValue());
        e.setValue(swapped != null ? swapped : replace(e.getValue(), swap));
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        JsonNode swapped = swap.apply(a.get(i));
        a.set(i, swapped != null && !a.get(i).isObject() ? swapped : replace(a.get(i), swap));
      }
    }
    return node;
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
