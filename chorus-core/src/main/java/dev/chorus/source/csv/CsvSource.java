package dev.chorus.source.csv;

import dev.chorus.post.Platform;
import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.RecordSink;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.CsvHeader;
import dev.chorus.source.input.CsvRecords;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file with a header row, one post per row, its columns mapped to {@link GenericField}s. Options:
 * {@code column.<field>=<header name>}, {@code platform=<id>} (platform of rows without a platform column, default
 * {@code other}) and {@code delimiter=,|;|tab}.
 */
public final class CsvSource extends AbstractSource {
  private static final Set<String> OWN_OPTIONS = Set.of("delimiter");
  /** Column names that mark a CooRTweet table, which has its own source. */
  private static final Set<String> COORTWEET_COLUMNS = Set.of("object_id", "content_id", "timestamp_share");
  /** Text is required as a column (it may be empty) so that an unmapped "body" column is not silently lost. */
  private static final List<GenericField> REQUIRED =
      List.of(GenericField.ID, GenericField.CREATED_AT, GenericField.TEXT);

  private final GenericRecordMapper mapper;
  private final char delimiter;

  public CsvSource() {
    this(GenericMapping.defaults(Platform.OTHER), ',');
  }

  private CsvSource(GenericMapping mapping, char delimiter) {
    super("csv",
        "CSV with a header row (columns id, platform, author, created_at, text, url, lang, ...; "
        + "remap with column.<field>=<header>)");
    this.mapper = new GenericRecordMapper(mapping);
    this.delimiter = delimiter;
  }

  @Override
  public Source configure(Map<String, String> options) {
    GenericMapping mapping = GenericMapping.parse(id(), options, "column.", OWN_OPTIONS);
    String d = options.getOrDefault("delimiter", ",");
    char c = switch (d.toLowerCase(Locale.ROOT)) {
      case ",", "comma" -> ',';
      case ";", "semicolon" -> ';';
      case "tab", "\t", "\\t" -> '\t';
      default -> throw new IllegalArgumentException("format 'csv': option 'delimiter' must be ',', ';' or 'tab', not '"
          + d + "'");
    };
    return new CsvSource(mapping, c);
  }

  /** A header row naming the mapped id, author and text or date columns; never a CooRTweet table's header. */
  @Override
  public int detect(FileSniff sniff) {
    try {
      if (sniff.binary()) {
        return 0;
      }
      List<String> header = CsvHeader.guess(sniff.firstLine());
      if (header.containsAll(COORTWEET_COLUMNS) || header.contains("object_id")) {
        return 0;
      }
      GenericMapping m = mapper.mapping();
      boolean core = header.contains(lower(m.name(GenericField.ID)))
          && (header.contains(lower(m.name(GenericField.AUTHOR)))
              || header.contains(lower(m.name(GenericField.AUTHOR_HANDLE))));
      boolean content = header.contains(lower(m.name(GenericField.TEXT)))
          || header.contains(lower(m.name(GenericField.CREATED_AT)));
      return core && content ? 15 : 0;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    new CsvRecords(delimiter).read(input, sink, this::mapperFor);
  }

  /** Resolves the mapped columns against this file's header: required ones must exist, optional ones may not. */
  private CsvRecords.RowMapper mapperFor(CsvHeader header) throws UnreadableInputException {
    GenericMapping m = mapper.mapping();
    Map<GenericField, Integer> index = new EnumMap<>(GenericField.class);
    boolean authorPresent = header.has(m.name(GenericField.AUTHOR)) || header.has(m.name(GenericField.AUTHOR_HANDLE));
    for (GenericField f : GenericField.values()) {
      String column = m.name(f);
      boolean explicit = !column.equals(f.key());
      if (REQUIRED.contains(f) || explicit || (f == GenericField.AUTHOR && !authorPresent)) {
        index.put(f, header.require(column, "map the field to another column with column.<field>=<header name>"));
      } else {
        index.put(f, header.indexOf(column));
      }
    }
    return (row, sink) -> sink.post(row.number(), mapper.map(field -> row.get(index.get(field))));
  }
}
