package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {
  @Test
  void findsOverlappingAndNestedPatterns() {
    assertThat(hits(List.of("he", "she", "his", "hers"), "ushers")).containsExactly("she@4", "he@4", "hers@6");
  }

  /**
   * Same occurrences as the naive search, for any patterns over a small alphabet (many shared prefixes), with chars
   * below and above the root table.
   */
  @Property(tries = 200)
  void agreesWithNaiveSearch(@ForAll("patterns") List<String> patterns, @ForAll("text") String text) {
    List<String> distinct = patterns.stream().distinct().toList();
    List<String> expected = new ArrayList<>();
    for (int end = 1; end <= text.length(); end++) {
      for (String p : distinct) {
        if (end >= p.length() && text.startsWith(p, end - p.length())) {
          expected.add(p + "@" + end);
        }
      }
    }
    assertThat(hits(distinct, text)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Provide
  Arbitrary<List<String>> patterns() {
    return Arbitraries.strings().withChars("abא 中").ofMinLength(1).ofMaxLength(4).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().withChars("abא 中").ofMaxLength(30);
  }

  private static List<String> hits(List<String> patterns, String text) {
    List<String> out = new ArrayList<>();
    new AhoCorasick(patterns).search(text, (p, end) -> out.add(patterns.get(p) + "@" + end));
    return out;
  }
}
