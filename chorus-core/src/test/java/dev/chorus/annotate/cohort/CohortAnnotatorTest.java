package dev.chorus.annotate.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.codebook.Codebook;
import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import dev.chorus.text.UrlNormalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CohortAnnotatorTest {
  final Pseudonymizer p = new Pseudonymizer(PseudonymKey.of(new byte[32]), new PublicFigures(Set.of("x:IsraeliPM")));
  final Codebook cb = new Codebook("1", "d", List.of(), List.of(), List.of(),
      List.of(new Codebook.Cohort("opposition-activists", "Opposition activists", "", List.of("x:activist_1"),
              List.of()),
          new Codebook.Cohort("israeli-officials", "Israeli officials", "", List.of("x:IsraeliPM"), List.of()),
          new Codebook.Cohort("iranian-state-media", "Iranian state media", "", List.of(),
              List.of("domain:presstv.ir"))),
      List.of());

  Post stored(String handle, String url) {
    Post raw = Post.builder(Platform.X, "1").author(Author.of("42", handle, null)).createdAt(Instant.EPOCH)
        .url(url).text("t").build();
    return p.apply(raw);
  }

  @Test
  void matchesPseudonymisedMembersPublicFiguresAndDomainRules() throws Exception {
    var annotator = new CohortAnnotatorFactory().create(new AnnotatorContext(cb, null, p)).orElseThrow();
    assertThat(labels(annotator.annotate(stored("Activist_1", null), Annotations.EMPTY)))
        .containsExactly("opposition-activists");
    assertThat(labels(annotator.annotate(stored("IsraeliPM", null), Annotations.EMPTY)))
        .containsExactly("israeli-officials");
    assertThat(labels(annotator.annotate(stored("someone", "https://www.presstv.ir/Detail/1"), Annotations.EMPTY)))
        .containsExactly("iranian-state-media");
    assertThat(labels(annotator.annotate(stored("someone", null), Annotations.EMPTY))).isEmpty();
  }

  /** The check that spares most links the parse never hides a listed domain (the parse alone is the oracle). */
  @Property(tries = 1000)
  void aDomainRuleMatchesWhereTheParsedDomainIsListed(@ForAll("links") String url) throws Exception {
    var annotator = new CohortAnnotatorFactory().create(new AnnotatorContext(cb, null, p)).orElseThrow();
    Post post = Post.builder(Platform.X, "1").author(Author.of("42", "someone", null)).createdAt(Instant.EPOCH)
        .url(url).text("t").build();
    boolean listed = "presstv.ir".equals(UrlNormalizer.domain(url));
    assertThat(labels(annotator.annotate(post, Annotations.EMPTY))).as(url)
        .isEqualTo(listed ? List.of("iranian-state-media") : List.of());
  }

  @Provide
  Arbitrary<String> links() {
    Arbitrary<String> piece = Arbitraries.of("https://", "http://", "HTTPS://", "www.", "WWW.", "presstv.ir",
        "PressTV.IR", "presstv.ir.evil.com", "evil.com", "/", "/presstv.ir", "?q=presstv.ir", "#", ":8080", "user@",
        "[::1]", "пресс.рф", "xn--e1afmkfd.xn--p1ai", "%41", " ", "ⅰ");
    return piece.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }

  @Test
  void unavailableWithoutCohorts() throws Exception {
    assertThat(new CohortAnnotatorFactory().create(new AnnotatorContext(Codebook.empty(), null, p))).isEmpty();
  }

  private static List<String> labels(Annotations a) {
    return a.all(CohortAnnotator.KEY).stream().map(Label::value).toList();
  }
}
