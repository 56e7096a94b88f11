package dev.chorus.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The provenance JSON from the template of its input is what the writer gives, byte for byte. */
class ProvenanceTemplateTest {
  /** Provenances of a few inputs in any order (so templates are kept, replaced and reused), any record number. */
  @Property(tries = 300)
  void theTemplateWritesWhatTheWriterWrites(@ForAll @Size(max = 30) List<@net.jqwik.api.From("provenances")
      Provenance> provenances) {
    PostJson json = new PostJson();
    for (Provenance p : provenances) {
      assertThat(json.writeProvenance(p)).isEqualTo(json.writeProvenanceWhole(p));
    }
  }

  @Test
  void aFileNamedAfterTheMarkIsWrittenWhole() {
    PostJson json = new PostJson();
    Provenance p = new Provenance("in-" + ProvenanceTemplate.MARK + ".ndjson", ProvenanceTemplate.MARK, "csv",
        Instant.parse("2026-11-03T12:34:56Z"));
    assertThat(json.writeProvenance(p)).isEqualTo(json.writeProvenanceWhole(p))
        .contains("\"recordNumber\":" + ProvenanceTemplate.MARK);
    assertThat(json.readProvenance(json.writeProvenance(p))).isEqualTo(p);
  }

  @Provide
  Arbitrary<Provenance> provenances() {
    Arbitrary<String> files = Arbitraries.oneOf(Arbitraries.of("a.ndjson", "b.csv", "\"quoted\" \\ ü.json"),
        Arbitraries.strings().ofMaxLength(12), Arbitraries.just(null),
        Arbitraries.just("x" + ProvenanceTemplate.MARK));
    Arbitrary<String> formats = Arbitraries.of("x-api-v2", "telegram-export", "csv");
    Arbitrary<Instant> times = Arbitraries.oneOf(Arbitraries.of(Instant.parse("2026-12-07T00:00:00Z"),
        Instant.parse("2026-12-07T00:00:00.123456789Z")), Arbitraries.just(null));
    Arbitrary<Long> numbers = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(0, 1000),
        Arbitraries.just(ProvenanceTemplate.MARK));
    return Combinators.combine(files, numbers, formats, times, Arbitraries.of(true, false)).as(Provenance::new);
  }
}
