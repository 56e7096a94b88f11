package dev.chorus.collect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A Mastodon timeline endpoint as docs.joinmastodon.org/methods/timelines/ and /api/guidelines/#pagination describe
 * it: statuses newest first; {@code max_id} (older than), {@code since_id} (newer than, the newest such),
 * {@code min_id} (immediately newer than: the oldest such, still listed newest first), {@code limit} (default 20, at
 * most 40); a {@code Link} header with {@code rel="next"} ({@code max_id} of the page's oldest) and {@code rel="prev"}
 * ({@code min_id} of its newest) when the page is not empty.
 */
final class MastodonStandIn implements Loopback.Handler {
  private final List<Long> ids = new ArrayList<>();
  private final String base;
  private final String host;

  MastodonStandIn(String base) {
    this.base = base;
    this.host = base.replaceFirst("^https?://", "");
  }

  MastodonStandIn add(long from, long to) {
    for (long id = from; id <= to; id++) {
      ids.add(id);
    }
    return this;
  }

  @Override
  public Loopback.Reply answer(Loopback.Request r) {
    int limit = Math.min(40, Integer.parseInt(r.query().getOrDefault("limit", "20")));
    Long max = number(r.query().get("max_id"));
    Long since = number(r.query().get("since_id"));
    Long min = number(r.query().get("min_id"));
    List<Long> match = ids.stream().filter(id -> (max == null || id < max) && (since == null || id > since)
        && (min == null || id > min)).sorted(Comparator.reverseOrder()).toList();
    List<Long> page = min != null ? match.subList(Math.max(0, match.size() - limit), match.size())
        : match.subList(0, Math.min(limit, match.size()));
    StringBuilder json = new StringBuilder("[");
    for (Long id : page) {
      json.append(json.length() > 1 ? "," : "").append(status(id));
    }
    Loopback.Reply reply = Loopback.Reply.json(json.append("]").toString());
    if (!page.isEmpty()) {
      String self = base + r.path() + "?limit=" + limit;
      reply = reply.with("Link", "<" + self + "&max_id=" + page.get(page.size() - 1) + ">; rel=\"next\", <" + self
          + "&min_id=" + page.get(0) + ">; rel=\"prev\"");
    }
    return reply;
  }

  /** A Status entity with the documented attributes the source reads. */
  String status(long id) {
    String user = "user" + (id % 7);
    return """
        {"id": "%d", "created_at": "2025-04-%02dT%02d:%02d:00.000Z", "in_reply_to_id": null,
         "in_reply_to_account_id": null, "sensitive": false, "spoiler_text": "", "visibility": "public",
         "language": "en", "uri": "https://%s/users/%s/statuses/%d", "url": "https://%s/@%s/%d",
         "replies_count": 0, "reblogs_count": 1, "favourites_count": 2, "edited_at": null,
         "content": "<p>Status %d on the talks <a href=\\"https://%s/tags/iran\\" class=\\"mention hashtag\\" rel=\\"tag\\">#<span>iran</span></a></p>",
         "reblog": null, "account": {"id": "%d", "username": "%s", "acct": "%s", "display_name": "%s",
         "url": "https://%s/@%s"}, "media_attachments": [], "mentions": [],
         "tags": [{"name": "iran", "url": "https://%s/tags/iran"}], "emojis": [], "card": null, "poll": null}
        """.formatted(id, 1 + (int) (id / 1440) % 28, (id / 60) % 24, id % 60, host, user, id, host, user, id, id,
        host, 100 + id % 7, user, user, user, host, user, host);
  }

  private static Long number(String s) {
    return s == null || s.isEmpty() ? null : Long.parseLong(s);
  }

  Map<String, String> none() {
    return Map.of();
  }
}
