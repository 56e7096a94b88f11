package dev.chorus.source.feed;

import dev.chorus.text.TextEntities;
import dev.chorus.text.UrlNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Hosts, linked URLs and the wrapping language of feed entries' HTML. */
final class FeedLinks {
  private FeedLinks() {}

  static boolean isWebUrl(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return (l.startsWith("http://") || l.startsWith("https://")) && UrlNormalizer.domain(s) != null;
  }

  /** The host of a web URL without {@code www.}, or null. */
  static String host(String url) {
    return url == null || !isWebUrl(url.strip()) ? null : UrlNormalizer.domain(url.strip());
  }

  /**
   * The links of an entry: anchors of its HTML (relative ones resolved against the entry link), then bare URLs of
   * its visible text; normalised, without the entry's own link.
   */
  static List<String> linkedUrls(String html, String visibleText, String ownLink) {
    Set<String> out = new LinkedHashSet<>();
    if (html != null && !html.isBlank()) {
      Document doc = Jsoup.parseBodyFragment(html, ownLink != null && isWebUrl(ownLink) ? ownLink : "");
      for (Element a : doc.select("a[href]")) {
        String abs = a.absUrl("href");
        if (isWebUrl(abs)) {
          out.add(UrlNormalizer.normalize(abs));
        }
      }
    }
    out.addAll(TextEntities.urls(visibleText));
    if (ownLink != null) {
      out.remove(UrlNormalizer.normalize(ownLink));
    }
    return new ArrayList<>(out);
  }

  /** The {@code lang} of an element that wraps the whole HTML fragment, e.g. {@code <div dir="rtl" lang="fa">}. */
  static String wrapperLang(String html) {
    if (html == null || html.isBlank()) {
      return null;
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    if (body.childrenSize() != 1 || !body.ownText().isBlank()) {
      return null;
    }
    Element wrapper = body.child(0);
    String lang = wrapper.attr("lang");
    return lang.isBlank() ? wrapper.attr("xml:lang") : lang;
  }
}
