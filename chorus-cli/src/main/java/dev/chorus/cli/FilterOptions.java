package dev.chorus.cli;

import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.InvalidParameterException;
import dev.chorus.analysis.Parameter;
import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostQueryParser;
import dev.chorus.views.ViewFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * The filters shared by every command that reads posts ({@code @Mixin FilterOptions filters}): one option per filter
 * of {@link PostQueryParser#FILTERS} ({@code --since}, {@code --lang}, {@code --frame}, every dimension of the
 * registry), parsed and checked by that class as the HTTP API's parameters are. The options are not written out here:
 * {@link #addTo} derives them from the filter list, so a new dimension is an option of every such command with no
 * edit in the CLI. The query {@code q} stays each command's own (a positional argument or {@code --query}).
 * {@code --view NAME} stands for a saved view's filters, expanded by {@link ViewFilter} as the API's {@code view=}
 * is; the options given next to it replace the saved filters of the same name.
 */
@Command // a mixin whose options are added at run time; picocli needs the annotation to accept it
final class FilterOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /** Adds the filter options to every command of the tree that mixes this class in. */
  static void addTo(CommandLine line) {
    CommandSpec spec = line.getCommandSpec();
    if (spec.mixins().values().stream().anyMatch(m -> m.userObject() instanceof FilterOptions)) {
      for (PostQueryParser.Filter f : PostQueryParser.FILTERS) {
        if (!PostQueryParser.QUERY.equals(f.name())) {
          spec.addOption(option(f));
        }
      }
      spec.addOption(option(ViewFilter.FILTER));
      Parameter tz = Analyses.TIME_ZONE;
      spec.addOption(OptionSpec.builder(tz.option()).paramLabel("ZONE").type(String.class).arity("1")
          .description(tz.help().replace("%", "%%")).build());
    }
    line.getSubcommands().values().forEach(FilterOptions::addTo);
  }

  private static OptionSpec option(PostQueryParser.Filter f) {
    OptionSpec.Builder b = OptionSpec.builder(optionName(f.name()))
        .paramLabel(f.name().toUpperCase(java.util.Locale.ROOT))
        .description(f.description().replace("%", "%%"));
    return f.list() ? b.type(List.class).auxiliaryTypes(String.class).splitRegex(",").build()
        : b.type(String.class).arity("1").build();
  }

  /** {@code min_count} is {@code --min-count}: the API's parameter name in the CLI's spelling. */
  static String optionName(String filter) {
    return Parameter.option(filter);
  }

  /**
   * The query of these options and {@code text}, read by the same parser as the API's parameters; a bad value is an
   * error naming its option ({@code --since: ...}).
   */
  PostQuery toQuery(String text) {
    java.time.ZoneId zone = timeZone();
    try {
      return PostQueryParser.parse(values(text), zone);
    } catch (InvalidFilterException e) {
      throw new IllegalArgumentException("--" + e.getMessage(), e);
    }
  }

  /** The zone of {@code --tz}, else the workspace's; a value that is no zone is an error naming {@code --tz}. */
  java.time.ZoneId timeZone() {
    OptionSpec o = command.findOption(Analyses.TIME_ZONE.option());
    String raw = o == null || o.getValue() == null ? null : o.getValue().toString();
    try {
      return Analyses.timeZone(raw, raw != null ? null : workspace().timeZone());
    } catch (InvalidParameterException e) {
      throw new IllegalArgumentException(Analyses.TIME_ZONE.option() + " " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private dev.chorus.workspace.Workspace workspace() {
    return ((ChorusCommand) command.root().userObject()).workspace();
  }

  /** Whether the user gave this filter, or the saved view did ({@code role}: its default applies when not). */
  boolean given(String filter) {
    return values(null).getOrDefault(filter, List.of()).stream().anyMatch(v -> v != null && !v.isBlank());
  }

  /**
   * The filters that are set, under the HTTP API's names ({@code q} for the query), for reports: the saved view's name
   * first, then every filter in force (the view's and the given ones).
   */
  Map<String, String> describe(String text) {
    Map<String, String> m = new LinkedHashMap<>();
    String view = viewName();
    if (view != null) {
      m.put(ViewFilter.NAME, view);
    }
    values(text).forEach((name, v) -> {
      if (!v.isEmpty() && !String.join(",", v).isBlank()) {
        m.put(name, String.join(",", v));
      }
    });
    return m;
  }

  /** The filter values in force (the saved view's filled in), under the filter names: what {@code views save} keeps. */
  Map<String, List<String>> filterValues(String text) {
    return values(text);
  }

  /**
   * The options under the filter names of {@link PostQueryParser#FILTERS}, the saved view of {@code --view} filled in;
   * an unknown view is an error naming {@code --view} and the saved views.
   */
  private Map<String, List<String>> values(String text) {
    Map<String, List<String>> given = givenValues(text);
    String view = viewName();
    if (view != null) {
      given.put(ViewFilter.NAME, List.of(view));
    }
    try {
      return ViewFilter.expand(given, ((ChorusCommand) command.root().userObject()).workspace().root());
    } catch (InvalidFilterException e) {
      throw new IllegalArgumentException("--" + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String viewName() {
    OptionSpec o = command.findOption(ViewFilter.NAME);
    return o == null || o.getValue() == null ? null : o.getValue().toString();
  }

  private Map<String, List<String>> givenValues(String text) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (PostQueryParser.Filter f : PostQueryParser.FILTERS) {
      if (PostQueryParser.QUERY.equals(f.name())) {
        m.put(f.name(), optional(text));
        continue;
      }
      OptionSpec o = command.findOption(optionName(f.name()));
      Object v = o == null ? null : o.getValue();
      m.put(f.name(), v instanceof List<?> l ? l.stream().map(String::valueOf).toList()
          : optional(v == null ? null : v.toString()));
    }
    return m;
  }

  private static List<String> optional(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value);
  }
}
