package dev.chorus.collect;

import io.javalin.Javalin;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsHandlerType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jetstream on loopback, as its README describes {@code /subscribe}: a WebSocket that sends one JSON event per text
 * message, only those of {@code wantedCollections} (commits) and {@code wantedDids} (any kind), from {@code cursor}
 * (microseconds, inclusive) onwards, then keeps the stream open, or closes it after {@code closeAfter} events (a
 * stream that stops mid-way). Every connection's query is kept for assertions. A real server: Javalin (Jetty).
 */
final class JetstreamStandIn implements AutoCloseable {
  private static final Pattern TIME = Pattern.compile("\"time_us\":(\\d+)");
  private static final Pattern DID = Pattern.compile("\"did\":\"([^\"]+)\"");
  private static final Pattern COLLECTION = Pattern.compile("\"collection\":\"([^\"]+)\"");

  final List<String> events = new CopyOnWriteArrayList<>();
  final List<Map<String, List<String>>> queries = new CopyOnWriteArrayList<>();
  volatile int closeAfter = -1;
  private final Javalin app;

  JetstreamStandIn() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = "127.0.0.1";
      config.jetty.port = 0;
      config.routes.addWsHandler(WsHandlerType.WEBSOCKET, "/subscribe", ws -> ws.onConnect(this::stream));
    }).start();
  }

  String instance() {
    return "ws://127.0.0.1:" + app.port();
  }

  private void stream(WsConnectContext ctx) {
    queries.add(ctx.queryParamMap());
    long cursor = ctx.queryParam("cursor") == null ? 0 : Long.parseLong(ctx.queryParam("cursor"));
    List<String> collections = ctx.queryParams("wantedCollections");
    List<String> dids = ctx.queryParams("wantedDids");
    int sent = 0;
    for (String e : events) {
      Matcher t = TIME.matcher(e);
      if (t.find() && Long.parseLong(t.group(1)) < cursor) {
        continue;
      }
      Matcher d = DID.matcher(e);
      Matcher c = COLLECTION.matcher(e);
      if ((!dids.isEmpty() && (!d.find() || !dids.contains(d.group(1))))
          || (!collections.isEmpty() && c.find() && !collections.contains(c.group(1)))) {
        continue;
      }
      if (sent++ == closeAfter) {
        break;
      }
      ctx.send(e);
    }
    if (closeAfter >= 0) {
      ctx.closeSession(1011, "server shutting down");
    }
  }

  /** A post create, as Jetstream sends it (README, "Example events"). */
  static String post(String did, long timeUs, String rkey, String text) {
    return """
        {"did":"%s","time_us":%d,"kind":"commit","commit":{"rev":"3l3qo2vutsw2b","operation":"create",\
        "collection":"app.bsky.feed.post","rkey":"%s","record":{"$type":"app.bsky.feed.post","text":"%s",\
        "createdAt":"2025-04-12T10:00:00.000Z","langs":["en"],"facets":[{"index":{"byteStart":0,"byteEnd":7},\
        "features":[{"$type":"app.bsky.richtext.facet#tag","tag":"Muscat"}]}]},\
        "cid":"bafyreidofvwoqvd2cnzbun6dkzgfucxh57tirf3ohhde7lsvh4fu3jehgy"}}"""
        .formatted(did, timeUs, rkey, text);
  }

  static String like(String did, long timeUs) {
    return """
        {"did":"%s","time_us":%d,"kind":"commit","commit":{"rev":"3l3qo2vutsw2c","operation":"create",\
        "collection":"app.bsky.feed.like","rkey":"3l3qo2vuowo2b","record":{"$type":"app.bsky.feed.like",\
        "createdAt":"2025-04-12T10:00:00.000Z",\
        "subject":{"cid":"bafyreidc6sydkkbchcyg62v77wbhzvb2mvytlmsychqgwf2xojjtirmzj4",\
        "uri":"at://did:plc:wa7b35aakoll7hugkrjtf3xf/app.bsky.feed.post/3l3pte3p2e325"}},\
        "cid":"bafyreidwaivazkwu67xztlmuobx35hs2lnfh3kolmgfmucldvhd3sgzcqi"}}""".formatted(did, timeUs);
  }

  static String delete(String did, long timeUs, String rkey) {
    return """
        {"did":"%s","time_us":%d,"kind":"commit","commit":{"rev":"3l3qo2vutsw2d","operation":"delete",\
        "collection":"app.bsky.feed.post","rkey":"%s"}}""".formatted(did, timeUs, rkey);
  }

  static String identity(String did, long timeUs) {
    return """
        {"did":"%s","time_us":%d,"kind":"identity","identity":{"did":"%s","handle":"someone.bsky.social",\
        "seq":1409752997,"time":"2025-04-12T10:00:00.870Z"}}""".formatted(did, timeUs, did);
  }

  static String account(String did, long timeUs) {
    return """
        {"did":"%s","time_us":%d,"kind":"account","account":{"active":true,"did":"%s","seq":1409753013,\
        "time":"2025-04-12T10:00:00.870Z"}}""".formatted(did, timeUs, did);
  }

  @Override
  public void close() {
    app.stop();
  }
}
