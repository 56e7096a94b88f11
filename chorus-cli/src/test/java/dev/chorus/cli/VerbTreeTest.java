package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.analysis.Analyses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command line that names a declared verb first builds that verb alone ({@link CommandTree#onlyVerb}): it must read
 * and explain itself exactly as in the whole tree, inherited options ({@code --workspace}, {@code --store}, help and
 * version), analysis options and sub-verbs included.
 */
class VerbTreeTest {
  @Test
  void everyVerbBuiltAloneIsTheVerbOfTheWholeTree() {
    CommandLine whole = CommandTree.whole(CliRun.TEST_ENV, Analyses.ALL);
    int compared = 0;
    for (Class<?> verb : CommandTree.VERBS) {
      if (verb == CommandLine.HelpCommand.class) {
        continue;
      }
      String name = verb.getAnnotation(Command.class).name();
      assertThat(CommandTree.onlyVerb(new String[] {name, "--json"})).isEqualTo(verb);
      CommandLine alone = CommandTree.of(CliRun.TEST_ENV, Analyses.ALL, verb);
      assertThat(alone.getSubcommands().keySet()).containsExactly(name);
      assertThat(described(alone.getSubcommands().get(name))).isEqualTo(described(whole.getSubcommands().get(name)));
      compared++;
    }
    assertThat(compared).isEqualTo(whole.getSubcommands().size() - 1 - analysisOnlyVerbs(whole));
  }

  /** Picocli runs a verb's model transformer ({@link AnalysisOptions}) only on a tree it was asked to build. */
  @Test
  void theVerbsOfAnalysesHaveTheirParametersAsOptionsInEitherTree() {
    CommandLine whole = CommandTree.whole(CliRun.TEST_ENV, Analyses.ALL);
    int checked = 0;
    for (Class<?> verb : CommandTree.VERBS) {
      if (verb.getAnnotation(Command.class).modelTransformer() != AnalysisOptions.class) {
        continue;
      }
      String name = verb.getAnnotation(Command.class).name();
      CommandLine alone = CommandTree.of(CliRun.TEST_ENV, Analyses.ALL, verb);
      for (var p : Analyses.byId(name).parameters()) {
        assertThat(whole.getSubcommands().get(name).getCommandSpec().findOption(p.option())).as(name + " " + p.option())
            .isNotNull();
        assertThat(alone.getSubcommands().get(name).getCommandSpec().findOption(p.option())).as(name + " " + p.option())
            .isNotNull();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(5);
  }

  @Test
  void theWholeTreeIsBuiltForHelpOptionsFirstAndUnknownWords() {
    assertThat(CommandTree.onlyVerb(new String[] {})).isNull();
    assertThat(CommandTree.onlyVerb(new String[] {"help", "stats"})).isNull();
    assertThat(CommandTree.onlyVerb(new String[] {"--workspace", "stats", "ingest"})).isNull();
    assertThat(CommandTree.onlyVerb(new String[] {"no-such-verb"})).isNull();
    assertThat(CommandTree.onlyVerb(new String[] {"stats"})).isEqualTo(StatsCommand.class);
  }

  /** The verbs made from analyses without a class of their own ({@link AnalysisVerbs}): never built alone. */
  private static int analysisOnlyVerbs(CommandLine whole) {
    return (int) whole.getSubcommands().values().stream()
        .filter(c -> c.getCommand() instanceof AnalysisVerbs.JsonRendered<?, ?>).count();
  }

  /** A verb's usage, options (with their inheritance) and sub-verbs, recursively. */
  private static List<String> described(CommandLine verb) {
    List<String> out = new ArrayList<>();
    out.add(verb.getUsageMessage(CommandLine.Help.Ansi.OFF));
    verb.getCommandSpec().options().forEach(o -> out.add(o.longestName() + " inherited=" + o.inherited()
        + " scope=" + o.scopeType()));
    verb.getSubcommands().values().forEach(sub -> out.addAll(described(sub)));
    return out;
  }
}
