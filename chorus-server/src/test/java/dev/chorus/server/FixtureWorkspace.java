package dev.chorus.server;

import dev.chorus.post.Annotations;
import dev.chorus.post.AnnotatorStamp;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A small made-up workspace: English, Persian, Arabic and Hebrew posts on two platforms over four days (one day
 * without posts on X), a labelled post, hostile posts whose text is markup, two accounts on Mastodon that repost the
 * same two posts with the same two links within seconds of each other (a coordinated pair), cohort labels, a codebook with one event inside
 * the span, one rejects file and one model card.
 */
public final class FixtureWorkspace implements AutoCloseable {
  public static final String XSS_IMG = "<img src=x onerror=\"window.__xss=1\">";
  public static final String XSS_SCRIPT = "<script>window.__xss=2</script>";

  /** Posts in the fixture. */
  public static final int POSTS = 18;
  /** The accounts that share the same links within seconds. */
  public static final List<String> COORDINATED = List.of("u_c1", "u_c2");

  static final String CODEBOOK = """
      version: "test.1"
      debate: Made-up debate for the dashboard tests
      targets:
        - id: talks
          name: The talks
          description: Negotiations.
          stances: {favor: For the talks., against: Against the talks., none: No position.}
      frames:
        - {id: sovereignty, name: Sovereignty, names: {fa: حاکمیت, de: Souveränität}, camp: any,
           definition: Independence., examples: {en: [our own way]}}
        - {id: security, name: Security, camp: any, definition: Safety., examples: {en: [keep us safe]}}
      actors: []
      cohorts:
        - {id: hawks, name: Hawks, description: Against the talks., members: [], rules: []}
        - {id: doves, name: Doves, description: For the talks., members: [], rules: []}
      events:
        - {id: round-1, date: 2025-04-03, title: First round in Muscat, description: The first meeting.}
      """;

  public final Workspace workspace;
  public final PostStore store;

  public FixtureWorkspace(Path dir) throws IOException {
    workspace = new Workspace(dir);
    workspace.create();
    Files.writeString(dir.resolve("codebook.yaml"), CODEBOOK);
    try (PostStore w = workspace.openStore(true)) {
      for (int i = 0; i < 6; i++) {
        w.upsert(post(Platform.X, "en" + i, "2025-04-0" + (i % 2 == 0 ? 1 : 3) + "T1" + i + ":00:00Z", "en",
            "New round of talks in Muscat, report " + i, List.of(i % 2 == 0 ? "NoDeal" : "Diplomacy"), null));
      }
      for (int i = 0; i < 3; i++) {
        w.upsert(post(Platform.TELEGRAM, "fa" + i, "2025-04-02T0" + i + ":00:00Z", "fa",
            "مذاکره با آمریکا ادامه دارد " + i, List.of("نه_به_مذاکره"), null));
      }
      w.upsert(post(Platform.TELEGRAM, "ar0", "2025-04-04T08:00:00Z", "ar", "المفاوضات النووية تستأنف في مسقط",
          List.of("المفاوضات"), null));
      w.upsert(post(Platform.X, "he0", "2025-04-04T09:00:00Z", "he", "השיחות עם איראן נמשכות", List.of(), null));
      w.upsert(post(Platform.X, "xss1", "2025-04-04T10:00:00Z", "en", "talks " + XSS_IMG, List.of("NoDeal"), null));
      w.upsert(post(Platform.X, "xss2", "2025-04-04T11:00:00Z", "en", "talks " + XSS_SCRIPT, List.of(),
          "javascript:window.__xss=3"));
      Annotations labels = Annotations.EMPTY
          .with("stance:talks", List.of(Label.ofProbabilities("against", 0.83, "stance-test",
                  java.util.Map.of("against", 0.83, "favor", 0.05, "none", 0.12))),
              new AnnotatorStamp("stance-test", "1", "abc"), null)
          .with("frame", List.of(new Label("sovereignty", 0.61, "frame-test")), null, null);
      w.upsert(post(Platform.X, "lab1", "2025-04-04T12:00:00Z", "en", "No deal with the regime, stop the talks",
          List.of("NoDeal"), null).toBuilder().annotations(labels.with("cohort",
              List.of(new Label("hawks", 1.0, "cohort")), null, null)).build());
      for (int i = 0; i < 4; i++) {
        String account = COORDINATED.get(i % 2);
        String at = "2025-04-0" + (i < 2 ? 2 : 3) + "T09:00:" + (i % 2 == 0 ? "00" : "20") + "Z";
        Post p = post(Platform.MASTODON, "m" + i, at, "de", "Lest das " + i, List.of("Sanktionen"), null);
        w.upsert(p.toBuilder().author(Author.of(account, null, null)).kind(PostKind.REPOST)
            .sharedPostId("mastodon:original-" + (i / 2))
            .urls(List.of("https://example.net/story-" + (i / 2))).annotations(Annotations.EMPTY.with("cohort",
                List.of(new Label(i % 2 == 0 ? "hawks" : "doves", 1.0, "cohort")), null, null)).build());
      }
      w.commit();
    }
    Files.createDirectories(workspace.rejectsDir());
    Files.writeString(workspace.rejectsDir().resolve("ingest-2025.ndjson"),
        "{\"file\":\"a.json\",\"record\":3,\"reason\":\"field 'created_at': missing\",\"raw\":\"{}\"}\n"
            + "{\"file\":\"b.json\",\"record\":0,\"reason\":\"truncated document\",\"raw\":\"\"}\n");
    Path cards = Files.createDirectories(workspace.modelsDir().resolve("stance"));
    Files.writeString(cards.resolve("talks.card.json"), "{\"name\": \"stance:talks\", \"examples\": 120, "
        + "\"threshold\": 0.55, \"cross_validation\": {\"f_avg\": 0.61}, "
        + "\"development\": {\"reliability\": {\"ece\": 0.041, \"bins\": []}}}");
    store = workspace.openStore(false);
  }

  static Post post(Platform platform, String id, String created, String lang, String text, List<String> tags,
      String url) {
    return Post.builder(platform, id).kind(PostKind.POST).author(Author.of("u_" + id, null, null))
        .createdAt(Instant.parse(created)).lang(lang).text(text).hashtags(tags).synthetic(true)
        .url(url != null ? url : "https://example.org/" + id).build();
  }

  public ChorusApi api(boolean allowLabelling) throws IOException {
    return new ChorusApi(workspace, store, null, "test", allowLabelling);
  }

  /** A started server on a free loopback port. */
  public ChorusServer server(String token) throws IOException {
    return server(token, false);
  }

  public ChorusServer server(String token, boolean allowLabelling) throws IOException {
    return new ChorusServer(api(allowLabelling), new ServerOptions("127.0.0.1", 0, new AccessPolicy(token),
        allowLabelling), System.err).start();
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
