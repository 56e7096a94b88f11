package dev.chorus.source.mastodon;

import dev.chorus.text.HtmlText;
import dev.chorus.text.UrlNormalizer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML {@code content} of a Mastodon status: its visible text as a reader sees it, and the links it carries.
 *
 * <p>Mastodon shortens long links to {@code <span class="invisible">https://</span><span class="ellipsis">host/pa
 * </span><span class="invisible">th</span>} and its web client draws an ellipsis after the {@code ellipsis} span; we
 * add that "…" so the text does not read as if the link simply ended there. Servers since 4.4 prepend a
 * {@code <p class="quote-inline">RE: <a>...</a></p>} fallback for clients without quote support; it repeats the
 * quote's permalink, so it is neither text nor a link of the post.
 *
 * @param text the visible text
 * @param links the normalised targets of links that are not mentions or hashtags, in order
 */
record MastodonContent(String text, List<String> links) {

  static MastodonContent parse(String html) {
    if (html == null || html.isBlank()) {
      return new MastodonContent("", List.of());
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false); // re-serialised for HtmlText: no added whitespace
    doc.select(".quote-inline").remove();
    for (Element ellipsis : doc.select("span.ellipsis")) {
      ellipsis.appendText("…");
    }
    List<String> links = new ArrayList<>();
    for (Element a : doc.select("a[href]")) {
      if (a.hasClass("mention") || a.hasClass("hashtag") || "tag".equals(a.attr("rel"))) {
        continue;
      }
      String href = a.attr("href").trim();
      if (href.startsWith("http://") || href.startsWith("https://")) {
        String normalized = UrlNormalizer.normalize(href);
        if (!links.contains(normalized)) {
          links.add(normalized);
        }
      }
    }
    return new MastodonContent(HtmlText.visibleText(doc.body().html()), links);
  }
}
