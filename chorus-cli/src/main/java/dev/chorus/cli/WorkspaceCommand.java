package dev.chorus.cli;

import dev.chorus.json.JsonConfig;
import dev.chorus.store.TimeZones;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chorus workspace [--time-zone ZONE] [--json]}: the settings of the workspace ({@code workspace.yaml}): its
 * folder, store and time zone; {@code --time-zone} changes the zone, keeping the rest of the file as written.
 */
@Command(name = "workspace", description = "Show the workspace's settings (folder, store, time zone); "
    + "--time-zone ZONE sets the time zone its analyses count days, weeks and hours in.")
final class WorkspaceCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--time-zone", paramLabel = "ZONE", description = "Set the workspace's time zone (an IANA id such "
      + "as Asia/Tehran; UTC to go back): the analyses' default tz, written as time_zone in workspace.yaml.")
  String timeZone;

  @Option(names = "--json", description = "Print the settings as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    if (!Files.isDirectory(ws.root())) {
      throw new IllegalArgumentException("the workspace " + ws.root() + " does not exist"
          + ": run 'chorus ingest FILES' (or 'chorus demo') first");
    }
    if (timeZone != null) {
      ws.setTimeZone(zone("--time-zone", timeZone));
    }
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("workspace", ws.root().toString());
    settings.put("store", ws.storeUri().toString());
    settings.put("time_zone", ws.timeZone().getId());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonConfig.mapper().writeValueAsString(settings));
    } else {
      settings.forEach((k, v) -> out.printf("%-10s %s%n", k, v));
    }
    return ExitCodes.OK;
  }

  /** The zone of an option's value; an error naming the option when it is none. */
  static ZoneId zone(String option, String value) {
    try {
      return TimeZones.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " " + e.getMessage(), e);
    }
  }
}
