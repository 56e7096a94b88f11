package dev.chorus.cli;

import dev.chorus.export.PostCsv;
import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import dev.chorus.store.PostStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code chorus export --format ndjson|csv --out FILE [filters]}: pseudonymised posts, oldest first; CSV in the columns
 * of the API's export ({@link PostCsv}).
 */
@Command(name = "export", description = "Write the matching posts (pseudonymised) as NDJSON or CSV.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;
  @Mixin FilterOptions filters;

  @Option(names = "--format", required = true, description = "ndjson or csv.")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
  Path out;

  @Option(names = "--query", paramLabel = "QUERY", description = "Lucene query to narrow the export.")
  String query;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("ndjson") && !format.equals("csv")) {
      throw new IllegalArgumentException("--format must be ndjson or csv, not '" + format + "'");
    }
    Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
    AtomicLong n = new AtomicLong();
    try (PostStore store = parent.workspace().openStore(false);
        BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      if (format.equals("ndjson")) {
        PostJson pj = new PostJson();
        store.forEach(filters.toQuery(query), p -> write(w, pj.write(p) + "\n", n));
      } else {
        try (PostCsv csv = new PostCsv(w)) {
          store.forEach(filters.toQuery(query), p -> printCsv(csv, p, n));
        }
      }
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    spec.commandLine().getErr().printf("exported %,d posts to %s%n", n.get(), out);
    return ExitCodes.OK;
  }

  private static void write(BufferedWriter w, String s, AtomicLong n) {
    try {
      w.write(s);
      n.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void printCsv(PostCsv csv, Post p, AtomicLong n) {
    try {
      csv.write(p);
      n.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
