package dev.chorus.source.xcommon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TweetVersionTest {
  @Test
  void decodesSnowflakeIds() {
    // the example tweet of X's data dictionary, created_at "Wed Oct 10 20:19:24 +0000 2018"
    assertThat(TweetVersion.snowflakeTime("1050118621198921728")).isEqualTo(Instant.parse("2018-10-10T20:19:24.211Z"));
    assertThat(TweetVersion.snowflakeTime("20")).isNull(); // pre-Snowflake id
    assertThat(TweetVersion.snowflakeTime("-5")).isNull();
    assertThat(TweetVersion.snowflakeTime("99999999999999999999")).isNull();
    assertThat(TweetVersion.snowflakeTime(null)).isNull();
  }

  @Test
  void laterVersionTakesTheChainIdAndTheEditTime() {
    Instant edit = Instant.parse("2018-10-10T20:30:00Z");
    TweetVersion v = TweetVersion.of("1050121000000000000", "1050118621198921728", edit);
    assertThat(v.nativeId()).isEqualTo("1050118621198921728");
    assertThat(v.createdAt()).isEqualTo(Instant.parse("2018-10-10T20:19:24.211Z"));
    assertThat(v.editedAt()).isEqualTo(edit);
  }

  @Test
  void unEditedOrInitialVersionKeepsItsOwnIdAndTime() {
    Instant t = Instant.parse("2018-10-10T20:19:24Z");
    assertThat(TweetVersion.of("1050118621198921728", null, t))
        .isEqualTo(new TweetVersion("1050118621198921728", t, null));
    assertThat(TweetVersion.of("1050118621198921728", "1050118621198921728", t).editedAt()).isNull();
    // an initial id that is not a Snowflake leaves the version's own time
    assertThat(TweetVersion.of("1050118621198921728", "abc", t).createdAt()).isEqualTo(t);
  }

  @Test
  void languageMarkersAndPermalinks() {
    assertThat(XConventions.lang("und")).isNull();
    assertThat(XConventions.lang("qme")).isNull();
    assertThat(XConventions.lang("fa")).isEqualTo("fa");
    assertThat(XConventions.permalink(null, "1")).isEqualTo("https://x.com/i/web/status/1");
    assertThat(XConventions.permalink("a_b", "1")).isEqualTo("https://x.com/a_b/status/1");
  }
}
