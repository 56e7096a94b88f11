package dev.chorus.cli;

import dev.chorus.codebook.Codebook;
import dev.chorus.json.JsonConfig;
import dev.chorus.labelling.LabelExport;
import dev.chorus.labelling.LabelImport;
import dev.chorus.labelling.SheetRow;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chorus label --export N FILE [--target T] [--by stance|frames|both] [filters]} writes the N posts the models
 * are least sure about as a coding sheet; {@code chorus label --import FILE... [--json]} stores coded sheets, rewrites
 * the training files and reports agreement.
 */
@Command(name = "label", description = {"Human coding: export the posts the models are least sure about as a CSV "
    + "sheet, import coded sheets into WORKSPACE/labels (codes.ndjson, stance.csv and frames.csv for chorus train), "
    + "and report agreement between coders and with the model."})
final class LabelCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;
  @Mixin FilterOptions filters;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Action action;

  static final class Action {
    @Option(names = "--export", arity = "2", paramLabel = "N FILE", description = "Write the N least sure posts to "
        + "FILE.")
    List<String> export;

    @Option(names = "--import", arity = "1..*", paramLabel = "FILE", description = "Coded sheet(s) to import.")
    List<Path> imports;
  }

  @Option(names = "--target", paramLabel = "T", description = "Export: rank by the stance toward this target id.")
  String target;

  @Option(names = "--by", paramLabel = "stance|frames|both", description = "Export: which model's labels rank the "
      + "posts (default: ${DEFAULT-VALUE}).")
  String by = "both";

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    return action.export != null ? export(ws) : importSheets(ws);
  }

  private int export(Workspace ws) throws Exception {
    int n;
    try {
      n = Integer.parseInt(action.export.get(0));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--export N FILE: '" + action.export.get(0) + "' is not a number");
    }
    Path file = Path.of(action.export.get(1));
    if (!ws.hasIndex()) {
      throw new IllegalArgumentException(ws.indexDir() + ": no posts in this workspace (run chorus ingest first)");
    }
    SheetRow.By rank = OptionValues.oneOf(SheetRow.By.class, by, "--by");
    List<SheetRow> rows;
    try (PostStore store = ws.openStore(false)) {
      rows = LabelExport.select(store, filters.toQuery(null), n, target, rank);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no stored post has a model label to check: train a model (chorus train "
          + "stance|frames), then run chorus annotate");
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      LabelExport.write(rows, w);
    }
    var o = JsonConfig.mapper().createObjectNode();
    o.put("file", file.toString());
    o.put("posts", rows.size());
    o.put("max_confidence", rows.get(rows.size() - 1).certainty());
    spec.commandLine().getOut().println(json ? JsonConfig.mapper().writeValueAsString(o)
        : "wrote " + rows.size() + " posts to code into " + file);
    return ExitCodes.OK;
  }

  private int importSheets(Workspace ws) throws Exception {
    Set<String> frames = ws.codebook().frames().stream().map(Codebook.Frame::id).collect(Collectors.toSet());
    LabelImport.Result r = new LabelImport(ws.root().resolve("labels")).run(action.imports, frames);
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? JsonConfig.mapper().writeValueAsString(r)
        : JsonConfig.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
    return ExitCodes.OK;
  }
}
