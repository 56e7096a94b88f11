package dev.chorus.ingest;

import dev.chorus.annotate.AnnotationChain;
import dev.chorus.dimension.PostDimensions;
import dev.chorus.post.Post;
import dev.chorus.post.PostRole;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.RawRecordScrubber;
import dev.chorus.source.RecordSink;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceReads;
import dev.chorus.source.SourceRegistry;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.InputLimitException;
import dev.chorus.source.input.InputLimits;
import dev.chorus.store.CommitCadence;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads files into the store, pseudonymising and annotating every post on the way, on every core ({@link
 * IngestLanes}). Commits as its {@link CommitCadence} says and at the end, so a killed run loses at most what it read
 * since its last commit, and re-running the same ingest completes it without duplicates (upserts are idempotent).
 */
public final class IngestService {
  /** Posts read between two progress reports to the listener. */
  static final int PROGRESS_EVERY = 4_096;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final SourceRegistry registry;
  private final Pseudonymizer pseudonymizer;
  private final AnnotationChain chain;
  private final RawRecordScrubber scrubber;
  private final PostStore store;
  private final Path rejectsDir;
  private final Path runsDir;
  private final Clock clock;
  private InputLimits limits = InputLimits.current();
  private InputStream stdin = System.in;
  private CommitCadence cadence = CommitCadence.DEFAULT;

  public IngestService(SourceRegistry registry, Pseudonymizer pseudonymizer, AnnotationChain chain, PostStore store,
      Path rejectsDir, Clock clock) {
    this(registry, pseudonymizer, chain, store, rejectsDir, null, clock);
  }

  /** {@code runsDir}: where each run's {@link RunLog} is written; null for none. */
  public IngestService(SourceRegistry registry, Pseudonymizer pseudonymizer, AnnotationChain chain, PostStore store,
      Path rejectsDir, Path runsDir, Clock clock) {
    this.registry = registry;
    this.pseudonymizer = pseudonymizer;
    this.chain = chain;
    this.scrubber = new RawRecordScrubber(pseudonymizer);
    this.store = store;
    this.rejectsDir = rejectsDir;
    this.runsDir = runsDir;
    this.clock = clock;
  }

  /** Reads {@code -} from this stream instead of {@link System#in}; returns this service. */
  public IngestService withStdin(InputStream in) {
    this.stdin = in;
    return this;
  }

  /** Commits as {@code commitCadence} says instead of {@link CommitCadence#DEFAULT}; returns this service. */
  public IngestService withCommitCadence(CommitCadence commitCadence) {
    this.cadence = commitCadence;
    return this;
  }

  /** Reads with these limits instead of the process's ({@link InputLimits#current}); returns this service. */
  public IngestService withInputLimits(InputLimits inputLimits) {
    this.limits = inputLimits;
    return this;
  }

  /**
   * Ingests files, folders (recursively, hidden files skipped, in name order) and zip archives (their entries like a
   * folder's files); compressed files are read as they are.
   *
   * @param format source id forced for every file, or null to detect each file's format
   * @param options source options (see {@link Source#configure})
   * @param synthetic mark every post as synthetic (generated or made-up data such as the demo sample)
   */
  public IngestSummary ingest(List<Path> paths, String format, Map<String, String> options, boolean synthetic,
      IngestListener listener) throws IOException {
    Source forced = format == null ? null : registry.require(format).configure(options);
    if (format == null && !options.isEmpty()) {
      throw new IllegalArgumentException("source options need --format");
    }
    Instant started = clock.instant();
    try (InputFiles.Spool spool = new InputFiles.Spool(stdin)) {
      List<InputFiles.InputFile> files = InputFiles.expand(paths, limits, spool);
      Map<Path, String> names = InputFiles.names(paths, files.stream().map(InputFiles.InputFile::path).toList());
      Outcome outcome = run(files.size(), synthetic, listener, started, r -> {
        for (InputFiles.InputFile file : files) {
          ingestFile(file.path(), file.input(), forced, r, names.getOrDefault(file.path(), file.path().toString()));
          r.flush();
        }
      });
      if (runsDir != null) {
        Path log = runsDir.resolve("ingest-" + STAMP.format(started) + ".json");
        try {
          RunLog.of(outcome.summary(), started, clock.instant(), outcome.perFile()).write(log);
        } catch (IOException e) {
          throw WriteFailure.of("the run log " + log, e, String.format("all %,d posts are committed in %s; only "
              + "this run's log (read by coverage) is missing", outcome.summary().posts(), store.location()));
        }
      }
      return outcome.summary();
    }
  }

  /**
   * Ingests inputs that are not files (a collector's response bodies), each read by {@code source}, through the same
   * pseudonymisation, annotation, store and rejects as files; each input's name is its provenance. Writes no run
   * log: the caller records the run with what it knows besides (requests, cursors).
   */
  public IngestSummary ingestInputs(List<SourceInput> inputs, Source source, boolean synthetic,
      IngestListener listener) throws IOException {
    return run(inputs.size(), synthetic, listener, clock.instant(), r -> {
      for (SourceInput input : inputs) {
        String failure = read(input, input.name(), input.name(), source, r);
        if (failure != null) {
          r.fail(input.name(), input.name(), failure);
        }
        r.flush();
      }
    }).summary();
  }

  /** What one run does with its inputs, between opening the indexer and rejects file and committing. */
  private interface RunBody {
    void feed(Run run) throws IOException;
  }

  /** A run's summary and what each input gave (for the run log). */
  private record Outcome(IngestSummary summary, List<RunLog.FileCounts> perFile) {}

  private Outcome run(int inputs, boolean synthetic, IngestListener listener, Instant started, RunBody body)
      throws IOException {
    try (IngestLanes lanes = new IngestLanes(store, p -> chain.annotate(pseudonymizer.apply(p)));
        RejectsFile rejects = new RejectsFile(rejectsDir.resolve("ingest-" + STAMP.format(started) + ".ndjson"))) {
      Run run = new Run(rejects, listener, started, synthetic, lanes);
      run.committed = store.count();
      body.feed(run);
      long posts = run.commit();
      listener.committed(posts);
      long referenced = store.count(PostQuery.all().with(PostDimensions.ROLE.id(), PostRole.REFERENCED.id()));
      IngestLanes.Counts c = lanes.counts();
      return new Outcome(new IngestSummary(inputs, run.read(), c.added(), c.updated(), c.duplicates(),
          run.rejectedRecords, run.failures, posts - referenced, referenced, rejects.pathIfWritten(),
          run.notes.encodingReplaced(), run.notes.encodingFiles(), run.notes.topReasons(), c.unchanged()),
          List.copyOf(run.perFile.values()));
    }
  }

  /** {@code stored}: the file's name as the workspace keeps it (relative to the path it was found under). */
  private void ingestFile(Path file, SourceInput input, Source forced, Run run, String stored) throws IOException {
    String failure;
    try {
      Source source = forced == null ? registry.detect(input) : forced;
      run.listener.fileStarted(file, source.id());
      failure = read(input, file.toString(), stored, source, run);
    } catch (UnreadableInputException | InputLimitException e) {
      failure = e.getMessage();
    } catch (IOException e) {
      failure = file + ": cannot read: " + e.getMessage();
    }
    if (failure != null) {
      String reason = failure.startsWith(input.name()) ? failure : input.name() + ": " + failure;
      run.fail(file.toString(), stored, reason);
      run.listener.fileFailed(file, reason);
    }
  }

  /**
   * Reads one input into the run ({@code given}: its name as the user gave it, {@code stored}: as provenance keeps
   * it); returns why it could not be read as a whole, or null.
   */
  private static String read(SourceInput input, String given, String stored, Source source, Run run)
      throws IOException {
    try {
      SourceReads.read(source, input, run.sinkFor(given, stored, source.id()));
      return null;
    } catch (UnreadableInputException | InputLimitException e) {
      return e.getMessage();
    } catch (IOException e) {
      return input.name() + ": cannot read: " + e.getMessage();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Counters and state of one run. */
  private final class Run {
    final RejectsFile rejects;
    final IngestListener listener;
    final Instant ingestedAt;
    final boolean synthetic;
    final List<IngestSummary.FileFailure> failures = new ArrayList<>();
    final RunNotes notes = new RunNotes();
    /** Per file, records read and rejected (counted where they are parsed, so cheap). */
    final Map<String, RunLog.FileCounts> perFile = new java.util.LinkedHashMap<>();
    long rejectedRecords;
    /** Posts handed to the lanes, and the posts and time since the last commit. */
    long handed;
    final CommitCadence.Since sinceCommit = cadence.start(clock::millis);
    /** Posts in the store at the last commit: what a failed write leaves intact. */
    long committed;
    final IngestLanes lanes;

    Run(RejectsFile rejects, IngestListener listener, Instant ingestedAt, boolean synthetic, IngestLanes lanes) {
      this.lanes = lanes;
      this.synthetic = synthetic;
      this.rejects = rejects;
      this.listener = listener;
      this.ingestedAt = ingestedAt;
    }

    /** {@code given}: the file as the user named it (summary, notes); {@code name}: as the workspace keeps it. */
    void fail(String given, String name, String reason) throws IOException {
      failures.add(new IngestSummary.FileFailure(given, reason));
      RunLog.FileCounts c = perFile.get(name);
      perFile.put(name, new RunLog.FileCounts(name, c == null ? null : c.format(),
          c == null ? 0 : c.read(), c == null ? 0 : c.rejected(), reason));
      rejects.write(name, 0, reason, "");
      notes.failed(given, reason);
    }

    RecordSink sinkFor(String given, String name, String format) {
      perFile.put(name, new RunLog.FileCounts(name, format, 0, 0, null));
      return new RecordSink() {
        @Override
        public void post(long recordNumber, Post post) {
          Post withProvenance = PostStamp.apply(post, name, recordNumber, format, ingestedAt, synthetic);
          count(name, 1, 0);
          try {
            handOver(withProvenance);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void reject(long recordNumber, String rawReason, String rawExcerpt) {
          String reason = scrubber.scrubReason(rawReason); // a reason may quote a value of the record
          rejectedRecords++;
          count(name, 1, 1);
          notes.rejected(reason);
          listener.recordRejected(rejectedRecords);
          try {
            rejects.write(name, recordNumber, reason, scrubber.scrub(rawExcerpt));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void undecodableBytes(long recordNumber, long line) {
          notes.undecodableBytes(given, line); // the summary names files as the user gave them
        }
      };
    }

    private void count(String file, long read, long rejected) {
      RunLog.FileCounts c = perFile.get(file);
      perFile.put(file, new RunLog.FileCounts(file, c.format(), c.read() + read, c.rejected() + rejected,
          c.failure()));
    }

    /** Records read so far: the posts stored and the records rejected (exact once the lanes are drained). */
    long read() {
      return lanes.counts().posts() + rejectedRecords;
    }

    /** Hands a post to its lane; commits when the cadence says, reports progress now and then. */
    private void handOver(Post post) throws IOException {
      try {
        lanes.add(post);
      } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
        throw storeFailure(e);
      }
      handed++;
      if (sinceCommit.postAdded()) {
        listener.committed(commit());
      }
      if (handed % PROGRESS_EVERY == 0) {
        listener.postsRead(read());
      }
    }

    /** Waits until everything handed over is stored (nothing is stored until more is handed over). */
    void flush() throws IOException {
      try {
        lanes.drain();
      } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
        throw storeFailure(e);
      }
      listener.postsRead(read());
    }

    /**
     * Commits what was read so far: waits until it is stored, then has the lanes write its segments ({@link
     * IngestLanes#writeBuffers}) while this thread appends the new pseudonyms to the reveal ledger (so that every
     * committed pseudonym can be revealed; the lanes wait for neither), then commits.
     */
    long commit() throws IOException {
      flush();
      try {
        lanes.writeBuffers(pseudonymizer::flushLedger);
        committed = store.commit();
        sinceCommit.committed();
      } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
        throw storeFailure(e);
      }
      return committed;
    }

    /**
     * A write to the store failed (disk full, read-only, ...): says where, and what is intact. Lucene writes a commit
     * whole or not at all, so the last commit survives; rerunning the same ingest is idempotent.
     */
    private IOException storeFailure(Exception e) {
      if (e instanceof WriteFailure w) {
        return w;
      }
      return WriteFailure.of(store.location(), e, String.format("the %,d posts of its last commit are intact (a "
          + "commit is written whole or not at all); free space and run the same ingest again: it completes the "
          + "run without duplicates", committed));
    }
  }
}
