package dev.chorus.source.coortweet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class CooRTweetSourcePropertyTest {
  private final CooRTweetSource source = new CooRTweetSource();

  @Property(tries = 200)
  void arbitraryRowsNeverBreakTheReader(
      @ForAll @StringLength(max = 300) @Chars({'1', '9', ',', '"', '\n', '#', 'h', 't', 'p', 's', ':', '/', '_', ' '})
          String body,
      @ForAll boolean postTable) throws IOException {
    String header = postTable ? "account_id,post_id,url_id,hashtag_id,domain_id,phash_id,timestamp\n"
        : "object_id,account_id,content_id,timestamp_share\n";
    CollectingSink sink = new CollectingSink();
    try {
      source.read(SourceInput.ofString("any.csv", header + body), sink);
    } catch (UnreadableInputException e) {
      assertThat(sink.posts).isEmpty();
    }
  }
}
