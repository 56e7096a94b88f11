package dev.chorus.source.reddit;

import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RedditDumpSourcePropertyTest {
  private static final String[] PIECES = {"{", "}", "[", "]", ",", ":", "\n", "\"kind\"", "\"Listing\"", "\"t1\"",
      "\"t3\"", "\"data\"", "\"children\"", "\"replies\"", "\"body\"", "\"title\"", "\"link_id\"", "\"parent_id\"",
      "\"t1_abc\"", "\"t3_x\"", "\"created_utc\"", "1744464000", "\"edited\"", "true", "null", "\"author\"",
      "\"[deleted]\"", "\"id\"", "\"crosspost_parent_list\"", "\"url\"", "\"/r/x\"", "-1e400", "\"[x](http://a)\""};

  @Property(tries = 200)
  void arbitraryTextNeverBreaksTheReader(@ForAll("redditish") String content) {
    readQuietly(content.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 200)
  void arbitraryBytesNeverBreakTheReader(@ForAll byte[] content) {
    readQuietly(content);
  }

  @Provide
  Arbitrary<String> redditish() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(8));
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  private void readQuietly(byte[] content) {
    try {
      new RedditDumpSource().read(SourceInput.ofBytes("fuzz.json", content), new CollectingSink());
    } catch (UnreadableInputException expected) {
      // a file that is not this format as a whole is allowed to be refused
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
