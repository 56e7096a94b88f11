package dev.chorus.collect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An RSS or Atom feed, polled with conditional requests (RFC 9110): the {@code ETag} and {@code Last-Modified} of the
 * last answer go back as {@code If-None-Match} and {@code If-Modified-Since}, so an unchanged feed costs one 304 and
 * no body. A feed holds only its latest entries; entries already stored are duplicates the store skips.
 */
public final class RssCollector implements Collector {
  public static final CollectorKind KIND = new CollectorKind("rss",
      "RSS or Atom feed at URL, polled with conditional requests (ETag, If-Modified-Since)",
      List.of("url"), List.of(), null, RssCollector::create);

  private final URI url;

  private RssCollector(URI url) {
    this.url = url;
  }

  static RssCollector create(CollectorOptions o) {
    return new RssCollector(o.url("url", null));
  }

  @Override
  public String format() {
    return "rss";
  }

  @Override
  public String target() {
    return url.toString();
  }

  @Override
  public void collect(Http http, Harvest harvest) throws FetchFailedException, InterruptedException {
    Map<String, String> headers = new LinkedHashMap<>();
    if (harvest.previous("etag") != null) {
      headers.put("If-None-Match", harvest.previous("etag"));
    }
    if (harvest.previous("last_modified") != null) {
      headers.put("If-Modified-Since", harvest.previous("last_modified"));
    }
    Http.Response<Feed> r = http.get(url, headers, RssCollector::entries);
    if (r.status() == 304) {
      harvest.empty();
      return;
    }
    harvest.page(r.parsed().body(), r.parsed().entries());
    harvest.cursor("etag", r.headers().firstValue("etag").orElse(null));
    harvest.cursor("last_modified", r.headers().firstValue("last-modified").orElse(null));
  }

  /** A feed body and how many items or entries it holds. */
  record Feed(byte[] body, int entries) {}

  /**
   * Counts {@code item} (RSS) and {@code entry} (Atom) elements; a body that is not well-formed XML (a truncated
   * download) throws and is fetched again. Document type declarations are refused, as by the feed source (no XXE).
   */
  static Feed entries(byte[] body) throws IOException {
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      int[] count = {0};
      f.newSAXParser().parse(new ByteArrayInputStream(body), new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
          if (local.equals("item") || local.equals("entry")) {
            count[0]++;
          }
        }
      });
      return new Feed(body, count[0]);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException("not well-formed XML", e);
    }
  }
}
