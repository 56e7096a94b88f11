package dev.chorus.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Bluesky on a public AppView: {@code app.bsky.feed.searchPosts} ({@code --query}, {@code sort=latest}) or
 * {@code app.bsky.feed.getAuthorFeed} ({@code --actor}, a handle or DID), 100 posts a page, newest first, paged with
 * the response's {@code cursor}. The position is the newest {@code indexedAt} seen (a repost's own time in an author
 * feed): later runs send it as {@code since} to a search and stop paging at the first item not newer than it.
 */
public final class BlueskyCollector implements Collector {
  public static final CollectorKind KIND = new CollectorKind("bluesky",
      "Bluesky searchPosts (--query) or getAuthorFeed (--actor) on a public AppView (--endpoint)",
      List.of(), List.of("query", "actor", "endpoint"), null, BlueskyCollector::create);
  static final String APPVIEW = "https://public.api.bsky.app";

  private final URI endpoint;
  private final String query;
  private final String actor;
  private final String actorShown;

  private BlueskyCollector(URI endpoint, String query, String actor, String actorShown) {
    this.endpoint = endpoint;
    this.query = query;
    this.actor = actor;
    this.actorShown = actorShown;
  }

  static BlueskyCollector create(CollectorOptions o) {
    URI endpoint = o.url("endpoint", APPVIEW);
    if (o.exactlyOne("query", "actor").equals("query")) {
      return new BlueskyCollector(endpoint, o.get("query"), null, null);
    }
    String actor = o.get("actor").replaceFirst("^@", "");
    return new BlueskyCollector(endpoint, null, actor, o.pseudonymizer().handlePseudonym("bluesky", actor));
  }

  @Override
  public String format() {
    return "bluesky";
  }

  @Override
  public String target() {
    return endpoint.getHost() + (query != null ? "/search/" + query : "/author/" + actorShown);
  }

  @Override
  public String redact(String url) {
    return actor == null ? url : url.replace("actor=" + Bodies.q(actor), "actor=" + actorShown);
  }

  @Override
  public void collect(Http http, Harvest harvest) throws FetchFailedException, InterruptedException {
    String since = harvest.previous("newest");
    Instant stopAt = since == null ? null : time(since);
    Instant newest = stopAt;
    Instant oldest = null;
    String cursor = null;
    boolean reached = false;
    do {
      if (!harvest.mayFetch()) {
        if (stopAt != null) {
          harvest.gap("page limit (" + harvest.maxPages() + ") reached before the previous run's position: posts "
              + "indexed between " + stopAt + " and " + oldest + " were not fetched");
        } else {
          harvest.note("older history not fetched beyond " + harvest.maxPages() + " pages");
        }
        break;
      }
      Http.Response<Bodies.Parsed> r = http.get(page(since, cursor), Map.of(), Bodies.json());
      JsonNode items = r.parsed().json().path(query != null ? "posts" : "feed");
      if (!items.isArray()) {
        throw new FetchFailedException(redact(page(since, cursor).toString()) + ": expected '"
            + (query != null ? "posts" : "feed") + "' to be an array");
      }
      if (items.isEmpty()) {
        harvest.empty();
        break;
      }
      harvest.page(r.parsed().body(), items.size());
      for (JsonNode item : items) {
        Instant t = sortAt(item);
        if (t != null) {
          newest = newest == null || t.isAfter(newest) ? t : newest;
          oldest = oldest == null || t.isBefore(oldest) ? t : oldest;
          reached |= stopAt != null && !t.isAfter(stopAt);
        }
      }
      cursor = Bodies.text(r.parsed().json(), "cursor");
    } while (cursor != null && !reached);
    harvest.cursor("newest", newest == null ? null : newest.toString());
  }

  private URI page(String since, String cursor) {
    String base = query != null
        ? "/xrpc/app.bsky.feed.searchPosts?q=" + Bodies.q(query) + "&sort=latest&limit=100"
            + (since == null ? "" : "&since=" + Bodies.q(since))
        : "/xrpc/app.bsky.feed.getAuthorFeed?actor=" + Bodies.q(actor) + "&limit=100";
    return URI.create(endpoint + base + (cursor == null ? "" : "&cursor=" + Bodies.q(cursor)));
  }

  /** When the item entered the listing: a repost's {@code reason.indexedAt}, else the post's {@code indexedAt}. */
  private Instant sortAt(JsonNode item) {
    JsonNode post = query != null ? item : item.path("post");
    String reason = Bodies.text(item.path("reason"), "indexedAt");
    return time(reason != null ? reason : Bodies.text(post, "indexedAt"));
  }

  private static Instant time(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
