package dev.chorus.collect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bluesky's Jetstream: a WebSocket ({@code /subscribe}) that streams the network's commits as JSON events, filtered
 * by {@code wantedCollections} ({@code --collection}, default posts) and {@code wantedDids} ({@code --did}). A run
 * reads for {@code --for} (default 60s) or until the server closes, and hands the events, one a line, to the
 * {@code bluesky-jetstream} source. The position is the last event's {@code time_us}; the next run asks from a few
 * seconds before it ({@link #REWIND_MICROS}, as Jetstream's documentation advises: events near the cursor may arrive
 * out of order), and the store skips the few events it gets twice.
 */
public final class JetstreamCollector implements Collector {
  public static final CollectorKind KIND = new CollectorKind("jetstream",
      "Bluesky Jetstream WebSocket (--instance wss://...), filtered by --collection and --did, read --for a while",
      List.of(), List.of("instance", "did", "collection", "for"), null, JetstreamCollector::create);
  static final String INSTANCE = "wss://jetstream2.us-east.bsky.network";
  static final String POSTS = "app.bsky.feed.post";
  /** Five seconds: Jetstream's events are roughly ordered by {@code time_us}; rewinding a little loses none. */
  static final long REWIND_MICROS = 5_000_000;
  /** The longest event kept (Bluesky records are at most a few kilobytes; Jetstream's own default cap is 1 MB). */
  static final int MAX_EVENT_CHARS = 1 << 20;
  private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})\\s*(s|m|h)");
  private static final Pattern NSID = Pattern.compile("[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)+(\\.\\*)?");

  private final URI instance;
  private final List<String> collections;
  private final List<String> dids;
  private final List<String> didsShown;
  private final long forMillis;

  private JetstreamCollector(URI instance, List<String> collections, List<String> dids, List<String> didsShown,
      long forMillis) {
    this.instance = instance;
    this.collections = collections;
    this.dids = dids;
    this.didsShown = didsShown;
    this.forMillis = forMillis;
  }

  static JetstreamCollector create(CollectorOptions o) {
    List<String> collections = list(o.get("collection", POSTS));
    for (String c : collections) {
      if (!NSID.matcher(c).matches()) {
        throw new IllegalArgumentException("collect jetstream: --collection must be a record type such as " + POSTS
            + " (or a prefix such as app.bsky.feed.*); found '" + c + "'");
      }
    }
    List<String> dids = list(o.get("did", ""));
    for (String d : dids) {
      if (!d.startsWith("did:")) {
        throw new IllegalArgumentException("collect jetstream: --did must be a DID such as did:plc:abc...; found '"
            + d + "'");
      }
    }
    List<String> shown = dids.stream().map(d -> o.pseudonymizer().handlePseudonym("bluesky", d)).toList();
    return new JetstreamCollector(instance(o.get("instance", INSTANCE)), collections, dids, shown,
        duration(o.get("for", "60s")));
  }

  @Override
  public String format() {
    return "bluesky-jetstream";
  }

  @Override
  public String target() {
    return instance.getHost() + "/" + String.join(",", collections)
        + (dids.isEmpty() ? "" : "/" + String.join(",", didsShown));
  }

  @Override
  public String redact(String url) {
    String out = url;
    for (int i = 0; i < dids.size(); i++) {
      out = out.replace("wantedDids=" + Bodies.q(dids.get(i)), "wantedDids=" + didsShown.get(i));
    }
    return out;
  }

  @Override
  public void collect(Http http, Harvest harvest) throws FetchFailedException, InterruptedException {
    String previous = harvest.previous("time_us");
    Long from = previous == null ? null : Math.max(0, Long.parseLong(previous) - REWIND_MICROS);
    JetstreamFrames frames = new JetstreamFrames(MAX_EVENT_CHARS);
    java.net.http.WebSocket ws = http.openWebSocket(subscribe(from), frames);
    JetstreamRead read = new JetstreamRead(harvest);
    try {
      read.until(frames, System.nanoTime() + forMillis * 1_000_000);
    } finally {
      ws.abort(); // a run ends when its time is up; nothing is owed to the server
      read.finish();
    }
    if (read.broken() != null) {
      throw new FetchFailedException(redact(subscribe(from).toString()) + ": " + read.broken() + " after "
          + read.events() + " events; those are stored and the next run resumes after the last of them");
    }
  }

  /** {@code /subscribe?wantedCollections=..&wantedDids=..&cursor=..}, repeated parameters as Jetstream reads them. */
  URI subscribe(Long cursor) {
    StringBuilder q = new StringBuilder();
    collections.forEach(c -> q.append(q.length() == 0 ? "?" : "&").append("wantedCollections=").append(Bodies.q(c)));
    dids.forEach(d -> q.append("&wantedDids=").append(Bodies.q(d)));
    if (cursor != null) {
      q.append("&cursor=").append(cursor);
    }
    return URI.create(instance + "/subscribe" + q);
  }

  /** A list option: comma- or space-separated, or a YAML list as {@code sources.yaml} gives it ({@code [a, b]}). */
  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    Arrays.stream(value.replaceAll("[\\[\\]\"]", " ").split("[,\\s]+")).filter(s -> !s.isBlank()).forEach(out::add);
    return List.copyOf(out);
  }

  private static URI instance(String value) {
    try {
      URI uri = new URI(value);
      if (uri.getHost() == null || !("wss".equals(uri.getScheme()) || "ws".equals(uri.getScheme()))) {
        throw new URISyntaxException(value, "not ws(s)");
      }
      return URI.create(value.replaceAll("/+$", "").replaceAll("/subscribe$", ""));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("collect jetstream: --instance must be a WebSocket address such as " + INSTANCE
          + "; found '" + value + "'");
    }
  }

  private static long duration(String value) {
    Matcher m = DURATION.matcher(value.strip());
    if (!m.matches() || Long.parseLong(m.group(1)) < 1) {
      throw new IllegalArgumentException("collect jetstream: --for must be how long to read, such as 30s, 10m or 1h; "
          + "found '" + value + "'");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> n * 1_000;
      case "m" -> n * 60_000;
      default -> n * 3_600_000;
    };
  }
}
