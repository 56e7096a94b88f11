package dev.chorus.cli;

import dev.chorus.store.PostStore;
import dev.chorus.store.PostStores;
import dev.chorus.store.StoreOptions;
import dev.chorus.synthetic.SyntheticCampaign;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo workspace and its made-up material: the bundled format examples, a seeded synthetic campaign, synthetic
 * cohort members in the workspace's codebook, and made-up training labels. Everything it writes is synthetic.
 */
final class DemoWorkspace {
  static final String MARKER = ".chorus-demo";
  private static final long SEED = 20250401L;
  private static final int ACCOUNTS = 400;

  private final Workspace ws;
  private final long posts;
  private final SyntheticCampaign campaign = new SyntheticCampaign(SEED, ACCOUNTS);

  DemoWorkspace(Workspace ws, long posts) {
    this.ws = ws;
    this.posts = posts;
  }

  /**
   * The workspace a demo command fills: {@code --workspace} (or {@code CHORUS_WORKSPACE}), else {@code defaultDir};
   * with the store of {@code --store} when given (recorded in its {@code workspace.yaml}, so that later commands on
   * the workspace read it).
   */
  static Workspace chosen(ChorusCommand parent, String defaultDir) {
    boolean named = parent.workspaceOption != null || parent.env.containsKey(Workspace.ENV);
    Workspace ws = parent.workspace();
    return named ? ws : new Workspace(Path.of(defaultDir).toAbsolutePath(), ws.store());
  }

  /**
   * Deletes a previous demo workspace, and the store it filled when that lies outside it (an OpenSearch index);
   * refuses to touch a folder that is not a demo workspace, or to add the demo's posts to a store that already holds
   * posts no demo put there.
   */
  void recreate() throws IOException {
    Path root = ws.root();
    if (Files.exists(root.resolve(MARKER))) {
      java.net.URI previous = new Workspace(root).storeUri();
      if (PostStores.folder(previous, root).isEmpty()) {
        PostStores.delete(previous, root);
      }
    }
    deleteFolder(root);
    Files.createDirectories(root);
    Files.writeString(root.resolve(MARKER), "This folder was made by 'chorus demo' and is replaced by the next one.\n");
    refuseFilledStore();
  }

  /** A store outside the workspace that holds posts is someone's data: the demo does not mix its posts in. */
  private void refuseFilledStore() throws IOException {
    java.net.URI uri = ws.storeUri();
    if (PostStores.folder(uri, ws.root()).isPresent()) {
      return;
    }
    long held;
    try (PostStore store = PostStores.open(uri, new StoreOptions(ws.root(), false))) {
      held = store.count();
    } catch (dev.chorus.store.MissingIndexException e) {
      return;
    }
    if (held > 0) {
      throw new IllegalArgumentException("the store " + uri + " already holds " + held + " posts that no demo put "
          + "there; the demo fills a new or empty store: name another index with --store");
    }
  }

  private static void deleteFolder(Path root) throws IOException {
    if (Files.exists(root)) {
      boolean empty;
      try (Stream<Path> s = Files.list(root)) {
        empty = s.findAny().isEmpty();
      }
      if (!empty && !Files.exists(root.resolve(MARKER))) {
        throw new IllegalArgumentException(root + " exists and is not a demo workspace; "
            + "choose another folder with --workspace");
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * Fills the demo workspace's codebook cohorts with the synthetic campaign's camp accounts, so the camps view has
   * something to compare. Real cohorts are listed by analysts; these accounts and their camps are made up.
   */
  private void addSyntheticCohortMembers() throws IOException {
    ws.codebook(); // creates WORKSPACE/codebook.yaml from the bundled default
    Path file = dev.chorus.codebook.WorkspaceCodebook.file(ws.root());
    String yaml = Files.readString(file);
    for (var e : campaign.cohortMembers().entrySet()) {
      java.util.regex.Matcher m = java.util.regex.Pattern
          .compile("(- id: " + java.util.regex.Pattern.quote(e.getKey()) + "\\n(?:(?!  - id:)[\\s\\S])*?members: )\\[\\]")
          .matcher(yaml);
      if (m.find()) {
        yaml = yaml.substring(0, m.start()) + m.group(1) + "[" + String.join(", ", e.getValue())
            + "]  # synthetic demo accounts" + yaml.substring(m.end());
      }
    }
    Files.writeString(file, yaml);
  }

  /** Writes the sample (format examples and the synthetic campaign) and the demo cohorts; returns the folder. */
  Path writeSample() throws IOException {
    ws.create();
    Path dir = ws.root().resolve("sample");
    Files.createDirectories(dir);
    try (InputStream index = resource("demo/index.txt")) {
      for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (name.isBlank() || name.startsWith("#")) {
          continue;
        }
        try (InputStream in = resource("demo/" + name.trim())) {
          Path target = dir.resolve(name.trim());
          Files.createDirectories(target.getParent());
          Files.copy(in, target);
        }
      }
    }
    try (OutputStream o = Files.newOutputStream(dir.resolve("synthetic-campaign.x-api-v2.ndjson"))) {
      campaign.write(o, posts);
    }
    addSyntheticCohortMembers();
    return dir;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("bundled sample file missing from the build: " + name);
    }
    return in;
  }

  /** The synthetic campaign's own sentences with their (true by construction) stance, as a training file. */
  Path writeStanceLabels() throws IOException {
    Path file = labelsDir().resolve("synthetic-stance.csv");
    try (Writer w = Files.newBufferedWriter(file)) {
      SyntheticCampaign.writeStanceLabels(w);
    }
    return file;
  }

  /**
   * The codebook's example phrases as frame training data (text, frame id), each also with a hashtag and with an
   * exclamation, so the demo can show frame labels. A real project trains on coded posts.
   */
  Path writeFrameExamples() throws IOException {
    dev.chorus.codebook.Codebook codebook = ws.codebook();
    Path file = labelsDir().resolve("codebook-frame-examples.csv");
    try (var w = Files.newBufferedWriter(file);
        var csv = new org.apache.commons.csv.CSVPrinter(w,
            org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader("text", "frames").get())) {
      for (var frame : codebook.frames()) {
        for (var examples : frame.examples().values()) {
          for (String example : examples) {
            for (String variant : new String[] {example, example + " #IranTalks", example + "!"}) {
              csv.printRecord(variant, frame.id());
            }
          }
        }
      }
    }
    return file;
  }

  private Path labelsDir() throws IOException {
    return Files.createDirectories(ws.root().resolve("demo-labels"));
  }
}
