package dev.chorus.source.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.XmlReaderException;
import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RSS and Atom feeds read with ROME; see the package documentation for the mapping. */
public final class FeedSource extends AbstractSource {
  private static final Pattern RSS = Pattern.compile("<rss[\\s>]");
  private static final Pattern ATOM =
      Pattern.compile("<(?:\\w+:)?feed[^>]*xmlns(?::\\w+)?\\s*=\\s*[\"'](?:http://www\\.w3\\.org/2005/Atom|"
          + "http://purl\\.org/atom/ns#)[\"']");
  private static final Pattern RDF = Pattern.compile("<rdf:RDF[\\s>]");
  /** ROME does not expose {@code xml:lang} on the root element (Atom's usual way to state the language). */
  private static final Pattern ROOT_LANG =
      Pattern.compile("<(?:\\w+:)?(?:feed|rss|channel)\\b[^>]*\\bxml:lang\\s*=\\s*[\"']([^\"']+)[\"']");

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
    if (RDF.matcher(head).find()) {
      return head.contains("http://purl.org/rss/1.0/") || head.contains("http://my.netscape.com/rdf/simple/0.9/")
          ? 90 : 10;
    }
    return 0;
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    SyndFeed feed = parse(input);
    Matcher lang = ROOT_LANG.matcher(FileSniff.of(input).head());
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
        sink.reject(record, "cannot map entry: " + e, excerpt(entry));
      }
    }
  }

  /** Parses the whole feed first, so that a truncated or hostile document is refused before anything is emitted. */
  private static SyndFeed parse(SourceInput input) throws IOException, UnreadableInputException {
    SyndFeedInput feedInput = new SyndFeedInput();
    feedInput.setAllowDoctypes(false); // no DTD, hence no external entities (XXE) and no entity bombs
    try (InputStream in = input.open()) {
      return feedInput.build(new XmlReader(in));
    } catch (XmlReaderException e) {
      throw new UnreadableInputException(input.name() + ": cannot decode the XML (" + e.getMessage() + ")", e);
    } catch (FeedException e) {
      String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
          : e.getMessage();
      throw new UnreadableInputException(input.name() + ": not a well-formed feed (" + why + ")", e);
    } catch (IllegalArgumentException e) {
      throw new UnreadableInputException(input.name() + ": not an RSS or Atom feed (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      throw new UnreadableInputException(input.name() + ": cannot parse the feed (" + e + ")", e);
    }
  }

  private static String excerpt(SyndEntry entry) {
    return JsonInput.excerpt(entry.getTitle() + " " + entry.getLink());
  }
}
