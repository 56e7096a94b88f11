package dev.chorus.source.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dev.chorus.hash.Sha256;
import java.time.Instant;
import java.util.Date;

/** What stands in for what an entry lacks: the feed's own date, and an id made of the entry's content. */
final class FeedDates {
  private FeedDates() {}

  /**
   * The date the feed states for itself, i.e. when it was written and so collected: the channel's {@code pubDate}
   * or {@code dc:date}, else its {@code lastBuildDate}; Atom's feed {@code updated}. Null when it states none.
   */
  static Instant ofFeed(SyndFeed feed) {
    Date d = feed.getPublishedDate();
    if (d == null && feed.getModule(DCModule.URI) instanceof DCModule dc) {
      d = dc.getDate();
    }
    WireFeed wire = feed.originalWireFeed();
    if (d == null && wire instanceof Channel channel) {
      d = channel.getLastBuildDate() != null ? channel.getLastBuildDate() : channel.getPubDate();
    }
    if (d == null && wire instanceof Feed atom) {
      d = atom.getUpdated() != null ? atom.getUpdated() : atom.getModified();
    }
    return d == null ? null : d.toInstant();
  }

  /** ROME reads Atom 0.3's {@code modified} as publication; {@code issued} is (Atom 0.3, section 4.13.8). */
  static Date published(SyndEntry entry) {
    if (entry.getWireEntry() instanceof Entry atom && atom.getIssued() != null) {
      return atom.getIssued();
    }
    return entry.getPublishedDate();
  }

  /** Atom 0.3's {@code modified}, else what ROME calls the update time. */
  static Date updated(SyndEntry entry) {
    if (entry.getWireEntry() instanceof Entry atom && atom.getIssued() != null && atom.getModified() != null) {
      return atom.getModified();
    }
    return entry.getUpdatedDate();
  }

  /**
   * A stable id for an entry without guid, id or link: {@code sha256-} and the first 16 hex digits of the SHA-256 of
   * its title, texts and enclosures. The same entry collected twice gets the same id; different entries do not
   * share one unless their content is identical, which makes them the same item.
   */
  static String contentHash(SyndEntry entry) {
    StringBuilder s = new StringBuilder();
    s.append(nullToEmpty(entry.getTitle())).append('\u0000');
    if (entry.getDescription() != null) {
      s.append(nullToEmpty(entry.getDescription().getValue()));
    }
    s.append('\u0000');
    for (SyndContent c : entry.getContents()) {
      s.append(nullToEmpty(c.getValue())).append('\u0000');
    }
    for (SyndEnclosure e : entry.getEnclosures()) {
      s.append(nullToEmpty(e.getUrl())).append('\u0000');
    }
    return "sha256-" + Sha256.hex(s.toString().strip()).substring(0, 16);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
