package dev.chorus.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fuzz input made of a first line that says how to read it (a format id, a file name, options) and the bytes after
 * it, the content: corpus files stay readable and a fuzzer mutates both parts.
 *
 * @param header the first line, without its line break
 * @param content the bytes after the first line break (all bytes when there is none, with an empty header)
 */
record FuzzInput(String header, byte[] content) {
  static FuzzInput of(byte[] data) {
    for (int i = 0; i < data.length && i < 256; i++) {
      if (data[i] == '\n') {
        return new FuzzInput(new String(data, 0, i, StandardCharsets.UTF_8).strip(),
            Arrays.copyOfRange(data, i + 1, data.length));
      }
    }
    return new FuzzInput("", data);
  }

  /** The header up to a {@code ?}: a format id, or a file name. */
  String format() {
    int q = header.indexOf('?');
    return q < 0 ? header : header.substring(0, q);
  }

  /** Options after a {@code ?} in the header, as {@code key=value&key=value}; none without a {@code ?}. */
  Map<String, String> options() {
    int q = header.indexOf('?');
    Map<String, String> options = new LinkedHashMap<>();
    for (String pair : q < 0 || q == header.length() - 1 ? new String[0] : header.substring(q + 1).split("&")) {
      int eq = pair.indexOf('=');
      options.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
    }
    return options;
  }
}
