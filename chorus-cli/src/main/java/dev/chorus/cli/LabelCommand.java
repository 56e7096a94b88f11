package dev.chorus.cli;

import dev.chorus.json.JsonConfig;
import dev.chorus.labelling.LabelImport;
import dev.chorus.labelling.Labelling;
import dev.chorus.labelling.SheetRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
    Labelling labelling = new Labelling(parent.workspace());
    return action.export != null ? export(labelling) : importSheets(labelling);
  }

  private int export(Labelling labelling) throws Exception {
    int n;
    try {
      n = Integer.parseInt(action.export.get(0));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--export N FILE: '" + action.export.get(0) + "' is not a number");
    }
    Labelling.Exported sheet = labelling.export(filters.toQuery(null), n, target,
        OptionValues.oneOf(SheetRow.By.class, by, "--by"), Path.of(action.export.get(1)));
    var o = JsonConfig.mapper().createObjectNode();
    o.put("file", sheet.file().toString());
    o.put("posts", sheet.posts());
    o.put("max_confidence", sheet.maxConfidence());
    spec.commandLine().getOut().println(json ? JsonConfig.mapper().writeValueAsString(o)
        : "wrote " + sheet.posts() + " posts to code into " + sheet.file());
    return ExitCodes.OK;
  }

  private int importSheets(Labelling labelling) throws Exception {
    LabelImport.Result r = labelling.importSheets(action.imports);
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? JsonConfig.mapper().writeValueAsString(r)
        : JsonConfig.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
    return ExitCodes.OK;
  }
}
