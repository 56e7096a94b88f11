package dev.chorus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import dev.chorus.store.PostStore;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.SearchPage;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus search QUERY [filters] [--limit N] [--sort newest|relevance] [--json]}. */
@Command(name = "search", description = "Full-text search (Lucene query syntax) with filters.")
final class SearchCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;
  @Mixin FilterOptions filters;

  @Parameters(paramLabel = "QUERY", description = "Lucene query, e.g. 'برجام OR JCPOA', 'hashtag:NoDeal'; '*' for all.")
  String query;

  @Option(names = "--limit", defaultValue = "20", description = "Posts to show (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--sort", defaultValue = "newest", description = "newest or relevance (default ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--json", description = "Print {\"total\": N, \"posts\": [...]}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 or more, not " + limit);
    }
    SearchOrder order = switch (sort) {
      case "newest" -> SearchOrder.NEWEST;
      case "relevance" -> SearchOrder.RELEVANCE;
      default -> throw new IllegalArgumentException("--sort must be newest or relevance, not '" + sort + "'");
    };
    String text = query == null || query.isBlank() || query.equals("*") ? null : query;
    SearchPage page;
    try (PostStore store = parent.workspace().openStore(false)) {
      page = store.search(filters.toQuery(text), limit, order);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper m = Json.mapper();
      PostJson pj = new PostJson();
      ObjectNode o = m.createObjectNode();
      o.put("total", page.total());
      ArrayNode posts = o.putArray("posts");
      for (Post p : page.posts()) {
        posts.add(m.readTree(pj.write(p)));
      }
      out.println(m.writeValueAsString(o));
    } else {
      out.printf("%,d posts match%n", page.total());
      page.posts().forEach(p -> out.println(PostLine.format(p)));
    }
    return ExitCodes.OK;
  }
}
