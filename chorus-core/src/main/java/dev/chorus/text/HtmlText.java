package dev.chorus.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML fragment (Mastodon content, RSS descriptions), with paragraphs and line breaks kept as
 * new lines. Uses jsoup, a maintained HTML5 parser, so that broken markup and entities are handled as browsers do.
 */
public final class HtmlText {
  private HtmlText() {}

  public static String visibleText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("script, style, template").remove();
    // Mastodon hides the middle of long links in <span class="invisible">; the visible text omits them.
    doc.select("span.invisible").remove();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.text());
        } else if (node instanceof Element e && e.normalName().equals("br")) {
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock() && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
      }
    }, doc.body());
    return out.toString().replaceAll("[ \\t\\x0B\\f]+\\n", "\n").replaceAll("\\n[ \\t\\x0B\\f]+", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }
}
