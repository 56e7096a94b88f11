package dev.chorus.cli;

import dev.chorus.annotate.AnnotationChain;
import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.Reannotation;
import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.PostDimensions;
import dev.chorus.json.JsonConfig;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chorus annotate [filters] [--json]}: re-run the analysis chain on stored posts. */
@Command(name = "annotate",
    description = "Re-run the analysis chain on stored posts (after the codebook or a model changed).")
final class AnnotateCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;
  @Mixin FilterOptions filters;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    PrintWriter out = spec.commandLine().getOut();
    AnnotationChain chain;
    Reannotation.Result r;
    try (PostStore store = ws.openExistingStore()) { // first: loading the chain writes the workspace's codebook
      chain = ws.annotationChain(parent.env);
      PostQuery query = filters.toQuery(null);
      // labels belong to every stored post, context included (a drill-down with role=any shows them): the role
      // filter's default (collected) is for counting, so re-annotation lifts it unless --role is given
      r = new Reannotation(chain, store).run(filters.given(PostDimensions.ROLE.id()) ? query
          : query.with(PostDimensions.ROLE.id(), Dimension.ANY));
    }
    var o = JsonConfig.mapper().createObjectNode();
    o.put("posts", r.posts());
    o.put("changed", r.changed());
    var ran = o.putArray("annotators");
    for (Annotator a : chain.annotators()) {
      ran.addObject().put("id", a.id()).put("version", a.version()).put("model_hash", a.modelHash());
    }
    o.set("unavailable", JsonConfig.mapper().valueToTree(chain.unavailable()));
    out.println(json ? JsonConfig.mapper().writeValueAsString(o)
        : JsonConfig.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
    return ExitCodes.OK;
  }
}
