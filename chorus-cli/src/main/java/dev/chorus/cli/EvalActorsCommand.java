package dev.chorus.cli;

import dev.chorus.json.JsonConfig;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.annotate.actors.ActorsEvaluation;
import dev.chorus.codebook.Codebook;
import dev.chorus.codebook.CodebookLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chorus eval actors --data FILE.csv}: prints the {@link ActorsEvaluation} of the texts of a CSV file (actor
 * coverage by language, top actors, speed of the normaliser and the gazetteer).
 */
@Command(name = "actors", description = "Actor mentions found in a CSV of texts: coverage by language, top actors, speed.")
final class EvalActorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file with a header.")
  Path data;

  @Option(names = "--text-column", defaultValue = "text", description = "Column of the text (default ${DEFAULT-VALUE}).")
  String textColumn;

  @Option(names = "--lang-column", defaultValue = "lang",
      description = "Column of the language, code or English name; ignored when absent (default ${DEFAULT-VALUE}).")
  String langColumn;

  @Option(names = "--codebook", paramLabel = "FILE", description = "Codebook YAML (default: the bundled one).")
  Path codebookFile;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed passes; the fastest counts (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    var samples = ActorsEvaluation.read(data, textColumn, langColumn);
    Codebook codebook = codebookFile != null ? CodebookLoader.load(codebookFile) : CodebookLoader.loadDefault();
    ActorsEvaluation.Report r = new ActorsEvaluation(codebook, rounds).run(samples);
    ObjectNode out = JsonConfig.mapper().createObjectNode();
    out.put("data", data.toString()).put("posts", r.posts()).put("posts_with_actor", r.postsWithActor())
        .put("codebook_version", codebook.version()).put("codebook_hash", codebook.hash())
        .put("normalize_posts_per_s", r.normalizePostsPerSecond())
        .put("normalize_mchars_per_s", r.normalizeMcharsPerSecond())
        .put("actors_posts_per_s", r.actorsPostsPerSecond());
    ObjectNode langs = out.putObject("by_lang");
    r.byLanguage().forEach((lang, c) -> langs.putObject(lang).put("posts", c.posts()).put("with_actor", c.withActor()));
    ObjectNode top = out.putObject("top_actors");
    r.topActors().forEach(top::put);
    spec.commandLine().getOut().println(json ? JsonConfig.mapper().writeValueAsString(out) : out.toPrettyString());
    return ExitCodes.OK;
  }
}
