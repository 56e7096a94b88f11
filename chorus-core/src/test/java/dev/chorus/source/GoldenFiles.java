package dev.chorus.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden-file check for sources: reads a fixture under {@code src/test/resources/sources/}, renders every post and
 * reject as pretty JSON and compares with {@code <fixture>.golden.json} beside it. Run the tests with
 * {@code -Dchorus.golden.update=true} to (re)write the golden files, then review the diff before committing.
 */
public final class GoldenFiles {
  private static final Path ROOT = Path.of("src/test/resources/sources");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final PostJson POST_JSON = new PostJson();

  private GoldenFiles() {}

  /** Collects what a source emits. */
  public static final class CollectingSink implements RecordSink {
    public final List<Long> postRecords = new ArrayList<>();
    public final List<Post> posts = new ArrayList<>();
    public final List<String> rejects = new ArrayList<>();

    @Override
    public void post(long recordNumber, Post post) {
      postRecords.add(recordNumber);
      posts.add(post);
    }

    @Override
    public void reject(long recordNumber, String reason, String rawExcerpt) {
      rejects.add(recordNumber + ": " + reason);
    }
  }

  public static CollectingSink read(Source source, String fixture) {
    Path file = ROOT.resolve(fixture);
    CollectingSink sink = new CollectingSink();
    try {
      source.read(SourceInput.of(file), sink);
    } catch (IOException | UnreadableInputException e) {
      throw new AssertionError("reading " + file + " failed: " + e.getMessage(), e);
    }
    return sink;
  }

  /** Reads {@code fixture} with {@code source} and compares the result with the golden file. */
  public static CollectingSink check(Source source, String fixture) {
    CollectingSink sink = read(source, fixture);
    String actual = render(sink);
    Path golden = ROOT.resolve(fixture + ".golden.json");
    try {
      if (Boolean.getBoolean("chorus.golden.update") || !Files.exists(golden)) {
        if (!Boolean.getBoolean("chorus.golden.update")) {
          throw new AssertionError("no golden file " + golden + "; run with -Dchorus.golden.update=true");
        }
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual).as("output of %s for %s vs %s", source.id(), fixture, golden)
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink;
  }

  static String render(CollectingSink sink) {
    try {
      ObjectNode root = MAPPER.createObjectNode();
      ArrayNode posts = root.putArray("posts");
      for (int i = 0; i < sink.posts.size(); i++) {
        ObjectNode entry = posts.addObject();
        entry.put("record", sink.postRecords.get(i));
        JsonNode post = MAPPER.readTree(POST_JSON.write(sink.posts.get(i)));
        entry.set("post", post);
      }
      ArrayNode rejects = root.putArray("rejects");
      sink.rejects.forEach(rejects::add);
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
