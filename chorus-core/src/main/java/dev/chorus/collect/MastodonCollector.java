package dev.chorus.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Mastodon timelines: a hashtag ({@code /api/v1/timelines/tag/:hashtag}), an account
 * ({@code /api/v1/accounts/:id/statuses}) or the public timeline ({@code /api/v1/timelines/public}, {@code local} for
 * the instance's own posts), 40 statuses a page, newest first.
 *
 * <p>Paging as the Mastodon documentation describes it: the first run walks back from the newest status along
 * {@code rel="next"} ({@code max_id}) up to the page limit; later runs ask for {@code min_id=<newest seen>} (the
 * statuses immediately newer, so nothing is skipped however many arrived) and walk forward along {@code rel="prev"}
 * until a page comes back empty. Without a {@code Link} header the next address is made from the page's ids. The
 * cursor ({@code newest_id}) moves after each forward page, so a run stopped by the page limit or a failure is
 * continued by the next one without a gap.
 */
public final class MastodonCollector implements Collector {
  public static final CollectorKind KIND = new CollectorKind("mastodon",
      "Mastodon hashtag (--tag), account (--account ID) or public timeline (--timeline public|local) of --instance",
      List.of("instance"), List.of("tag", "account", "timeline"), null, MastodonCollector::create);
  static final int LIMIT = 40;

  private final URI instance;
  private final String path;
  private final String target;
  private final String accountId;
  private final String accountShown;

  private MastodonCollector(URI instance, String path, String target, String accountId, String accountShown) {
    this.instance = instance;
    this.path = path;
    this.target = target;
    this.accountId = accountId;
    this.accountShown = accountShown;
  }

  static MastodonCollector create(CollectorOptions o) {
    URI instance = o.url("instance", null);
    String host = instance.getHost() + (instance.getPort() < 0 ? "" : ":" + instance.getPort());
    switch (o.exactlyOne("tag", "account", "timeline")) {
      case "tag" -> {
        String tag = o.get("tag").replaceFirst("^#", "");
        return new MastodonCollector(instance, "/api/v1/timelines/tag/" + Bodies.q(tag) + "?", host + "/tags/" + tag,
            null, null);
      }
      case "account" -> {
        String id = o.get("account");
        if (!id.matches("[0-9]+")) {
          throw new IllegalArgumentException("collect mastodon: --account takes the account's numeric id (from "
              + "/api/v1/accounts/lookup?acct=NAME); found '" + id + "'");
        }
        String shown = o.pseudonymizer().accountPseudonym("mastodon", host + "/" + id);
        return new MastodonCollector(instance, "/api/v1/accounts/" + id + "/statuses?", host + "/accounts/" + shown,
            id, shown);
      }
      default -> {
        String which = o.get("timeline");
        if (!which.equals("public") && !which.equals("local")) {
          throw new IllegalArgumentException("collect mastodon: --timeline is 'public' or 'local'; found '" + which
              + "'");
        }
        return new MastodonCollector(instance, "/api/v1/timelines/public?" + (which.equals("local")
            ? "local=true&" : ""), host + "/timelines/" + which, null, null);
      }
    }
  }

  @Override
  public String format() {
    return "mastodon-api";
  }

  @Override
  public String target() {
    return target;
  }

  @Override
  public String redact(String url) {
    return accountId == null ? url : url.replace("/accounts/" + accountId + "/", "/accounts/" + accountShown + "/");
  }

  @Override
  public void collect(Http http, Harvest harvest) throws FetchFailedException, InterruptedException {
    String newest = harvest.previous("newest_id");
    boolean forward = newest != null;
    URI next = page(forward ? "min_id=" + newest : null);
    while (next != null) {
      if (!harvest.mayFetch()) {
        harvest.note(forward ? "page limit (" + harvest.maxPages() + ") reached with newer posts left; the next run "
            + "continues from status " + newest : "older history not fetched beyond " + harvest.maxPages() + " pages");
        break;
      }
      Http.Response<Bodies.Parsed> r = http.get(next, Map.of(), Bodies.json());
      JsonNode statuses = r.parsed().json();
      if (!statuses.isArray()) {
        throw new FetchFailedException(redact(next.toString()) + ": expected an array of statuses");
      }
      if (statuses.isEmpty()) {
        harvest.empty();
        break;
      }
      harvest.page(r.parsed().body(), statuses.size());
      String oldest = null;
      for (JsonNode s : statuses) {
        String id = Bodies.text(s, "id");
        newest = SnowflakeIds.newer(newest, id);
        oldest = oldest == null || (id != null && SnowflakeIds.compare(id, oldest) < 0) ? id : oldest;
      }
      if (forward) {
        harvest.cursor("newest_id", newest);
      }
      String fallback = forward ? "min_id=" + newest : oldest == null ? null : "max_id=" + oldest;
      next = LinkHeader.sameHost(r.headers(), forward ? "prev" : "next", instance)
          .orElse(fallback == null ? null : page(fallback));
    }
    harvest.cursor("newest_id", newest);
  }

  private URI page(String position) {
    return URI.create(instance + path + "limit=" + LIMIT + (position == null ? "" : "&" + position));
  }
}
