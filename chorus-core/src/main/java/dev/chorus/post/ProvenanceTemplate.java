package dev.chorus.post;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * The JSON of the provenances of one input, which differ only in their record number: what the writer gives for the
 * input's file, format, time and undated flag, split around the number. The split is found by writing a provenance
 * with a number that cannot occur elsewhere in it; when it does occur (a file named after it), there is no split and
 * every provenance is written whole. {@code ProvenanceTemplateTest} holds it to the writer.
 */
final class ProvenanceTemplate {
  /** A record number no input reaches, long enough not to be part of a file name or a time by chance. */
  static final long MARK = 7_310_495_827_361_049_263L;

  private final String sourceFile;
  private final String format;
  private final Instant ingestedAt;
  private final boolean undated;
  private final String before;
  private final String after;
  private final Function<Provenance, String> writer;

  private ProvenanceTemplate(Provenance p, String before, String after, Function<Provenance, String> writer) {
    this.sourceFile = p.sourceFile();
    this.format = p.format();
    this.ingestedAt = p.ingestedAt();
    this.undated = p.undated();
    this.before = before;
    this.after = after;
    this.writer = writer;
  }

  /** The template of the input {@code p} comes from; {@code writer} is the one definition of the JSON. */
  static ProvenanceTemplate of(Provenance p, Function<Provenance, String> writer) {
    String marked = writer.apply(new Provenance(p.sourceFile(), MARK, p.format(), p.ingestedAt(), p.undated()));
    String mark = Long.toString(MARK);
    int at = marked.indexOf(mark);
    if (at < 0 || marked.indexOf(mark, at + 1) >= 0) {
      return new ProvenanceTemplate(p, null, null, writer);
    }
    return new ProvenanceTemplate(p, marked.substring(0, at), marked.substring(at + mark.length()), writer);
  }

  /** Whether {@code p} comes from this template's input (everything but the record number equal). */
  boolean fits(Provenance p) {
    return undated == p.undated() && Objects.equals(sourceFile, p.sourceFile()) && Objects.equals(format, p.format())
        && Objects.equals(ingestedAt, p.ingestedAt());
  }

  /** The JSON of {@code p}, which {@link #fits}. */
  String write(Provenance p) {
    return before == null ? writer.apply(p) : before + p.recordNumber() + after;
  }
}
