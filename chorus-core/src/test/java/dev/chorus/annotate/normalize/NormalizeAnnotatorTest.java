package dev.chorus.annotate.normalize;

import dev.chorus.post.AnnotationKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NormalizeAnnotatorTest {
  final NormalizeAnnotator annotator = new NormalizeAnnotator();

  @Test
  void storesTheNormalisedTitleAndTextAndKeepsTheOriginal() {
    Post post = Post.builder(Platform.NEWS, "1").kind(PostKind.ARTICLE).author(Author.of("a", null, null))
        .createdAt(Instant.EPOCH).title("Talks in MUSCAT").text("الْحَرَسُ الثَّوْرِيُّ").build();
    Annotations a = annotator.annotate(post, Annotations.EMPTY);
    assertThat(a.normalizedText()).isEqualTo("talks in muscat الحرس الثوری");
    assertThat(a.stamps()).containsExactly(annotator.stamp());
    assertThat(a.labels()).isEmpty();
    assertThat(post.text()).isEqualTo("الْحَرَسُ الثَّوْرِيُّ");
    assertThat(annotator.produces()).containsExactly(AnnotationKey.of("normalized"));
    assertThat(annotator.modelHash()).isNull();
  }
}
