package dev.chorus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.text.TextEntities;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  /** {@link Pseudonymizer#scrubText} as it was written, both regexes by {@code appendReplacement}: the oracle. */
  private String scrubByAppendReplacement(String text) {
    if (text == null || text.isEmpty() || (text.indexOf('@') < 0 && !text.contains("u/"))) {
      return text;
    }
    String out = replaceByAppendReplacement(TextEntities.MENTION.matcher(text), "@");
    return replaceByAppendReplacement(Pattern.compile("(?<![\\p{L}\\p{N}_])(/?u/)([A-Za-z0-9_-]{3,20})").matcher(out),
        null);
  }

  private String replaceByAppendReplacement(Matcher m, String fixedPrefix) {
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String prefix = fixedPrefix != null ? fixedPrefix : m.group(1);
      String handle = m.group(fixedPrefix != null ? 1 : 2);
      String shown = p.isPublic("x", handle) ? handle : p.handlePseudonym("x", handle);
      m.appendReplacement(sb, Matcher.quoteReplacement(prefix + shown));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  @Property(tries = 2000)
  void scrubsTextAsTheRegexReplacementDid(@ForAll("texts") String text) {
    assertThat(p.scrubText("x", text)).as(text).isEqualTo(scrubByAppendReplacement(text));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("@", "u/", "/u/", "/", "u", "@StateDept", "@IranMFA",
        "friend_2", "a.b", "@x@mastodon.social", " ", "\n", "_", ".", "-", "é", "١", "$", "\\", "\uD835\uDC00"),
        Arbitraries.strings().withChars("aZ09_-.@/u$\\").ofMinLength(1).ofMaxLength(8));
    return piece.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  @Test
  void rawExcerptsLoseHandleFields() {
    RawRecordScrubber s = new RawRecordScrubber(p);
    String out = s.scrub("{\"username\":\"activist_1\",\"text\":\"hi @friend_2\"}");
    assertThat(out).doesNotContain("activist_1").doesNotContain("friend_2");
  }
}
