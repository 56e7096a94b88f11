package dev.chorus.source.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.source.FileSniff;
import dev.chorus.source.GoldenFiles;
import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceRegistry;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TelegramExportSourceTest {
  private static final Path FIXTURES = Path.of("src/test/resources/sources/telegram");
  private final TelegramExportSource source = new TelegramExportSource();

  @Test
  void goldenChannel() {
    GoldenFiles.check(source, "telegram/channel.json");
  }

  @Test
  void goldenGroup() {
    GoldenFiles.check(source, "telegram/group.json");
  }

  @Test
  void goldenAccount() {
    GoldenFiles.check(source, "telegram/account.json");
  }

  @Test
  void channelPostsAreMappedFieldByField() {
    CollectingSink sink = GoldenFiles.read(source, "telegram/channel.json");
    Map<String, Post> posts = byNativeId(sink);

    // service messages 101 and 109 are skipped silently; 106 (bad date) is rejected
    assertThat(posts).containsOnlyKeys("1500000001/102", "1500000001/103", "1500000001/104", "1500000001/105",
        "1500000001/107", "1500000001/108");
    assertThat(sink.rejects).containsExactly("6: field 'date_unixtime': not a date: '17155O4400'");

    Post plain = posts.get("1500000001/102");
    assertThat(plain.id()).isEqualTo("telegram:1500000001/102");
    assertThat(plain.kind()).isEqualTo(PostKind.POST);
    assertThat(plain.createdAt()).isEqualTo(Instant.parse("2024-05-12T06:00:00Z")); // date_unixtime, not local date
    assertThat(plain.author().id()).isEqualTo("channel1500000001");
    assertThat(plain.author().displayName()).isEqualTo("Vienna Talks Monitor");
    assertThat(plain.engagement().likes()).isEqualTo(15L);
    assertThat(plain.engagement().shares()).isNull();
    assertThat(plain.url()).isNull();
    assertThat(plain.lang()).isNull();

    Post rich = posts.get("1500000001/103");
    assertThat(rich.text()).startsWith("گزارش: دور تازه").contains("ایران‌اینترنشنال").endsWith("فوری");
    assertThat(rich.hashtags()).containsExactly("مذاکرات_مسقط", "ایران");
    assertThat(rich.mentions()).containsExactly("vienna_talks_chat");
    assertThat(rich.urls()).containsExactly("https://iranintl.com/fa/202405120001");
    assertThat(rich.editedAt()).isEqualTo(Instant.parse("2024-05-12T07:40:00Z"));
    assertThat(rich.engagement().likes()).isNull();

    Post photo = posts.get("1500000001/105");
    assertThat(photo.text()).isEmpty();
    assertThat(photo.media()).containsExactly("photos/photo_1@12-05-2024_13-10-00.jpg");

    Post unsigned = posts.get("1500000001/107");
    assertThat(unsigned.author().id()).isEqualTo("channel1500000001");
    assertThat(unsigned.author().displayName()).isEqualTo("Vienna Talks Monitor");
    assertThat(unsigned.createdAt()).isEqualTo(Instant.parse("2024-05-12T14:00:00Z"));
  }

  @Test
  void forwardsAreRepostsThatShareOneIdAcrossExports() {
    Post inChannel = byNativeId(GoldenFiles.read(source, "telegram/channel.json")).get("1500000001/104");
    Post inPersonalChat = byNativeId(GoldenFiles.read(source, "telegram/account.json")).get("5000000004/301");

    assertThat(inChannel.kind()).isEqualTo(PostKind.REPOST);
    assertThat(inChannel.sharedPostId()).startsWith("telegram:fwd:").hasSize("telegram:fwd:".length() + 32);
    assertThat(inPersonalChat.sharedPostId()).isEqualTo(inChannel.sharedPostId());
    assertThat(inChannel.mentions()).containsExactly("channel1600000002");
    assertThat(inChannel.hashtags()).containsExactly("مسقط");
    assertThat(inChannel.text()).startsWith("عُمان تستضيف");
  }

  @Test
  void forwardFromHiddenSenderKeysOnTheNameAndKeepsTheThumbnailOfASkippedVideo() {
    Post post = byNativeId(GoldenFiles.read(source, "telegram/channel.json")).get("1500000001/108");
    assertThat(post.kind()).isEqualTo(PostKind.REPOST);
    assertThat(post.sharedPostId()).startsWith("telegram:fwd:");
    assertThat(post.mentions()).isEmpty();
    assertThat(post.media()).containsExactly("video_files/clip_1.mp4_thumb@12-05-2024_14-50-00.jpg");
  }

  @Test
  void forwardWithOriginalMessageIdPointsAtTheOriginal() throws Exception {
    CollectingSink sink = read("""
        {"name": "C", "type": "public_channel", "id": 42, "messages": [
          {"id": 7, "type": "message", "date_unixtime": "1715493600", "from": "C", "from_id": "channel42",
           "forwarded_from": "Gulf Policy Desk", "forwarded_from_id": "channel1600000002",
           "forwarded_from_message_id": 915, "text": "x"},
          {"id": 8, "type": "message", "date_unixtime": "1715493600", "from": "C", "from_id": "channel42",
           "forwarded_from": null, "photo": "photos/p.jpg", "text": ""}
        ]}""");
    assertThat(sink.posts.get(0).sharedPostId()).isEqualTo("telegram:1600000002/915");
    // a forwarded photo from a hidden sender: a repost whose original cannot be identified
    assertThat(sink.posts.get(1).kind()).isEqualTo(PostKind.REPOST);
    assertThat(sink.posts.get(1).sharedPostId()).isNull();
  }

  @Test
  void repliesPointIntoTheirChatOrTheNamedPeer() {
    Map<String, Post> posts = byNativeId(GoldenFiles.read(source, "telegram/group.json"));
    Post sameChat = posts.get("1700000003/203");
    assertThat(sameChat.kind()).isEqualTo(PostKind.REPLY);
    assertThat(sameChat.replyToId()).isEqualTo("telegram:1700000003/202");
    assertThat(sameChat.urls()).containsExactly("https://fm.gov.om/en/news/readout-may-12",
        "https://state.gov/briefings?id=77");

    Post otherChat = posts.get("1700000003/204");
    assertThat(otherChat.replyToId()).isEqualTo("telegram:1500000001/103");
    assertThat(otherChat.author().id()).isEqualTo("user5000000003");
    assertThat(otherChat.author().displayName()).isNull();
    assertThat(otherChat.mentions()).containsExactly("user5000000001");
    assertThat(otherChat.hashtags()).containsExactly("نه_به_جنگ");
    assertThat(otherChat.engagement().likes()).isEqualTo(3L);
  }

  @Test
  void accountExportReadsChatsAndLeftChatsWithRecordNumbersAcrossTheFile() {
    CollectingSink sink = GoldenFiles.read(source, "telegram/account.json");
    assertThat(sink.posts).extracting(Post::nativeId)
        .containsExactly("5000000004/301", "5000000004/302", "800000005/402", "1800000006/501");
    assertThat(sink.postRecords).containsExactly(1L, 2L, 4L, 5L);
    assertThat(sink.rejects).isEmpty();
    assertThat(sink.posts.get(2).urls()).containsExactly("https://armscontrol.org/factsheets/JCPOA-at-a-glance");
    assertThat(sink.posts.get(3).hashtags()).containsExactly("IranTalks");
  }

  @Test
  void badRecordsAreRejectedNamingTheFieldAndReadingGoesOn() throws Exception {
    CollectingSink sink = read("""
        {"name": "G", "type": "private_group", "id": 9, "messages": [
          {"id": 1, "type": "message", "date_unixtime": "1715493600", "from_id": "user1", "text": "ok"},
          {"id": 2, "type": "message", "date": "yesterday", "from_id": "user1", "text": "no date"},
          {"id": 3, "type": "message", "date_unixtime": "1715493600", "text": "who?"},
          {"type": "message", "date_unixtime": "1715493600", "from_id": "user1", "text": "no id"},
          {"id": 5, "type": "message", "date_unixtime": "1715493600", "from_id": "user1", "text": {"x": 1}},
          42,
          {"id": 7, "type": "service", "date_unixtime": "1715493600", "action": "phone_call"},
          {"id": 8, "type": "message", "date_unixtime": "1715493600", "from_id": "user2", "text": "also ok"}
        ]}""");
    assertThat(sink.posts).extracting(Post::nativeId).containsExactly("9/1", "9/8");
    assertThat(sink.postRecords).containsExactly(1L, 8L);
    assertThat(sink.rejects).containsExactly(
        "2: field 'date': not a date: 'yesterday'",
        "3: field 'from_id': missing",
        "4: field 'id': missing",
        "5: field 'text': neither a string nor an array of text parts",
        "6: message is not a JSON object");
  }

  @Test
  void truncatedFileIsUnreadableAndEmitsNothing() throws Exception {
    String whole = Files.readString(FIXTURES.resolve("channel.json"), StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    SourceInput input = SourceInput.ofString("result.json", whole.substring(0, whole.length() * 2 / 3));
    assertThatThrownBy(() -> source.read(input, sink)).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("result.json").hasMessageContaining("not well-formed JSON");
    assertThat(sink.posts).isEmpty();
    assertThat(sink.rejects).isEmpty();
  }

  @Test
  void wrongShapesAreUnreadable() {
    assertUnreadable("[{\"id\": 1}]", "expected a JSON object");
    assertUnreadable("{\"about\": \"x\", \"personal_information\": {\"user_id\": 1}}", "no \"messages\" array");
    assertUnreadable("{\"name\": \"C\", \"messages\": {\"id\": 1}}", "no \"messages\" array");
    assertUnreadable("", "empty file");
  }

  @Test
  void detectsItsOwnShapes() throws IOException {
    for (String fixture : List.of("channel.json", "group.json")) {
      assertThat(source.detect(FileSniff.of(SourceInput.of(FIXTURES.resolve(fixture))))).isEqualTo(95);
    }
    assertThat(source.detect(FileSniff.of(SourceInput.of(FIXTURES.resolve("account.json"))))).isEqualTo(95);
    // an account export whose head holds only personal data and a long contact list
    String accountHead = "{\n \"about\": \"Here is the data you requested.\",\n \"personal_information\": {\n"
        + "  \"user_id\": 5000000099,\n  \"first_name\": \"Chorus\"\n },\n \"contacts\": {\n  \"about\": \"x\",\n"
        + "  \"list\": [\n";
    assertThat(source.detect(FileSniff.of("result.json", accountHead.getBytes(StandardCharsets.UTF_8)))).isEqualTo(90);
  }

  @Test
  void leavesOtherFormatsAlone() {
    List<String> heads = List.of(
        "window.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\": \"1\", \"full_text\": \"hi\"}} ]",
        "{\"data\": [{\"id\": \"1\", \"text\": \"hi\"}], \"includes\": {\"users\": []}}",
        "{\"id\": \"1\", \"text\": \"hi\", \"created_at\": \"2024-01-01T00:00:00Z\"}\n{\"id\": \"2\"}",
        "{\"@context\": \"https://www.w3.org/ns/activitystreams\", \"type\": \"OrderedCollection\", \"orderedItems\": []}",
        "[{\"kind\": \"Listing\", \"data\": {\"children\": []}}]",
        "{\"messages\": [{\"role\": \"user\", \"content\": \"hello\"}]}",
        "id,text,created_at\n1,hello,2024-01-01",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>");
    for (String head : heads) {
      assertThat(source.detect(FileSniff.of("x.json", head.getBytes(StandardCharsets.UTF_8)))).as(head).isZero();
    }
  }

  @Test
  void isRegisteredAndDetectedByTheRegistry() throws Exception {
    SourceRegistry registry = SourceRegistry.loadDefault();
    assertThat(registry.require("telegram-export")).isInstanceOf(TelegramExportSource.class);
    assertThat(registry.detect(SourceInput.of(FIXTURES.resolve("account.json"))).id()).isEqualTo("telegram-export");
  }

  private void assertUnreadable(String content, String message) {
    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(() -> source.read(SourceInput.ofString("result.json", content), sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining(message);
    assertThat(sink.posts).isEmpty();
  }

  private CollectingSink read(String json) throws Exception {
    CollectingSink sink = new CollectingSink();
    source.read(SourceInput.ofString("result.json", json), sink);
    return sink;
  }

  private static Map<String, Post> byNativeId(CollectingSink sink) {
    return sink.posts.stream().collect(Collectors.toMap(Post::nativeId, Function.identity()));
  }
}
