package dev.chorus.workspace;

import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import dev.chorus.privacy.RevealLedger;
import dev.chorus.store.MissingIndexException;
import dev.chorus.store.PostStore;
import dev.chorus.store.PostStores;
import dev.chorus.store.StoreOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The folders and files of one workspace.
 *
 * @param root the workspace folder
 * @param store the URL of the store to use instead of the one {@code workspace.yaml} names (the CLI's
 *     {@code --store}), or null
 */
public record Workspace(Path root, String store) {
  public static final String ENV = "CHORUS_WORKSPACE";
  /** The store URL to use instead of the workspace's own, when the CLI's {@code --store} is not given. */
  public static final String STORE_ENV = "CHORUS_STORE";
  public static final String DEFAULT_DIR = "chorus-data";

  /** A workspace that uses the store its {@code workspace.yaml} names. */
  public Workspace(Path root) {
    this(root, null);
  }

  /** This workspace with its posts in the store at {@code location} (a URL or folder), or its own store when null. */
  public Workspace withStore(String location) {
    if (location != null) {
      PostStores.parse(location); // an unreadable URL is named now, not at the first read
    }
    return new Workspace(root, location == null || location.isBlank() ? null : location.strip());
  }

  /** The workspace chosen by the option, else {@code CHORUS_WORKSPACE}, else {@code ./chorus-data}. */
  public static Workspace resolve(Path option, Map<String, String> env) {
    if (option != null) {
      return new Workspace(option.toAbsolutePath().normalize());
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new Workspace(Path.of(fromEnv).toAbsolutePath().normalize());
    }
    return new Workspace(Path.of(DEFAULT_DIR).toAbsolutePath().normalize());
  }

  /**
   * The folder of the workspace's embedded index: the one its store URL names ({@code index} by default), or
   * {@code index} when the store keeps its data elsewhere (a cluster).
   */
  public Path indexDir() {
    try {
      return PostStores.folder(storeUri(), root).orElse(root.resolve("index"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The URL of the store holding this workspace's posts: the one given ({@code --store}), else the one
   * {@code workspace.yaml} names (default {@code lucene:index}).
   */
  public URI storeUri() throws IOException {
    return PostStores.parse(store != null ? store : WorkspaceSettings.load(root).storeLocation());
  }

  /**
   * The time zone the workspace's analyses count days, weeks and hours in: {@code time_zone} of its
   * {@code workspace.yaml}, else UTC.
   */
  public java.time.ZoneId timeZone() throws IOException {
    return WorkspaceSettings.load(root).zone();
  }

  /** Sets the workspace's time zone in its {@code workspace.yaml}, keeping the rest of the file. */
  public void setTimeZone(java.time.ZoneId zone) throws IOException {
    Files.createDirectories(root);
    WorkspaceSettings.writeZone(root, zone);
  }

  /** Why the workspace's store was built by an older version and should be rewritten ({@code chorus reindex}). */
  public java.util.Optional<String> staleness() throws IOException {
    return PostStores.staleness(storeUri(), root);
  }

  public Path rejectsDir() {
    return root.resolve("rejects");
  }

  /** One JSON log per ingest run (counts, rejects, duplicates), read by coverage. */
  public Path runsDir() {
    return root.resolve("runs");
  }

  /** Accounts that may be shown by name, one a line. */
  public Path publicFiguresFile() {
    return root.resolve("public-figures.txt");
  }

  /**
   * Whether the embedded index folder exists; a store that keeps no folder here (a cluster index) counts as present,
   * and opening it says whether the index exists ({@link MissingIndexException}).
   */
  public boolean hasIndex() {
    try {
      java.util.Optional<Path> folder = PostStores.folder(storeUri(), root);
      return folder.isEmpty() || Files.isDirectory(folder.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates the folder with its settings ({@code workspace.yaml}: the store given, else the default) and public-figure
   * list, keeping existing ones.
   */
  public void create() throws IOException {
    create(null);
  }

  /**
   * Creates the folder as {@link #create()} does, its {@code workspace.yaml} naming {@code zone} (UTC when null); a
   * workspace that has settings keeps them.
   */
  public void create(java.time.ZoneId zone) throws IOException {
    Files.createDirectories(root);
    WorkspaceSettings.createIfMissing(root, store, zone);
    if (!Files.exists(publicFiguresFile())) {
      Files.writeString(publicFiguresFile(), """
          # Accounts shown by name instead of a pseudonym: officials, media outlets, organisations.
          # One handle a line (@name, name@instance for Mastodon), or platform:handle (x:StateDept).
          """);
    }
  }

  /**
   * Opens the workspace's store for ingest (one writer at a time) or for queries (which see the last commit and follow
   * the writer's later commits); reading takes no lock, so a server may read while an ingest writes. Reading a
   * workspace without an index throws {@link MissingIndexException} naming it, and creates nothing.
   */
  public PostStore openStore(boolean writable) throws IOException {
    try {
      return PostStores.open(storeUri(), new StoreOptions(root, writable));
    } catch (MissingIndexException e) {
      throw e.inWorkspace(root);
    }
  }

  /**
   * Opens the store to change posts already there ({@code annotate}): unlike an ingest, a missing embedded index is a
   * {@link MissingIndexException}, not a new empty one.
   */
  public PostStore openExistingStore() throws IOException {
    java.util.Optional<Path> folder = PostStores.folder(storeUri(), root);
    if (folder.isPresent() && !Files.isDirectory(folder.get())) {
      throw new MissingIndexException(folder.get(), "no index in " + folder.get()).inWorkspace(root);
    }
    return openStore(true);
  }

  /** Human coding: {@code codes.ndjson} and the training files made from it (see {@code dev.chorus.labelling}). */
  public Path labelsDir() {
    return root.resolve("labels");
  }

  /** Trained models (stance, frames) with their model cards. */
  public Path modelsDir() {
    return root.resolve("models");
  }

  /**
   * The codebook in force for this workspace: {@code WORKSPACE/codebook.yaml}, created from the bundled default the
   * first time a workspace is used; a workspace folder that does not exist yet reads the bundled default.
   */
  public dev.chorus.codebook.Codebook codebook() throws IOException {
    if (!Files.isDirectory(root)) {
      return dev.chorus.codebook.CodebookLoader.loadDefault();
    }
    return dev.chorus.codebook.WorkspaceCodebook.load(root).codebook();
  }

  /** The analysis chain for this workspace: every registered annotator that can run with its codebook and models. */
  public dev.chorus.annotate.AnnotationChain annotationChain(Map<String, String> env) throws IOException {
    return dev.chorus.annotate.AnnotationChain.load(
        new dev.chorus.annotate.AnnotatorContext(codebook(), modelsDir(), pseudonymizer(env)));
  }

  /**
   * The pseudonymiser for this workspace: the key from outside the workspace, its public-figure list, and its reveal
   * ledger (written only when an ingest commits, see {@link RevealLedger}).
   */
  public Pseudonymizer pseudonymizer(Map<String, String> env) throws IOException {
    PseudonymKey key = PseudonymKey.load(env);
    return new Pseudonymizer(key, PublicFigures.load(publicFiguresFile()), revealLedger(key));
  }

  /** Where the pseudonyms made in this workspace can be revealed by the key's holder ({@code chorus reveal}). */
  public RevealLedger revealLedger(PseudonymKey key) {
    return new RevealLedger(root.resolve(RevealLedger.FILE), key);
  }
}
