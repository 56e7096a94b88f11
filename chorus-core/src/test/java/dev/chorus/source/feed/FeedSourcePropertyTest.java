package dev.chorus.source.feed;

import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FeedSourcePropertyTest {
  private static final String[] PIECES = {"<rss version=\"2.0\">", "</rss>", "<channel>", "</channel>", "<item>",
      "</item>", "<title>", "</title>", "<link>", "</link>", "https://a.example/x", "<guid>", "</guid>",
      "<pubDate>", "</pubDate>", "Sat, 12 Apr 2025 18:30:00 GMT", "<description>", "</description>",
      "<![CDATA[<p>x <a href=\"/y\">y</a></p>]]>", "&amp;", "&nbsp;", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
      "</feed>", "<entry>", "</entry>", "<updated>2025-04-20T10:00:00Z</updated>", "<id>", "</id>",
      "<enclosure url=\"x\"/>", "<!DOCTYPE rss>", "<?xml version=\"1.0\"?>", "<author>", "</author>", "@a", "#b"};

  @Property(tries = 200)
  void arbitraryTextNeverBreaksTheReader(@ForAll("feedish") String content) {
    readQuietly(content.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 200)
  void arbitraryBytesNeverBreakTheReader(@ForAll byte[] content) {
    readQuietly(content);
  }

  @Provide
  Arbitrary<String> feedish() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(8));
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  private void readQuietly(byte[] content) {
    try {
      new FeedSource().read(SourceInput.ofBytes("fuzz.xml", content), new CollectingSink());
    } catch (UnreadableInputException expected) {
      // a document that is not a well-formed feed as a whole is allowed to be refused
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
