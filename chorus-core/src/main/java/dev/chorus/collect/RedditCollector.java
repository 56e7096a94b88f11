package dev.chorus.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A subreddit's newest posts ({@code /r/NAME/new.json}) or comments ({@code /r/NAME/comments.json}, with
 * {@code --comments}): Reddit's JSON listings, 100 things a page, newest first, paged with {@code after}. The position
 * is the newest thing seen (its {@code created_utc} and fullname); later runs stop paging at the first thing not newer
 * than it. ({@code before} paging is not used: it returns nothing once the anchor thing is deleted.)
 */
public final class RedditCollector implements Collector {
  public static final CollectorKind KIND = new CollectorKind("reddit",
      "a subreddit's new posts (or --comments) through its JSON listing, paged with 'after'",
      List.of("subreddit"), List.of("comments", "endpoint"), null, RedditCollector::create);
  static final String REDDIT = "https://www.reddit.com";

  private final URI endpoint;
  private final String subreddit;
  private final boolean comments;

  private RedditCollector(URI endpoint, String subreddit, boolean comments) {
    this.endpoint = endpoint;
    this.subreddit = subreddit;
    this.comments = comments;
  }

  static RedditCollector create(CollectorOptions o) {
    String name = o.get("subreddit").replaceFirst("^/?r/", "");
    if (!name.matches("[A-Za-z0-9_]{2,21}")) {
      throw new IllegalArgumentException("collect reddit: --subreddit is a name of 2 to 21 letters, digits or '_' "
          + "(e.g. iran); found '" + name + "'");
    }
    return new RedditCollector(o.url("endpoint", REDDIT), name, Boolean.parseBoolean(o.get("comments", "false")));
  }

  @Override
  public String format() {
    return "reddit-pushshift";
  }

  @Override
  public String target() {
    return endpoint.getHost() + "/r/" + subreddit + (comments ? "/comments" : "/new");
  }

  @Override
  public void collect(Http http, Harvest harvest) throws FetchFailedException, InterruptedException {
    String knownName = harvest.previous("newest_name");
    double known = number(harvest.previous("newest_created"));
    double newest = known;
    String newestName = knownName;
    String after = null;
    boolean reached = false;
    do {
      if (!harvest.mayFetch()) {
        if (knownName != null) {
          harvest.gap("page limit (" + harvest.maxPages() + ") reached before the previous run's position ("
              + knownName + "): older new things were not fetched");
        } else {
          harvest.note("older history not fetched beyond " + harvest.maxPages() + " pages");
        }
        break;
      }
      URI uri = page(after);
      Http.Response<Bodies.Parsed> r = http.get(uri, Map.of(), Bodies.json());
      JsonNode children = r.parsed().json().path("data").path("children");
      if (!children.isArray()) {
        throw new FetchFailedException(uri + ": expected a listing (data.children)");
      }
      if (children.isEmpty()) {
        harvest.empty();
        break;
      }
      harvest.page(r.parsed().body(), children.size());
      for (JsonNode child : children) {
        double created = child.path("data").path("created_utc").asDouble(Double.NaN);
        String name = Bodies.text(child.path("data"), "name");
        if (!Double.isNaN(created) && (Double.isNaN(newest) || created > newest)) {
          newest = created;
          newestName = name;
        }
        reached |= knownName != null && (knownName.equals(name) || created < known);
      }
      after = Bodies.text(r.parsed().json().path("data"), "after");
    } while (after != null && !reached);
    if (!Double.isNaN(newest)) {
      harvest.cursor("newest_created", String.valueOf((long) newest));
      harvest.cursor("newest_name", newestName);
    }
  }

  private URI page(String after) {
    return URI.create(endpoint + "/r/" + subreddit + (comments ? "/comments.json" : "/new.json")
        + "?limit=100&raw_json=1" + (after == null ? "" : "&after=" + Bodies.q(after)));
  }

  private static double number(String s) {
    try {
      return s == null ? Double.NaN : Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
