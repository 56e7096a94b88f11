package dev.chorus.source.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.post.PostKind;
import dev.chorus.post.Provenance;
import dev.chorus.text.HtmlText;
import dev.chorus.text.TextEntities;
import dev.chorus.text.UrlNormalizer;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps the entries of one parsed feed to article posts; knows the feed's host, title and language. */
final class FeedEntryMapper {
  /** RSS 2.0 {@code <author>} is an e-mail address, by convention followed by the name in parentheses. */
  private static final Pattern MAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)\\s*$");

  private final String feedHost;
  private final String feedTitle;
  private final String feedLang;
  /** Who speaks for the feed and qualifies its ids: its host, else its title, else {@link #UNTITLED}. */
  private final String feedKey;
  /** The feed's own date (when it was written, hence collected), for entries without one; may be null. */
  private final Instant feedDate;

  static final String UNTITLED = "untitled feed";

  /** {@code rootLang}: the {@code xml:lang} of the document's root, used when the feed states no language. */
  FeedEntryMapper(SyndFeed feed, String rootLang) {
    String host = FeedLinks.host(feed.getLink());
    feedHost = host != null ? host : FeedLinks.host(feed.getUri());
    feedTitle = blankToNull(feed.getTitle());
    String lang = language(feed.getLanguage());
    feedLang = lang != null ? lang : language(rootLang);
    feedKey = feedHost != null ? feedHost : feedTitle != null ? feedTitle.strip() : UNTITLED;
    feedDate = FeedDates.ofFeed(feed);
  }

  Post map(SyndEntry entry) {
    String link = blankToNull(entry.getLink());
    String host = feedHost != null ? feedHost : FeedLinks.host(link);
    PostBuilder b = Post.builder(Platform.NEWS, nativeId(entry, link, host))
        .kind(PostKind.ARTICLE)
        .author(author(entry, host))
        .title(title(entry))
        .url(link == null ? null : UrlNormalizer.normalize(link));
    dates(entry, b);
    SyndContent body = body(entry);
    String html = body == null ? null : body.getValue();
    boolean plain = body != null && body.getType() != null && body.getType().toLowerCase(Locale.ROOT).contains("text")
        && !body.getType().toLowerCase(Locale.ROOT).contains("html");
    // HtmlText keeps the indentation of the source between blocks ("</p>\n<p>") at the start of the next line.
    String text = html == null ? "" : plain ? html.strip() : HtmlText.visibleText(html).replaceAll("\n[ \t]+", "\n");
    b.text(text).hashtags(TextEntities.hashtags(text)).mentions(TextEntities.mentions(text))
        .urls(FeedLinks.linkedUrls(plain ? null : html, text, link));
    for (SyndEnclosure e : entry.getEnclosures()) {
      b.addMedia(e.getUrl() == null ? null : e.getUrl().strip());
    }
    String lang = language(dcLanguage(entry));
    b.lang(lang != null ? lang : plain ? feedLang : firstNonNull(language(FeedLinks.wrapperLang(html)), feedLang));
    return b.build();
  }

  /**
   * guid/id, else link, else a hash of the entry's content; http(s) ids are unique on their own, anything else is
   * qualified with the feed ({@link #feedKey}), so two feeds cannot collide.
   */
  private String nativeId(SyndEntry entry, String link, String host) {
    String key = blankToNull(entry.getUri());
    key = key != null ? key.strip() : link;
    if (key == null) {
      return (host != null ? host : feedKey) + ":" + FeedDates.contentHash(entry);
    }
    if (FeedLinks.isWebUrl(key)) {
      return UrlNormalizer.normalize(key);
    }
    return (host != null ? host : feedKey) + ":" + key;
  }

  private Author author(SyndEntry entry, String host) {
    String site = host != null ? host : feedKey;
    String name = blankToNull(entry.getAuthor());
    if (name == null && !entry.getAuthors().isEmpty()) {
      name = blankToNull(entry.getAuthors().get(0).getName());
    }
    if (name == null) {
      return Author.of("news:" + site, host, feedTitle);
    }
    Matcher m = MAIL_WITH_NAME.matcher(name.strip());
    String display = m.matches() ? m.group(1).strip() : name.strip();
    return Author.of("news:" + site + "/" + display, null, display);
  }

  private static String title(SyndEntry entry) {
    SyndContent t = entry.getTitleEx();
    String raw = t != null ? t.getValue() : entry.getTitle();
    if (raw == null) {
      return null;
    }
    boolean html = t != null && t.getType() != null && t.getType().toLowerCase(Locale.ROOT).contains("html");
    return blankToNull(html ? HtmlText.visibleText(raw) : raw.strip());
  }

  /** Publication ({@code pubDate}, {@code dc:date}, {@code published}), else update; else undated (see package). */
  private void dates(SyndEntry entry, PostBuilder b) {
    Date published = FeedDates.published(entry);
    Date updated = FeedDates.updated(entry);
    if (published == null && updated == null) {
      b.createdAt(feedDate != null ? feedDate : Provenance.NO_DATE).provenance(Provenance.undatedRecord());
      return;
    }
    Instant created = (published != null ? published : updated).toInstant();
    b.createdAt(created);
    if (updated != null && updated.toInstant().isAfter(created)) {
      b.editedAt(updated.toInstant());
    }
  }

  /** Full content (content:encoded, Atom content) when present, else the description/summary. */
  private static SyndContent body(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        return c;
      }
    }
    return entry.getDescription();
  }

  private static String dcLanguage(SyndEntry entry) {
    return entry.getModule(DCModule.URI) instanceof DCModule dc ? dc.getLanguage() : null;
  }

  private static String language(String lang) {
    String l = blankToNull(lang);
    return l == null || l.equalsIgnoreCase("und") || l.equalsIgnoreCase("zxx") ? null : l.strip();
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
