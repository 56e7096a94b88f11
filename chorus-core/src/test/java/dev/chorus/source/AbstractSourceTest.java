package dev.chorus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AbstractSourceTest {
  /** The smallest source: claims nothing, reads nothing. */
  static final class Named extends AbstractSource {
    Named(String id, String description) {
      super(id, description);
    }

    @Override
    public int detect(FileSniff sniff) {
      return 0;
    }

    @Override
    public void read(SourceInput input, RecordSink sink) {}
  }

  @Test
  void idAndDescriptionAreThoseGiven() {
    Named s = new Named("x-api-v2", "X API v2 responses");
    assertThat(s.id()).isEqualTo("x-api-v2");
    assertThat(s.description()).isEqualTo("X API v2 responses");
  }

  @Test
  void anIdThatIsNotLowerCaseWordsJoinedByHyphensOrABlankDescriptionIsRefused() {
    for (String id : new String[] {"X-API", "x_api", "x--api", "-x", ""}) {
      assertThatThrownBy(() -> new Named(id, "d")).as(id).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + id + "'");
    }
    assertThatThrownBy(() -> new Named("csv", " ")).isInstanceOf(IllegalArgumentException.class);
  }
}
