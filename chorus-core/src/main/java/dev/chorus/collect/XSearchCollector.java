package dev.chorus.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * X API v2 recent search ({@code GET /2/tweets/search/recent}) with an app bearer token from
 * {@code CHORUS_X_BEARER_TOKEN}, sent only as the {@code Authorization} header. 100 posts a page with the expansions
 * the {@code x-api-v2} source reads, newest first, paged with {@code next_token}; the position is the newest
 * {@code meta.newest_id}, sent as {@code since_id} next time (X's polling pattern). The {@code x-rate-limit-*} headers
 * are honoured by {@link Http}.
 */
public final class XSearchCollector implements Collector {
  public static final String TOKEN_ENV = "CHORUS_X_BEARER_TOKEN";
  public static final CollectorKind KIND = new CollectorKind("x",
      "X API v2 recent search (--query), bearer token from $" + TOKEN_ENV,
      List.of("query"), List.of("endpoint"), TOKEN_ENV, XSearchCollector::create);
  static final String API = "https://api.x.com";
  private static final String FIELDS = "&tweet.fields=created_at,author_id,conversation_id,entities,lang,"
      + "public_metrics,referenced_tweets,in_reply_to_user_id,note_tweet,edit_history_tweet_ids,attachments"
      + "&expansions=author_id,referenced_tweets.id,referenced_tweets.id.author_id,attachments.media_keys"
      + "&user.fields=username,name,verified&media.fields=url,type,preview_image_url";

  private final URI endpoint;
  private final String query;
  private final String token;

  private XSearchCollector(URI endpoint, String query, String token) {
    this.endpoint = endpoint;
    this.query = query;
    this.token = token;
  }

  static XSearchCollector create(CollectorOptions o) {
    return new XSearchCollector(o.url("endpoint", API), o.get("query"), o.credential(TOKEN_ENV));
  }

  @Override
  public String format() {
    return "x-api-v2";
  }

  @Override
  public String target() {
    return endpoint.getHost() + "/search/" + query;
  }

  @Override
  public String toString() {
    return "XSearchCollector[" + target() + "]";
  }

  @Override
  public void collect(Http http, Harvest harvest) throws FetchFailedException, InterruptedException {
    String since = harvest.previous("since_id");
    String newest = since;
    String oldest = null;
    String next = null;
    do {
      if (!harvest.mayFetch()) {
        if (since != null) {
          harvest.gap("page limit (" + harvest.maxPages() + ") reached before the previous run's position: posts "
              + "after id " + since + " and before id " + oldest + " were not fetched");
        } else {
          harvest.note("older history not fetched beyond " + harvest.maxPages() + " pages");
        }
        break;
      }
      URI uri = page(since, next);
      Http.Response<Bodies.Parsed> r = http.get(uri, Map.of("Authorization", "Bearer " + token), Bodies.json());
      JsonNode meta = r.parsed().json().path("meta");
      JsonNode data = r.parsed().json().path("data");
      if (!data.isArray() || data.isEmpty()) {
        harvest.empty();
        break;
      }
      harvest.page(r.parsed().body(), data.size());
      newest = SnowflakeIds.newer(newest, Bodies.text(meta, "newest_id"));
      oldest = Bodies.text(meta, "oldest_id");
      next = Bodies.text(meta, "next_token");
    } while (next != null);
    harvest.cursor("since_id", newest);
  }

  private URI page(String since, String next) {
    return URI.create(endpoint + "/2/tweets/search/recent?query=" + Bodies.q(query) + "&max_results=100" + FIELDS
        + (since == null ? "" : "&since_id=" + since) + (next == null ? "" : "&next_token=" + Bodies.q(next)));
  }
}
