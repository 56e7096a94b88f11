package dev.chorus.cli;

import dev.chorus.server.ServerOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus serve [--port 7070] [--bind 127.0.0.1] [--allow-labelling]}: the dashboard and the JSON API. */
@Command(name = "serve", description = "Serve the dashboard and the JSON API of the workspace until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "" + ServerOptions.DEFAULT_PORT,
      description = "Port (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--bind", defaultValue = ServerOptions.DEFAULT_BIND,
      description = "Address to listen on (default ${DEFAULT-VALUE}). Any non-loopback address needs an access "
          + "token: $CHORUS_TOKEN, else one is generated and printed once.")
  String bind;

  @Option(names = "--allow-labelling", description = "Enable the labelling endpoints (off: read-only).")
  boolean allowLabelling;

  @Override
  public Integer call() throws Exception {
    Serving.serveUntilInterrupted(parent.workspace(), bind, port, allowLabelling, parent.env,
        spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
