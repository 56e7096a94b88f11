package dev.chorus.source.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.Compression;
import dev.chorus.source.input.XmlText;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;

/** RSS and Atom feeds read with ROME; see the package documentation for the mapping. */
public final class FeedSource extends AbstractSource {
  private static final Pattern RSS = Pattern.compile("<rss[\\s>]");
  private static final Pattern ATOM =
      Pattern.compile("<(?:\\w+:)?feed[^>]*xmlns(?::\\w+)?\\s*=\\s*[\"'](?:http://www\\.w3\\.org/2005/Atom|"
          + "http://purl\\.org/atom/ns#)[\"']");
  /** The first element is a {@code <feed>} (after the declaration, comments and processing instructions). */
  private static final Pattern ROOT_FEED =
      Pattern.compile("(?:\\s*(?:<\\?[^>]*>|<!--(?s:.*?)-->))*\\s*<feed[\\s>]");
  private static final Pattern RDF = Pattern.compile("<rdf:RDF[\\s>]");
  /** ROME does not expose {@code xml:lang} on the root element (Atom's usual way to state the language). */
  private static final Pattern ROOT_LANG =
      Pattern.compile("<(?:\\w+:)?(?:feed|rss|channel)\\b[^>]*\\bxml:lang\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final java.util.Set<String> FEED_ROOTS = java.util.Set.of("rss", "RDF", "feed");
  /** Far larger than any feed; the whole document is parsed in memory. */
  private static final int MAX_BYTES = 64 << 20;

  public FeedSource() {
    super("rss",
        "News feeds: RSS 0.9x/1.0/2.0 and Atom (news items, statements, open letters)");
  }

  @Override
  public int detect(FileSniff sniff) {
    String head = sniff.trimmedHead();
    if (sniff.binary() || !head.startsWith("<")) {
      return 0;
    }
    if (RSS.matcher(head).find() || ATOM.matcher(head).find()) {
      return 90;
    }
    if (ROOT_FEED.matcher(head).lookingAt()) {
      return 60; // an Atom <feed> without the Atom namespace, or in another one
    }
    if (RDF.matcher(head).find()) {
      return head.contains("http://purl.org/rss/1.0/") || head.contains("http://my.netscape.com/rdf/simple/0.9/")
          ? 90 : 10;
    }
    return 0;
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    String text = text(input);
    SyndFeed feed = parse(input.name(), text);
    if (feed == null) {
      return; // a feed with nothing in it: no posts, and no error either
    }
    Matcher lang = ROOT_LANG.matcher(text.length() > FileSniff.HEAD_BYTES ? text.substring(0, FileSniff.HEAD_BYTES)
        : text);
    FeedEntryMapper mapper = new FeedEntryMapper(feed, lang.find() ? lang.group(1) : null);
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      long record = i + 1;
      try {
        sink.post(record, mapper.map(entry));
      } catch (RecordRejectedException e) {
        sink.reject(record, e.getMessage(), excerpt(entry));
      } catch (RuntimeException e) {
        sink.reject(record, "entry " + record + " could not be mapped to a post (an unexpected layout of its "
            + "elements)", excerpt(entry));
      }
    }
  }

  /** The whole feed as text, in the encoding XML itself finds ({@link XmlText}); feeds are small. */
  private static String text(SourceInput input) throws IOException, UnreadableInputException {
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableInputException(input.name() + ": larger than " + (MAX_BYTES >> 20) + " MB, far more than "
          + "any news feed; expected an RSS or Atom document");
    }
    Compression.refuseUnsupported(input.name(), bytes);
    String text = XmlText.decode(bytes).text();
    if (text.isBlank()) {
      throw new UnreadableInputException(input.name() + ": empty file");
    }
    return text;
  }

  /**
   * Parses the whole feed first ({@link FeedXml}), so that a cut-off or hostile document is refused before anything
   * is emitted. Null for a feed without any entry that ROME cannot read (an empty {@code <rdf:RDF>}, an
   * {@code <rss>} with nothing in it).
   */
  private static SyndFeed parse(String name, String text) throws UnreadableInputException {
    Document doc = FeedXml.parse(name, text);
    String root = doc.getRootElement().getQualifiedName();
    SyndFeedInput feedInput = new SyndFeedInput();
    feedInput.setPreserveWireFeed(true);
    try {
      FeedShapes.normalise(doc);
      return feedInput.build(doc);
    } catch (IllegalArgumentException | FeedException e) {
      if (FEED_ROOTS.contains(doc.getRootElement().getName()) && FeedShapes.hasNoEntries(doc)) {
        return null;
      }
      throw new UnreadableInputException(name + ": not an RSS or Atom feed: its root element is <" + root
          + ">; expected <rss>, <rdf:RDF> or an Atom <feed>");
    } catch (RuntimeException e) {
      if (FeedShapes.hasNoEntries(doc)) {
        return null;
      }
      throw new UnreadableInputException(name + ": an <" + root + "> document laid out unlike RSS or Atom "
          + "(expected a <channel> with <item> elements, or <entry> elements)");
    }
  }
  private static String excerpt(SyndEntry entry) {
    return JsonInput.excerpt(entry.getTitle() + " " + entry.getLink());
  }
}
