package dev.chorus.annotate.language;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ScriptProfile} counts ASCII letters apart: the counts of the general letter test, script by script. */
class ScriptProfileTest {
  @Property(tries = 2000)
  void countsAreThoseOfTheGeneralLetterTest(@ForAll("texts") String text) {
    ScriptProfile profile = ScriptProfile.of(text);
    int[] expected = new int[Script.values().length];
    int total = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        expected[Script.of(cp).ordinal()]++;
        total++;
      }
    }
    for (Script s : Script.values()) {
      assertThat(profile.count(s)).as(s.name()).isEqualTo(expected[s.ordinal()]);
    }
    assertThat(profile.total()).isEqualTo(total);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().ascii().ofMaxLength(40),
        Arbitraries.strings().withChars("aZz@[`{09 ßéİıسلامשלוםПри中ひ😀\uD800\u0301\u200C").ofMaxLength(40));
  }
}
