package dev.chorus.cli;

import dev.chorus.json.JsonConfig;
import dev.chorus.store.PostStore;
import dev.chorus.views.SavedView;
import dev.chorus.views.SavedViews;
import dev.chorus.views.ViewListing;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chorus views [--json]} lists the saved views of {@code views.yaml} with the posts each matches now;
 * {@code views save NAME [filters...]} and {@code views delete NAME} change the file (the server only reads it).
 */
@Command(name = "views", description = "List the saved views (views.yaml): name, description, filters and the posts "
    + "each matches now. Use one with --view NAME on any command that takes filters, or view=NAME in the API.",
    subcommands = {ViewsCommand.Save.class, ViewsCommand.Delete.class})
final class ViewsCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the views as one JSON array (name, description, filters, posts).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Workspace ws = existing(parent);
    List<ViewListing.Entry> views;
    try (PostStore store = ws.openStore(false)) {
      views = ViewListing.of(SavedViews.load(ws.root()), store, ws.timeZone());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonConfig.mapper().writeValueAsString(views));
    } else if (views.isEmpty()) {
      out.println("no saved views; save one with: chorus views save NAME --lang fa ...");
    } else {
      for (ViewListing.Entry v : views) {
        out.println(v.name() + "  " + v.posts() + " posts" + (v.description() == null ? "" : "  " + v.description()));
        out.println("  filters: " + JsonConfig.mapper().writeValueAsString(v.filters()));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Views belong to a workspace that holds posts; a missing one is an error rather than a new empty folder. */
  static Workspace existing(ChorusCommand parent) {
    Workspace ws = parent.workspace();
    if (!Files.isDirectory(ws.root())) {
      throw new IllegalArgumentException("no workspace at " + ws.root() + ": ingest or collect something first");
    }
    return ws;
  }

  @Command(name = "save", description = "Save the given filters as a view named NAME (lower-case letters, digits, "
      + "dashes); with --view OTHER, OTHER's filters are the starting point.")
  static final class Save implements Callable<Integer> {
    @ParentCommand ViewsCommand views;
    @Spec CommandSpec spec;
    @Mixin FilterOptions filters;

    @Parameters(index = "0", paramLabel = "NAME", description = "The view's name, e.g. fa-talks.")
    String name;

    @Option(names = {"--q", "--query"}, paramLabel = "Q", description = "Lucene query of the view (the API's q).")
    String query;

    @Option(names = "--description", paramLabel = "TEXT", description = "What the view is for, in words.")
    String description;

    @Option(names = "--replace", description = "Replace a saved view of the same name.")
    boolean replace;

    @Override
    public Integer call() throws Exception {
      Workspace ws = existing(views.parent);
      SavedView view = new SavedView(name, description, filters.filterValues(query));
      SavedViews.load(ws.root()).with(view, replace).save();
      spec.commandLine().getOut().println("saved view " + name + ": "
          + JsonConfig.mapper().writeValueAsString(view.filters()));
      return ExitCodes.OK;
    }
  }

  @Command(name = "delete", description = "Delete the saved view NAME.")
  static final class Delete implements Callable<Integer> {
    @ParentCommand ViewsCommand views;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The view to delete.")
    String name;

    @Override
    public Integer call() throws Exception {
      SavedViews.load(existing(views.parent).root()).without(name).save();
      spec.commandLine().getOut().println("deleted view " + name);
      return ExitCodes.OK;
    }
  }
}
