package dev.chorus.cli;

import dev.chorus.alerts.Alert;
import dev.chorus.alerts.AlertCheck;
import dev.chorus.alerts.AlertLog;
import dev.chorus.alerts.AlertRules;
import dev.chorus.alerts.Webhook;
import dev.chorus.json.JsonConfig;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chorus alerts [--json]} lists the alert log; {@code chorus alerts check [--json]} evaluates the rules. */
@Command(name = "alerts", description = "List the alerts of the workspace's alert log (oldest first); 'alerts check' "
    + "evaluates the rules of alerts.yaml (or the defaults) now.", subcommands = AlertsCommand.Check.class)
final class AlertsCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the alerts as one JSON array.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    if (!java.nio.file.Files.isDirectory(ws.root())) {
      throw new IllegalArgumentException("no workspace at " + ws.root() + ": ingest or collect something first");
    }
    print(AlertLog.of(ws.root()).read(), json, spec.commandLine().getOut(), "no alerts yet");
    return ExitCodes.OK;
  }

  static void print(List<Alert> alerts, boolean json, PrintWriter out, String none) throws Exception {
    if (json) {
      out.println(JsonConfig.mapper().writeValueAsString(alerts));
    } else if (alerts.isEmpty()) {
      out.println(none);
    } else {
      for (Alert a : alerts) {
        out.println(a.line());
        out.println("  posts: " + JsonConfig.mapper().writeValueAsString(a.drilldown()));
      }
    }
    out.flush();
  }

  /**
   * Evaluates the rules over the store and writes new alerts to the log (and the webhook); returns them. Shared by
   * {@code alerts check} and {@code watch}.
   */
  static List<Alert> check(Workspace ws, PostStore store, PrintWriter err) throws Exception {
    AlertRules rules = AlertRules.load(ws.root());
    List<Alert> fresh = new AlertCheck(store, rules, AlertLog.of(ws.root()), Clock.systemUTC(), ws.timeZone())
        .check();
    if (rules.webhook() != null) {
      Webhook hook = new Webhook(rules.webhook());
      for (Alert a : fresh) {
        String problem = hook.deliver(a);
        if (problem != null) {
          err.println("chorus: alert " + a.id() + " is in the log but was not delivered: " + problem);
        }
      }
    }
    return fresh;
  }

  @Command(name = "check", description = "Evaluate the alert rules now; print the alerts that fire for the first time.")
  static final class Check implements Callable<Integer> {
    @ParentCommand AlertsCommand alerts;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print the new alerts as one JSON array.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      Workspace ws = alerts.parent.workspace();
      try (PostStore store = ws.openStore(false)) {
        List<Alert> fresh = check(ws, store, spec.commandLine().getErr());
        print(fresh, json, spec.commandLine().getOut(), "no new alerts");
      }
      return ExitCodes.OK;
    }
  }
}
