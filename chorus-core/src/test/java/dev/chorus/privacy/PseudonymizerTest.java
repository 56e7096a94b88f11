package dev.chorus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {
  static final PseudonymKey KEY = PseudonymKey.of("0123456789abcdef0123456789abcdef".getBytes());
  final Pseudonymizer p = new Pseudonymizer(KEY, new PublicFigures(Set.of("StateDept", "x:IranMFA")));

  Post post(String handle, String text, List<String> mentions) {
    return Post.builder(Platform.X, "1").author(Author.of("42", handle, "Real Name")).createdAt(Instant.EPOCH)
        .text(text).mentions(mentions).url("https://x.com/" + handle + "/status/1").build();
  }

  @Test
  void replacesAuthorMentionsAndHandlesInTextAndUrls() {
    Post out = p.apply(post("activist_1", "cc @friend_2 and @StateDept", List.of("friend_2", "StateDept")));
    assertThat(out.author().id()).startsWith("u_").isEqualTo(p.accountPseudonym("x", "42"));
    assertThat(out.author().handle()).startsWith("h_");
    assertThat(out.author().displayName()).isNull();
    assertThat(out.text()).doesNotContain("friend_2").contains("@StateDept")
        .contains("@" + p.handlePseudonym("x", "friend_2"));
    assertThat(out.mentions()).containsExactly(p.handlePseudonym("x", "friend_2"), "StateDept");
    assertThat(out.url()).doesNotContain("activist_1");
  }

  @Test
  void publicFiguresKeepTheirNamesAndTheKeyDecidesThePseudonyms() {
    Post out = p.apply(post("IranMFA", "statement", List.of()));
    assertThat(out.author().handle()).isEqualTo("IranMFA");
    assertThat(out.author().displayName()).isEqualTo("Real Name");
    Pseudonymizer other = new Pseudonymizer(PseudonymKey.of("another key of sixteen+ bytes".getBytes()),
        PublicFigures.none());
    assertThat(other.accountPseudonym("x", "42")).isNotEqualTo(p.accountPseudonym("x", "42"));
    assertThat(new Pseudonymizer(KEY, PublicFigures.none()).accountPseudonym("x", "42"))
        .isEqualTo(p.accountPseudonym("x", "42"));
  }

  @Property(tries = 300)
  void noRawHandleSurvivesInText(@ForAll @AlphaChars @StringLength(min = 4, max = 15) String handle,
      @ForAll @StringLength(max = 40) String around) {
    String text = around + " @" + handle + " " + around;
    Post out = p.apply(post("someone", text, List.of(handle)));
    if (!p.isPublic("x", handle)) {
      assertThat(out.text()).doesNotContain("@" + handle + " ");
      assertThat(out.mentions()).doesNotContain(handle);
    }
  }

  @Test
  void rawExcerptsLoseHandleFields() {
    RawRecordScrubber s = new RawRecordScrubber(p);
    String out = s.scrub("{\"username\":\"activist_1\",\"text\":\"hi @friend_2\"}");
    assertThat(out).doesNotContain("activist_1").doesNotContain("friend_2");
  }
}
