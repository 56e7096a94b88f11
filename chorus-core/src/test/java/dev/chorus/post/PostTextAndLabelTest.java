package dev.chorus.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostTextAndLabelTest {
  private static Post post(String title, String text) {
    return Post.builder(Platform.NEWS, "1").author(Author.of("u_1", null, null)).createdAt(Instant.parse("2026-01-01T00:00:00Z"))
        .title(title).text(text).build();
  }

  @Test
  void titleAndTextJoinsTheTitleWhenThereIsOne() {
    assertThat(post("Talks resume", "Envoys meet in Oman").titleAndText()).isEqualTo("Talks resume\nEnvoys meet in Oman");
    assertThat(post(null, "Envoys meet").titleAndText()).isEqualTo("Envoys meet");
    assertThat(post("  ", "Envoys meet").titleAndText()).isEqualTo("Envoys meet");
    assertThat(post("Only a title", null).titleAndText()).isEqualTo("Only a title\n");
  }

  @Test
  void ofProbabilityKeepsConfidenceInsideTheUnitInterval() {
    assertThat(Label.ofProbability("favor", 1.0000001, "stance").confidence()).isEqualTo(1.0);
    assertThat(Label.ofProbability("favor", -1e-9, "stance").confidence()).isEqualTo(0.0);
    assertThat(Label.ofProbability("favor", Double.NaN, "stance").confidence()).isEqualTo(0.0);
    assertThat(Label.ofProbability("favor", 0.73, "stance").confidence()).isEqualTo(0.73);
    assertThatThrownBy(() -> new Label("favor", 1.5, "stance")).hasMessageContaining("not in [0,1]");
  }
}
