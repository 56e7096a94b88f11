package dev.chorus.source.ndjson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.Platform;
import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.csv.GenericField;
import dev.chorus.source.csv.GenericMapping;
import dev.chorus.source.csv.GenericRecordMapper;
import dev.chorus.source.input.JsonRecords;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Generic NDJSON: one JSON object a line, one post each, with the same fields as the {@code csv} format. Options:
 * {@code field.<field>=<JSON pointer or dotted path>} (e.g. {@code field.text=/content/body} or
 * {@code field.author=user.id}) and {@code platform=<id>}.
 */
public final class NdjsonSource extends AbstractSource {
  private final JsonRecords json = new JsonRecords();
  private final GenericRecordMapper mapper;

  public NdjsonSource() {
    this(GenericMapping.defaults(Platform.OTHER));
  }

  private NdjsonSource(GenericMapping mapping) {
    super("ndjson",
        "Generic NDJSON, one post a line (keys id, platform, author, created_at, text, ...; "
        + "remap with field.<field>=<JSON pointer or dotted path>)");
    this.mapper = new GenericRecordMapper(mapping);
  }

  @Override
  public Source configure(Map<String, String> options) {
    return new NdjsonSource(GenericMapping.parse(id(), options, "field.", Set.of()));
  }

  /** Low, and only for a first line that is an object with the mapped id, author and text or date fields. */
  @Override
  public int detect(FileSniff sniff) {
    try {
      String line = sniff.firstLine().strip();
      if (sniff.binary() || !line.startsWith("{") || !line.endsWith("}")) {
        return 0;
      }
      JsonNode first = json.mapper().readTree(line);
      GenericMapping m = mapper.mapping();
      boolean has = JsonPaths.find(first, m.name(GenericField.ID)) != null
          && JsonPaths.find(first, m.name(GenericField.AUTHOR)) != null
          && (JsonPaths.find(first, m.name(GenericField.TEXT)) != null
              || JsonPaths.find(first, m.name(GenericField.CREATED_AT)) != null);
      return first.isObject() && has ? 10 : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    checkFirstLine(input);
    GenericMapping m = mapper.mapping();
    json.forEachLine(input, sink, (line, node, out) -> {
      if (!node.isObject()) {
        throw new RecordRejectedException("not a JSON object");
      }
      out.post(line, mapper.map(field -> JsonPaths.text(node, m.name(field))));
    });
  }

  /**
   * A file whose first record is not a JSON object on one line (a pretty-printed document, a CSV file) is not NDJSON
   * at all; refusing it whole beats rejecting every line.
   */
  private void checkFirstLine(SourceInput input) throws IOException, UnreadableInputException {
    JsonRecords.FirstLine first = json.firstLine(input).orElseThrow(() -> new UnreadableInputException(
        input.name() + ": empty file, expected one JSON object a line"));
    if (first.tooLong()) {
      return; // not refused whole: the line is rejected saying it is too long, the others are read
    }
    if (first.value() == null || !first.value().isObject()) {
      throw new UnreadableInputException(input.name() + ": not NDJSON, the first line is not a JSON object ("
          + JsonInput.excerpt(first.text().strip()) + ")");
    }
  }
}
