package dev.chorus.cli;

import dev.chorus.annotate.language.LanguageEvaluation;
import dev.chorus.annotate.language.LanguageIdentifier;
import dev.chorus.json.JsonConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chorus eval language --test FILE [--json]}: accuracy, per-language scores, confusion and speed. */
@Command(name = "language", description = "Measure the language annotator on a CSV file with header text,lang.")
final class EvalLanguageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--test", required = true, paramLabel = "FILE", description = "Labelled CSV (text,lang).")
  Path test;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--show-errors", paramLabel = "N", description = "Also print up to N misclassified texts to stderr.")
  int showErrors;

  @Override
  public Integer call() throws Exception {
    List<LanguageEvaluation.Sample> samples = LanguageEvaluation.read(test);
    LanguageIdentifier identifier = LanguageIdentifier.load();
    List<LanguageEvaluation.Miss> misses = new ArrayList<>();
    LanguageEvaluation.Report r = LanguageEvaluation.run(identifier, samples, misses);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonConfig.mapper().writeValueAsString(asJson(r)));
    } else {
      out.printf("n %d, accuracy %.4f, %.0f posts/s (one thread)%n", r.n(), r.accuracy(), r.postsPerSecond());
      r.perLanguage().forEach((lang, s) -> out.printf("  %-4s precision %.4f recall %.4f f1 %.4f support %d%n",
          lang, s.precision(), s.recall(), s.f1(), s.support()));
      r.confusion().forEach((gold, row) -> out.printf("  %-4s -> %s%n", gold, row));
    }
    PrintWriter err = spec.commandLine().getErr();
    misses.stream().limit(showErrors).forEach(m -> err.printf("%s -> %s %.3f\t%s%n", m.expected(),
        m.predicted().language(), m.predicted().confidence(), m.text().replace('\n', ' ')));
    return ExitCodes.OK;
  }

  private static Map<String, Object> asJson(LanguageEvaluation.Report r) {
    Map<String, Object> perLanguage = new LinkedHashMap<>();
    r.perLanguage().forEach((lang, s) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("precision", s.precision());
      m.put("recall", s.recall());
      m.put("f1", s.f1());
      m.put("support", s.support());
      perLanguage.put(lang, m);
    });
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("accuracy", r.accuracy());
    m.put("per_language", perLanguage);
    m.put("confusion", r.confusion());
    m.put("posts_per_second", Math.round(r.postsPerSecond()));
    m.put("n", r.n());
    return m;
  }
}
