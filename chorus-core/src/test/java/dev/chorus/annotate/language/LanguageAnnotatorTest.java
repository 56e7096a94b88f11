package dev.chorus.annotate.language;

import dev.chorus.post.AnnotationKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.AnnotationChain;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LanguageAnnotatorTest {
  @Test
  void registeredFactoryAnnotatesLangWithConfidenceAndStamp() throws Exception {
    AnnotationChain chain = AnnotationChain.load(new AnnotatorContext(null, null));
    assertThat(chain.annotators()).extracting(a -> a.id()).contains("language");
    var annotator = chain.annotators().stream().filter(a -> a.id().equals("language")).findFirst().orElseThrow();
    assertThat(annotator.requires()).isEmpty();
    assertThat(annotator.produces()).containsExactly(AnnotationKey.of("lang"));
    assertThat(annotator.version()).isEqualTo("1");

    Post post = post("خيلى خوشحالم كه بالاخره تموم شد #IranTalks", "en");
    Post annotated = chain.annotate(post);
    Label lang = annotated.annotations().first("lang");
    assertThat(lang.value()).isEqualTo("fa");
    assertThat(lang.annotator()).isEqualTo("language");
    assertThat(lang.confidence()).isBetween(0.6, 1.0);
    assertThat(annotated.annotations().stamps()).anySatisfy(s -> {
      assertThat(s.id()).isEqualTo("language");
      assertThat(s.modelHash()).hasSize(64);
    });
  }

  @Test
  void emptyPostIsUndetermined() throws Exception {
    var annotator = new LanguageAnnotatorFactory().create(new AnnotatorContext(null, null)).orElseThrow();
    Label lang = annotator.annotate(post("", null), post("", null).annotations()).first("lang");
    assertThat(lang.value()).isEqualTo(Label.UNDETERMINED);
  }

  private static Post post(String text, String lang) {
    return Post.builder(Platform.values()[0], "1").author(new Author("u1", "h1", null)).createdAt(Instant.EPOCH)
        .text(text).lang(lang).build();
  }
}
