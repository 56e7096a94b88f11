package dev.chorus.source.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever comes in, the source emits posts/rejects or refuses the file; it never fails otherwise and never hangs. */
class TelegramExportPropertyTest {
  private final TelegramExportSource source = new TelegramExportSource();

  @Property(tries = 200)
  void arbitraryBytesNeverBreakTheSource(@ForAll byte[] bytes) throws Exception {
    readTolerantly(bytes);
  }

  @Property(tries = 200)
  void arbitraryMessagesInAValidSkeletonNeverBreakTheSource(@ForAll("messageish") String messages)
      throws Exception {
    String doc = "{\"about\": \"x\", \"chats\": {\"list\": [{\"name\": \"C\", \"type\": \"public_channel\", "
        + "\"id\": 7, \"messages\": [" + messages + "]}]}}";
    readTolerantly(doc.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> messageish() {
    Arbitrary<String> pieces = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"id\"", "\"type\"", "\"message\"",
        "\"service\"", "\"date_unixtime\"", "\"date\"", "\"1715493600\"", "\"from_id\"", "\"user1\"", "\"text\"",
        "\"text_entities\"", "\"hashtag\"", "\"#x\"", "\"href\"", "\"http://[::\"", "\"reactions\"", "\"count\"",
        "-1", "3", "1e400", "null", "true", "\"forwarded_from\"", "\"forwarded_from_id\"", "\"reply_to_message_id\"",
        "\"reply_to_peer_id\"", "\"photo\"", "\"(File not included.)\"", "\"mention_name\"", "\"user_id\"");
    Arbitrary<String> free = Arbitraries.strings().ofMaxLength(12).map(s -> "\"" + s.replace("\"", "") + "\"");
    return Arbitraries.oneOf(pieces, pieces, pieces, free).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  private void readTolerantly(byte[] bytes) throws Exception {
    CollectingSink sink = new CollectingSink();
    try {
      source.read(SourceInput.ofBytes("result.json", bytes), sink);
    } catch (UnreadableInputException e) {
      assertThat(sink.posts).as("nothing emitted before refusing the file").isEmpty();
    }
  }
}
