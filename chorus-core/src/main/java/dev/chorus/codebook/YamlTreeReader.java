package dev.chorus.codebook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one YAML document into {@link YamlNode}s with line numbers, through Jackson's streaming YAML parser. Rejects
 * what a hand-edited codebook should never contain: duplicate keys (YAML would silently keep the last one), several
 * documents in one file.
 */
final class YamlTreeReader {
  private final String source;

  YamlTreeReader(String source) {
    this.source = source;
  }

  /** The root node, or null when the file holds no document at all. */
  YamlNode read(byte[] yaml) {
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return null;
      }
      YamlNode root = node(p);
      if (p.nextToken() != null) {
        throw new InvalidCodebookException(source, line(p), "", "more than one YAML document in the file");
      }
      return root;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InvalidCodebookException(source, Math.max(line, 0), "", "not valid YAML: " + problem(e));
    } catch (IOException e) {
      throw new InvalidCodebookException(source, 0, "", "cannot be read: " + e.getMessage());
    }
  }

  /** The node starting at the parser's current token; leaves the parser on the node's last token. */
  private YamlNode node(JsonParser p) throws IOException {
    int line = line(p);
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      Map<String, Integer> keyLines = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = line(p);
        if (entries.containsKey(key)) {
          throw new InvalidCodebookException(source, keyLine, "",
              "key '" + key + "' appears twice in the same map (first on line " + keyLines.get(key) + ")");
        }
        p.nextToken();
        entries.put(key, node(p));
        keyLines.put(key, keyLine);
      }
      return new YamlNode.Mapping(entries, keyLines, line);
    }
    if (t == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(p));
      }
      return new YamlNode.Sequence(items, line);
    }
    if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      // Jackson would hand over the alias name itself as the value: refuse rather than store "*name".
      throw new InvalidCodebookException(source, line, "", "YAML aliases (*" + p.getText()
          + ") are not supported: write the value out");
    }
    // Every scalar is kept as written (YAML would read 2025.10 as the number 2025.1); the reader decides its type.
    return new YamlNode.Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), line);
  }

  /** SnakeYAML's message without the excerpt and caret lines (the line number is given separately). */
  private static String problem(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
    return String.join("; ", m.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList());
  }

  private static int line(JsonParser p) {
    return Math.max(p.currentTokenLocation().getLineNr(), 0);
  }
}
