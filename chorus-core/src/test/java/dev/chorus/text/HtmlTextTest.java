package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void keepsParagraphsAndLineBreaksAsNewLines() {
    assertThat(HtmlText.visibleText("<p>First line<br>second line</p><p>Next paragraph</p>"))
        .isEqualTo("First line\nsecond line\nNext paragraph");
    assertThat(HtmlText.visibleText("<p>a</p><p></p><p>  </p><br><br><br><p>b</p>")).isEqualTo("a\n\nb");
    assertThat(HtmlText.visibleText("<ul><li>one</li><li>two</li></ul>")).isEqualTo("one\ntwo");
  }

  @Test
  void readsMastodonContentAsItIsShown() {
    String content = "<p>Talks resume <a href=\"https://example.com/news/2025/04/talks\" rel=\"nofollow noopener\">"
        + "<span class=\"invisible\">https://</span><span class=\"ellipsis\">example.com/news/2025</span>"
        + "<span class=\"invisible\">/04/talks</span></a> <a href=\"https://m.example/tags/IranTalks\" "
        + "class=\"mention hashtag\">#<span>IranTalks</span></a></p>";
    assertThat(HtmlText.visibleText(content)).isEqualTo("Talks resume example.com/news/2025 #IranTalks");
  }

  @Test
  void decodesEntitiesAsText() {
    assertThat(HtmlText.visibleText("<p>Q&amp;A &quot;now&quot; &#1575;&#x644; caf&eacute; a&nbsp;b</p>"))
        .isEqualTo("Q&A \"now\" ال café a b"); // jsoup reads a no-break space as a space
    // an escaped tag is text the author wrote, so it is shown, not parsed
    assertThat(HtmlText.visibleText("use &lt;b&gt; for bold")).isEqualTo("use <b> for bold");
  }

  @Test
  void dropsScriptsStylesAndTemplates() {
    assertThat(HtmlText.visibleText("<p>shown</p><script>alert('x < y')</script><style>p > a {color: red}</style>"
        + "<template><p>later</p></template><noscript>no script</noscript>")).isEqualTo("shown\nno script");
  }

  @Test
  void keepsRightToLeftTextAndItsInvisibleMarks() {
    String persian = "<p dir=\"rtl\">می\u200cخواهم <bdi>مذاکره</bdi>\u200f!</p><p>שלום <b>עולם</b></p>";
    assertThat(HtmlText.visibleText(persian)).isEqualTo("می\u200cخواهم مذاکره\u200f!\nשלום עולם");
  }

  @Test
  void handlesBrokenMarkupAsBrowsersDo() {
    assertThat(HtmlText.visibleText("<p>unclosed <b>bold <i>both</p>after")).isEqualTo("unclosed bold both\nafter");
    assertThat(HtmlText.visibleText("a < b and c > d")).isEqualTo("a < b and c > d");
    assertThat(HtmlText.visibleText("plain text, no markup")).isEqualTo("plain text, no markup");
    assertThat(HtmlText.visibleText(null)).isEmpty();
    assertThat(HtmlText.visibleText(" \n ")).isEmpty();
  }

  @Property(tries = 300)
  void neverThrows(@ForAll String html) {
    assertThat(HtmlText.visibleText(html)).isNotNull();
  }

  @Property(tries = 300)
  void leavesNoTagAndEveryVisibleWord(@ForAll("markup") Markup m) {
    String text = HtmlText.visibleText(m.html());
    assertThat(text).doesNotContain("<", ">", "hidden").doesNotStartWith(" ").doesNotEndWith(" ");
    m.words().forEach(w -> assertThat(text).contains(w));
  }

  /** An HTML fragment and the words a reader sees in it (none of them contains "hidden"). */
  record Markup(String html, List<String> words) {}

  @Provide
  Arbitrary<Markup> markup() {
    return node(3);
  }

  private Arbitrary<Markup> node(int depth) {
    Arbitrary<Markup> text = word().map(w -> new Markup(w, List.of(w)));
    Arbitrary<Markup> hidden = Arbitraries.of("<script>if (a < b && c > d) { hidden(); }</script>",
        "<style>p > a { content: 'hidden' }</style>", "<span class=\"invisible\">hidden</span>",
        "<!-- hidden <b> -->", "<template><p>hidden</p></template>").map(h -> new Markup(h, List.of()));
    Arbitrary<Markup> empty = Arbitraries.of("<br>", "<br/>", "<hr>", "<img src=\"x.png\" alt=\"a > b\">", " ", "\n")
        .map(h -> new Markup(h, List.of()));
    if (depth == 0) {
      return Arbitraries.frequencyOf(Tuple.of(4, text), Tuple.of(1, hidden), Tuple.of(1, empty));
    }
    Arbitrary<String> tags = Arbitraries.of("p", "div", "span", "b", "a href=\"https://e.org/?a=1&b=2\"", "li",
        "blockquote", "h1", "td", "bdi dir=\"rtl\"");
    Arbitrary<Markup> element = Combinators.combine(tags, node(depth - 1).list().ofMaxSize(3), Arbitraries.of(true, false))
        .as((tag, kids, closed) -> {
          StringBuilder html = new StringBuilder("<").append(tag).append('>');
          List<String> words = new ArrayList<>();
          for (Markup k : kids) {
            html.append(k.html()).append(' ');
            words.addAll(k.words());
          }
          if (closed) {
            html.append("</").append(tag.split(" ")[0]).append('>');
          }
          return new Markup(html.toString(), words);
        });
    return Arbitraries.oneOf(text, hidden, empty, element);
  }

  /** A word in Latin, Arabic-script or Hebrew letters, or digits. */
  private static Arbitrary<String> word() {
    return Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('\u0627', '\u064A').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('\u05D0', '\u05EA').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4)).filter(w -> !w.contains("hidden"));
  }
}
