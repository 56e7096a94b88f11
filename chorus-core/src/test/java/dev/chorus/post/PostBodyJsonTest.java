package dev.chorus.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The stored body of a post is its JSON with the provenance null, byte for byte, written without copying it; instants
 * are written as the time module writes them.
 */
class PostBodyJsonTest {
  private final PostJson json = new PostJson();

  @Property(tries = 300)
  void theBodyIsThePostWithoutProvenance(@ForAll("posts") Post post) {
    byte[] body = json.writeBytesWithoutProvenance(post);
    assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(json.writeBytes(post.toBuilder().provenance(null).build()),
            java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("\"provenance\"");
  }

  /** The analysis chain's shortcut gives the post, and the JSON, that the builder gave. */
  @Property(tries = 300)
  void withAnnotationsIsTheBuildersPost(@ForAll("posts") Post post, @ForAll("posts") Post other) {
    Post built = post.toBuilder().annotations(other.annotations()).build();
    assertThat(post.withAnnotations(other.annotations())).isEqualTo(built);
    assertThat(json.write(post.withAnnotations(other.annotations()))).isEqualTo(json.write(built));
  }

  /** Instants written without the time module's formatter: the JSON the mapper with the time module alone writes. */
  @Property(tries = 300)
  void thePostJsonIsTheTimeModulesJson(@ForAll("posts") Post post) throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper timeModuleOnly = com.fasterxml.jackson.databind.json.JsonMapper
        .builder().addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
        .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL).build();
    assertThat(json.write(post)).isEqualTo(timeModuleOnly.writerFor(Post.class).writeValueAsString(post));
  }

  @Property(tries = 3000)
  void anInstantIsWrittenAsToStringWritesIt(@ForAll("instants") Instant at) {
    assertThat(IsoInstants.format(at)).isEqualTo(at.toString());
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds = Arbitraries.oneOf(Arbitraries.longs().between(0, 253_402_300_799L),
        Arbitraries.longs().between(-62_000_000_000L, 0), Arbitraries.longs().between(253_402_300_700L,
            260_000_000_000L), Arbitraries.of(0L, 86_399L, 86_400L, 951_782_400L, 253_402_300_799L));
    Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.integers().between(0, 999_999_999),
        Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000), Arbitraries.integers().between(0, 999_999)
            .map(n -> n * 1000), Arbitraries.just(0));
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<Post> posts() {
    // any character of plane 0 (surrogates alone included), supplementary ones, and the ASCII that JSON escapes
    Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
        Arbitraries.strings().all().ofMaxLength(12), Arbitraries.strings().withChars("\"\\\n\t\u0000\u001f/a\u00e9")
            .withCharRange('\uD83D', '\uD83D').withCharRange('\uDE00', '\uDE03').ofMaxLength(12));
    Arbitrary<String> maybe = Arbitraries.oneOf(text, Arbitraries.just(null));
    Arbitrary<List<String>> list = text.list().ofMaxSize(3);
    Arbitrary<Instant> time = Arbitraries.oneOf(Arbitraries.longs().between(0, 4_000_000_000L)
        .map(Instant::ofEpochSecond), instants());
    Arbitrary<Provenance> provenance = Arbitraries.oneOf(Arbitraries.just(null),
        Combinators.combine(maybe, Arbitraries.longs().between(1, 1000), Arbitraries.of("x-api-v2", "csv"), time,
            Arbitraries.of(true, false)).as(Provenance::new));
    // stamps repeat across posts, as a run's do (written from a kept copy), and some hold quotes or non-ASCII
    Arbitrary<AnnotatorStamp> stamp = Arbitraries.oneOf(Arbitraries.of(new AnnotatorStamp("a", "1", null),
        new AnnotatorStamp("language", "1", "2ddf585f"), new AnnotatorStamp("q\"uote", "2", "h\u00e9\uD83D\uDE00")),
        Combinators.combine(text, maybe, maybe).as(AnnotatorStamp::new));
    Arbitrary<List<AnnotatorStamp>> stamps = stamp.list().ofMaxSize(4);
    Arbitrary<Double> unit = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1),
        Arbitraries.of(0.0, 1.0, 1e-9, 0.1, 0.30000000000000004, Double.MIN_VALUE));
    Arbitrary<Label> label = Arbitraries.oneOf(
        Combinators.combine(text.filter(v -> !v.isBlank()), unit, maybe).as(Label::new),
        Combinators.combine(Arbitraries.of("against", "favor", "none"), unit, unit).as((value, p, q) ->
            Label.ofProbabilities(value, p, "stance", Map.of("against", p, "favor", q, "none", 1 - q))));
    Arbitrary<Map<String, List<Label>>> labels = Arbitraries.maps(Arbitraries.oneOf(
        Arbitraries.of("lang", "frame", "stance:talks"), text), label.list().ofMaxSize(3)).ofMaxSize(4);
    Arbitrary<Annotations> annotations = Arbitraries.oneOf(Arbitraries.just(Annotations.EMPTY),
        Combinators.combine(Arbitraries.of("lang", "frame", "stance:talks"), Arbitraries.of("fa", "security", "against"),
            Arbitraries.doubles().between(0, 1), maybe, stamps).as((key, value, p, normalized, kept) -> new Annotations(
                Map.of(key, List.of(new Label(value, p, "a"))), kept, normalized)),
        Combinators.combine(labels, stamps, maybe).as(Annotations::new));
    Arbitrary<Long> count = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.longs());
    Arbitrary<Engagement> engagement = Arbitraries.oneOf(Arbitraries.just(Engagement.NONE),
        Arbitraries.longs().between(0, 99).map(n -> new Engagement(n, null, n, null, null)),
        Combinators.combine(count, count, count, count, count).as(Engagement::new));
    Arbitrary<Author> author = Combinators.combine(text.filter(id -> !id.isBlank()), maybe, maybe).as(Author::of);
    Arbitrary<PostBuilder> head = Combinators.combine(Arbitraries.of(Platform.values()),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), Arbitraries.of(PostKind.values()),
        Arbitraries.of(PostRole.values()), time, Arbitraries.oneOf(time, Arbitraries.just(null)), maybe, text)
        .as((platform, id, kind, role, created, edited, title, body) -> Post.builder(platform, id).kind(kind)
            .role(role).author(Author.of("u_" + id, null, null)).createdAt(created).editedAt(edited).title(title)
            .text(body));
    Arbitrary<PostBuilder> references = Combinators.combine(head, author, maybe, maybe, maybe, maybe)
        .as((b, who, url, shared, replyTo, quoted) -> b.author(who).url(url).sharedPostId(shared).replyToId(replyTo)
            .quotedId(quoted));
    return Combinators.combine(Arbitraries.oneOf(head, references), maybe, list, list, list, list,
        Arbitraries.of(true, false), provenance)
        .as((b, lang, tags, urls, mentions, media, synthetic, prov) -> b.lang(lang).hashtags(tags).urls(urls)
            .mentions(mentions).media(media).synthetic(synthetic).provenance(prov))
        .flatMap(b -> Combinators.combine(annotations, engagement).as((ann, e) -> b.annotations(ann).engagement(e)
            .build()));
  }
}
