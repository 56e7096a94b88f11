package dev.chorus.cli;

import dev.chorus.codebook.Codebook;
import dev.chorus.codebook.CodebookLoader;
import dev.chorus.codebook.WorkspaceCodebook;
import dev.chorus.dictionary.DataDictionary;
import dev.chorus.dictionary.DictionaryMarkdown;
import dev.chorus.json.JsonConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chorus dictionary}: every CSV export column and JSON field with meaning, type and values
 * ({@link DataDictionary}); the label columns' values from the workspace's codebook when it has one, else the bundled
 * one (nothing is written to the workspace).
 */
@Command(name = "dictionary", description = "Print the data dictionary: every column of the CSV export and every "
    + "field of the analyses' JSON, with meaning, type and values.")
final class DictionaryCommand implements Callable<Integer> {
  enum Format { md, json }

  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "md|json", defaultValue = "md",
      description = "md (Markdown tables, as docs/data-dictionary.md) or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    Path file = WorkspaceCodebook.file(parent.workspace().root());
    Codebook codebook = Files.exists(file) ? CodebookLoader.read(file).codebook() : CodebookLoader.loadDefault();
    DataDictionary dictionary = DataDictionary.of(codebook);
    spec.commandLine().getOut().print(format == Format.md ? DictionaryMarkdown.of(dictionary)
        : JsonConfig.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(dictionary) + "\n");
    return ExitCodes.OK;
  }
}
