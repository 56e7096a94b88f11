package dev.chorus.cli;

import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.analysis.InvalidParameterException;
import dev.chorus.analysis.Parameter;
import dev.chorus.analysis.ParameterValues;
import java.util.Locale;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options of an analysis verb, derived from its declared parameters: {@code min_count} becomes
 * {@code --min-count} with the same range, choices, default and help as the API parameter. Applied by picocli to
 * every command whose {@code @Command} names this transformer; the command's name is the analysis id.
 */
final class AnalysisOptions implements IModelTransformer {
  @Override
  public CommandSpec transform(CommandSpec spec) {
    add(spec, Analyses.byId(spec.name()));
    return spec;
  }

  /** Adds the options of {@code analysis}' parameters to {@code spec}. */
  static void add(CommandSpec spec, Analysis<?, ?> analysis) {
    if (!analysis.help().isEmpty()) { // the same text as the dashboard's "?" of its panel
      spec.usageMessage().footerHeading("%nHow it is computed:%n").footer(analysis.help().replace("%", "%%"));
    }
    for (Parameter p : analysis.parameters()) {
      OptionSpec.Builder option = OptionSpec.builder(p.option())
          .type(String.class)
          .paramLabel(p.name().toUpperCase(Locale.ROOT))
          .description(p.help());
      if (p.type() == Parameter.Type.FLAG) {
        option.arity("0..1").fallbackValue("true"); // --files alone, as the API's files=true
      }
      spec.addOption(option.build());
    }
  }

  /** The option's value as typed, null when it was not given. */
  static String raw(CommandSpec spec, String parameterName) {
    OptionSpec option = spec.findOption(Parameter.option(parameterName));
    return option == null ? null : option.getValue();
  }

  /** The typed parameters of the options given; a bad value is an error naming its option. */
  static <P> P parameters(CommandSpec spec, Analysis<P, ?> analysis) {
    try {
      return analysis.parameters(ParameterValues.read(analysis.parameters(), name -> raw(spec, name)));
    } catch (InvalidParameterException e) {
      throw new IllegalArgumentException(e.parameter().option() + " " + e.getMessage(), e);
    }
  }
}
