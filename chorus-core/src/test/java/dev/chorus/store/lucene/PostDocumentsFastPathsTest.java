package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

/** The shortcuts of a post's document give what the general ways they stand in for give, byte for byte. */
class PostDocumentsFastPathsTest {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  /** Any label (delimiter, escape, lone surrogates and all) in any dimension: the path Lucene spells, as UTF-8. */
  @Property(tries = 2000)
  void aFacetPathIsLucenesPath(@ForAll("dimensionIds") String dim, @ForAll("labels") String label) {
    assertThat(PostDocuments.facetPath(dim, label)).as(label)
        .isEqualTo(new BytesRef(FacetsConfig.pathToString(dim, label)));
  }

  /** Days remembered or not (instants a few days or centuries apart, the same slot or not): the formatter's. */
  @Property(tries = 300)
  void aDayIsTheFormattersDay(@ForAll @Size(max = 40) List<@net.jqwik.api.From("instants") Instant> times) {
    for (Instant at : times) {
      assertThat(PostDocuments.day(post(at))).as(at.toString()).isEqualTo(DAY.format(at));
    }
  }

  /** Strings (lone surrogates, long ones), vInts, zLongs and bytes in any order: ByteBuffersDataOutput's bytes. */
  @Property(tries = 500)
  void theScratchOutputWritesWhatByteBuffersDataOutputWrites(@ForAll @Size(max = 12) List<@net.jqwik.api.From(
      "writes") Object> writes) throws Exception {
    ScratchOutput scratch = new ScratchOutput();
    for (int round = 0; round < 2; round++) { // and again after a reset
      scratch.reset();
      ByteBuffersDataOutput expected = new ByteBuffersDataOutput();
      for (Object w : writes) {
        for (DataOutput out : List.of(scratch, expected)) {
          if (w instanceof String s) {
            out.writeString(s);
          } else if (w instanceof Long l) {
            out.writeZLong(l);
          } else if (w instanceof Integer i) {
            out.writeVInt(i);
          } else {
            out.writeByte((Byte) w);
          }
        }
      }
      assertThat(scratch.copy()).isEqualTo(new BytesRef(expected.toArrayCopy()));
    }
  }

  @Provide
  Arbitrary<Object> writes() {
    return Arbitraries.oneOf(Arbitraries.strings(), Arbitraries.strings().ofMinLength(300).ofMaxLength(1500),
        Arbitraries.strings().withChars('a', 'ی', '\ud83d', '\ude00').ofMaxLength(5), Arbitraries.longs(),
        Arbitraries.integers().greaterOrEqual(0), Arbitraries.bytes());
  }

  /** Any values (repeats, empty ones, nulls, few or many): the distinct non-empty ones in order, as a set gave them. */
  @Property(tries = 500)
  void labelsAreTheDistinctValuesAsTheSetGaveThem(@ForAll("values") List<String> values) {
    Dimension d = Dimension.builder("x", "X").multiValued().from(p -> values);
    List<String> former = new java.util.ArrayList<>();
    for (String v : new java.util.LinkedHashSet<>(values)) {
      if (v != null && !v.isEmpty()) {
        former.add(v);
      }
    }
    assertThat(PostDocuments.labels(d, post(Instant.EPOCH))).isEqualTo(former);
  }

  @Provide
  Arbitrary<List<String>> values() {
    return Arbitraries.of("a", "b", "A", "", "c:d", "ی").injectNull(0.1).list().ofMaxSize(14);
  }

  private static Post post(Instant at) {
    return Post.builder(Platform.X, "1").author(Author.of("u_x", null, null)).createdAt(at).build();
  }

  @Provide
  Arbitrary<String> dimensionIds() {
    return Arbitraries.oneOf(Arbitraries.of(Dimensions.all().stream().map(Dimension::id).toList()),
        Arbitraries.of(PostDocuments.DAY, PostDocuments.SYNTHETIC), Arbitraries.strings().ofMinLength(1));
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1),
        Arbitraries.strings().withChars('a', 'ی', '\u001f', '\u001e', '\ud83d', '\ude00', '#', ':').ofMinLength(1)
            .ofMaxLength(6));
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Instant> near = Arbitraries.longs().between(1_735_689_600L, 1_735_689_600L + 40L * 86_400)
        .map(Instant::ofEpochSecond);
    Arbitrary<Instant> anywhere = Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L)
        .map(Instant::ofEpochSecond);
    Arbitrary<Instant> slotApart = Arbitraries.integers().between(-3, 3)
        .map(k -> Instant.ofEpochSecond(1_735_689_600L + k * 512L * 86_400 + 3_600));
    return Arbitraries.oneOf(near, anywhere, slotApart);
  }
}
