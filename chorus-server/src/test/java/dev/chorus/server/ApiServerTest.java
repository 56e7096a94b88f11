package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API against a real server on a free port, through java.net.http. */
class ApiServerTest extends FixtureServerTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode getJson(String pathAndQuery, int status) throws Exception {
    HttpResponse<String> r = get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery + " -> " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return json.readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void healthSaysOkAndCountsPosts() throws Exception {
    JsonNode h = getJson("/api/health", 200);
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("posts").asLong()).isEqualTo(FixtureWorkspace.POSTS);
  }

  @Test
  void searchAppliesTheFilters() throws Exception {
    JsonNode fa = getJson("/api/search?lang=fa&limit=50", 200);
    assertThat(fa.get("total").asLong()).isEqualTo(3);
    fa.get("posts").forEach(p -> assertThat(p.get("lang").asText()).isEqualTo("fa"));

    JsonNode talks = getJson("/api/search?q=talks&platform=x&since=2025-04-03&until=2025-04-04", 200);
    assertThat(talks.get("total").asLong()).isEqualTo(3);
    talks.get("posts").forEach(p -> {
      assertThat(p.get("platform").asText()).isEqualTo("x");
      assertThat(p.get("created_at").asText()).startsWith("2025-04-03");
    });

    JsonNode tag = getJson("/api/search?hashtag=" + enc("#نه_به_مذاکره") + "&limit=1", 200);
    assertThat(tag.get("total").asLong()).isEqualTo(3);
    assertThat(tag.get("posts")).hasSize(1);

    JsonNode both = getJson("/api/search?lang=ar&lang=he", 200);
    JsonNode comma = getJson("/api/search?lang=ar,he", 200);
    assertThat(both.get("total").asLong()).isEqualTo(2).isEqualTo(comma.get("total").asLong());
  }

  @Test
  void labelsComeWithTheirConfidence() throws Exception {
    JsonNode post = getJson("/api/posts/x:lab1", 200);
    JsonNode label = post.get("labels").get(0);
    assertThat(label.get("key").asText()).isEqualTo("stance:talks");
    assertThat(label.get("value").asText()).isEqualTo("against");
    assertThat(label.get("confidence").asDouble()).isEqualTo(0.83);
    assertThat(label.get("probabilities").get("favor").asDouble()).isEqualTo(0.05);
    assertThat(post.get("labels").get(1).has("probabilities")).as("a label without them leaves the field out")
        .isFalse();
    assertThat(getJson("/api/stats?stance=against", 200).get("posts").asLong()).isEqualTo(1);
  }

  @Test
  void badParametersAre400NamingTheParameter() throws Exception {
    List<String[]> cases = List.of(
        new String[] {"/api/search?since=yesterday", "since"},
        new String[] {"/api/search?limit=abc", "limit"},
        new String[] {"/api/search?limit=100000", "limit"},
        new String[] {"/api/search?sort=oldest", "sort"},
        new String[] {"/api/stats?langg=fa", "langg"},
        new String[] {"/api/stats?platform=myspace", "platform"},
        new String[] {"/api/stats?since=2025-04-03&until=2025-04-01", "until"},
        new String[] {"/api/stats?hashtag=a&hashtag=b", "hashtag"},
        new String[] {"/api/search?q=" + enc("((("), "q"},
        new String[] {"/api/stats?call=petition&since=soon", "since"},
        new String[] {"/api/trends?by=mood", "by"},
        new String[] {"/api/trends?interval=year", "interval"},
        new String[] {"/api/trends?top=99", "top"},
        new String[] {"/api/trends?threshold=x", "threshold"},
        new String[] {"/api/cohorts?interval=year", "interval"},
        new String[] {"/api/cohorts?min_framed=0", "min_framed"},
        new String[] {"/api/calls?top=0", "top"},
        new String[] {"/api/calls?kind=tweet", "kind"},
        new String[] {"/api/coordination?by=likes", "by"},
        new String[] {"/api/coordination?time_window=-1", "time_window"},
        new String[] {"/api/coordination?similarity=2", "similarity"},
        new String[] {"/api/coordination?min_weight=2&weight_quantile=0.5", "weight_quantile"},
        new String[] {"/api/coordination?community=louvain", "community"},
        new String[] {"/api/coordination?min_participation=x", "min_participation"});
    for (String[] c : cases) {
      JsonNode error = getJson(c[0], 400);
      assertThat(error.get("parameter").asText()).as(c[0]).isEqualTo(c[1]);
      assertThat(error.get("error").asText()).as(c[0]).isNotBlank();
    }
  }

  /** A filter value no post has is named in the body's {@code warnings}; known values give none. */
  @Test
  void anUnknownLanguageIsWarnedOfWithTheKnownOnes() throws Exception {
    for (String analysis : new String[] {"stats", "search", "trends"}) {
      JsonNode body = getJson("/api/" + analysis + "?lang=xx", 200);
      JsonNode warning = body.path("warnings").path(0);
      assertThat(warning.path("parameter").asText()).as(analysis).isEqualTo("lang");
      assertThat(warning.path("value").asText()).isEqualTo("xx");
      assertThat(warning.path("message").asText()).startsWith("no post has lang 'xx'; known: ").contains("fa");
    }
  }

  @Test
  void knownFilterValuesAndNoFiltersGiveNoWarnings() throws Exception {
    assertThat(getJson("/api/stats?lang=fa", 200).has("warnings")).isFalse();
    assertThat(getJson("/api/stats?lang=FA&stance=against", 200).has("warnings")).isFalse();
    assertThat(getJson("/api/stats", 200).has("warnings")).isFalse();
  }
  @Test
  void unknownPostsAndPathsAre404Json() throws Exception {
    JsonNode post = getJson("/api/posts/x:nope", 404);
    assertThat(post.get("parameter").asText()).isEqualTo("id");
    assertThat(post.get("error").asText()).contains("x:nope");
    assertThat(getJson("/api/nothing-here", 404).get("error").asText()).contains("/api/nothing-here");
  }

  /** The page shows names, not ids: the codebook's (per language where it has them) and the call types'. */
  @Test
  void dimensionsCarryTheNamesOfTheirValuesPerLanguageAndTheCallTypes() throws Exception {
    java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
    getJson("/api/dimensions", 200).get("dimensions").forEach(d -> byId.put(d.get("id").asText(), d));
    JsonNode frame = byId.get("frame");
    assertThat(frame.get("value_names").get("sovereignty").asText()).isEqualTo("Sovereignty");
    assertThat(frame.get("value_names_by_language").get("fa").get("sovereignty").asText()).isEqualTo("حاکمیت");
    assertThat(frame.get("value_names_by_language").get("de").get("sovereignty").asText()).isEqualTo("Souveränität");
    assertThat(frame.get("value_names_by_language").get("de").has("security")).isFalse();
    JsonNode call = byId.get("call").get("value_names");
    assertThat(call.get("end-talks").asText()).isEqualTo("End the talks");
    assertThat(call.size()).isEqualTo(6);
  }

  @Test
  void theBodiesTheServerBuildsItselfAreInTheDataDictionary() throws Exception {
    dev.chorus.dictionary.DataDictionary dictionary = dev.chorus.dictionary.DataDictionary.of(
        dev.chorus.codebook.CodebookLoader.loadDefault());
    for (String id : List.of("health", "dimensions", "models")) {
      dev.chorus.dictionary.BodyCheck check = dictionary.check(id, getJson("/api/" + id, 200));
      assertThat(check.undescribed()).as("/api/" + id + ": fields written but not in the data dictionary").isEmpty();
      assertThat(check.described()).as("/api/" + id + ": fields checked").isNotEmpty();
    }
    assertThat(dictionary.check("models", getJson("/api/models", 200)).described())
        .contains("models[].id", "models[].label_key", "models[].card");
  }

  @Test
  void theDataDictionaryDescribesTheCsvHeaderAndEveryAnalysis() throws Exception {
    JsonNode dictionary = getJson("/api/dictionary", 200);
    java.util.Map<String, JsonNode> sections = new java.util.HashMap<>();
    dictionary.get("sections").forEach(s -> sections.put(s.get("id").asText(), s));
    dev.chorus.analysis.Analyses.ALL.forEach(a -> assertThat(sections).containsKey(a.id()));
    List<String> columns = new java.util.ArrayList<>();
    sections.get("csv").get("fields").forEach(f -> {
      columns.add(f.get("name").asText());
      assertThat(f.get("meaning").asText()).as(f.get("name").asText()).isNotBlank();
    });
    String header = get("/api/export.csv").body().lines().findFirst().orElseThrow();
    assertThat(header).isEqualTo("\uFEFF" + String.join(",", columns));
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/app.js", "/api/health", "/api/nothing-here", "/vendor/echarts.min.js")) {
      HttpResponse<String> r = get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
          "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    }
  }

  @Test
  void theMethodPageIsTheReportsMethodSectionUnderTheServersHeaders() throws Exception {
    HttpResponse<String> r = get("/api/method.html");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).isEqualTo(SecurityHeaders.CSP);
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(r.body()).contains("<h2 id=\"method\">Method</h2>", "id=\"method-codebook\">Codebook version test.1",
        "id=\"method-annotators\"", "id=\"method-models\"", "talks.card.json", "href=\"/report.css\"",
        "<li>stance:talks f_avg 0.61 (cross-validated, 120 examples)</li>")
        .doesNotContain("<script", "<style", "style=\"");
    HttpResponse<String> css = get("/report.css");
    assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    assertThat(css.body()).contains("table{border-collapse:collapse");
    JsonNode help = getJson("/api/help", 200).get("topics");
    assertThat(help.at("/compare/method").asText()).isEqualTo("/api/method.html#method");
    assertThat(help.at("/models/method").asText()).isEqualTo("/api/method.html#method-models");
  }

  @Test
  void thePageLoadsNothingFromOtherHostsAndHasNoInlineScriptOrStyle() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContainPattern("(src|href)=\"(https?:)?//")
        .doesNotContain("<style", "style=\"", "onclick", "onload").doesNotContainPattern("<script>");
    assertThat(get("/vendor/echarts.min.js").body()).contains("echarts");
  }

  @Test
  void openApiListsEveryRouteWithItsParameters() throws Exception {
    JsonNode doc = getJson("/api/openapi.json", 200);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> missing = new ArrayList<>();
    for (ApiRoute route : server.routes()) {
      JsonNode op = doc.get("paths").path(route.path()).path(route.method().toLowerCase());
      if (op.isMissingNode()) {
        missing.add(route.method() + " " + route.path());
        continue;
      }
      List<String> names = new ArrayList<>();
      op.get("parameters").forEach(p -> names.add(p.get("name").asText()));
      assertThat(names).as(route.path()).containsExactlyElementsOf(
          route.parameters().stream().map(ApiParameter::name).toList());
    }
    assertThat(missing).isEmpty();
    assertThat(doc.get("paths").fieldNames()).toIterable().contains("/api/health", "/api/search", "/api/stats",
        "/api/posts/{id}", "/api/coverage", "/api/trends", "/api/cohorts", "/api/calls", "/api/coordination",
        "/api/models", "/api/codebook", "/api/export.csv", "/api/openapi.json");
    List<String> trends = new ArrayList<>();
    doc.get("paths").get("/api/trends").get("get").get("parameters").forEach(p -> trends.add(p.get("name").asText()));
    assertThat(trends).contains("q", "lang", "cohort", "call", "interval", "by", "top", "window", "threshold",
        "min_count");
  }

  @Test
  void coverageShowsSpansGapsAndRejects() throws Exception {
    JsonNode c = getJson("/api/coverage", 200);
    assertThat(c.get("all").get("posts").asLong()).isEqualTo(FixtureWorkspace.POSTS);
    JsonNode x = null;
    for (JsonNode p : c.get("by_platform")) {
      if (p.get("label").asText().equals("x")) {
        x = p;
      }
    }
    assertThat(x).isNotNull();
    assertThat(x.get("days").asLong()).isEqualTo(4);
    assertThat(x.get("days_without_posts").asLong()).isEqualTo(1);
    assertThat(x.get("missing_ranges").get(0).asText()).isEqualTo("2025-04-02");
    assertThat(x.get("drilldown").get("platform").get(0).asText()).isEqualTo("x");
    assertThat(c.get("rejects").get("records").asLong()).isEqualTo(1);
    assertThat(c.get("rejects").get("files").asLong()).isEqualTo(1);
    assertThat(c.get("rejects").get("by_reason").get("truncated document").asLong()).isEqualTo(1);
    assertThat(c.get("runs").get("runs").asLong()).isZero();
    JsonNode fa = getJson("/api/coverage?lang=fa", 200);
    assertThat(fa.get("by_platform")).hasSize(1);
    assertThat(fa.get("by_platform").get(0).get("posts").asLong()).isEqualTo(3);
    assertThat(fa.get("filter").get("lang").get(0).asText()).isEqualTo("fa");
  }

  @Test
  void trendsSplitByADimensionAddUpToTheDailyCountsWithEventsAndTopN() throws Exception {
    JsonNode stats = getJson("/api/stats", 200);
    JsonNode t = getJson("/api/trends?by=lang&top=2", 200);
    JsonNode series = t.get("series");
    assertThat(series.get("interval").asText()).isEqualTo("day");
    JsonNode buckets = series.get("buckets");
    assertThat(buckets.get(0).asText()).isEqualTo("2025-04-01T00:00:00Z");
    assertThat(buckets).hasSize(4);
    for (int i = 0; i < buckets.size(); i++) {
      long sum = 0;
      for (JsonNode s : series.get("series")) {
        sum += s.get(i).asLong();
      }
      String day = buckets.get(i).asText().substring(0, 10);
      assertThat(sum).isEqualTo(stats.get("by_day").path(day).asLong(0));
      assertThat(series.get("total").get(i).asLong()).isEqualTo(sum);
    }
    assertThat(series.get("series").fieldNames()).toIterable().containsExactly("en", "de", "(other)");
    JsonNode en = getJson("/api/stats?lang=en", 200).get("by_day");
    for (int i = 0; i < buckets.size(); i++) {
      assertThat(series.get("series").get("en").get(i).asLong())
          .isEqualTo(en.path(buckets.get(i).asText().substring(0, 10)).asLong(0));
    }
    assertThat(t.get("events")).singleElement().satisfies(e -> {
      assertThat(e.get("date").asText()).isEqualTo("2025-04-03");
      assertThat(e.get("title").asText()).isEqualTo("First round in Muscat");
    });
    assertThat(t.get("detector").get("window").asInt()).isEqualTo(7);
    JsonNode frames = getJson("/api/trends?by=frame&interval=week&window=3&threshold=2&min_count=1", 200);
    assertThat(frames.get("series").get("buckets")).hasSize(1);
    assertThat(frames.get("series").get("series").get("sovereignty").get(0).asLong()).isEqualTo(1);
    assertThat(frames.get("detector").get("threshold").asDouble()).isEqualTo(2.0);
    assertThat(stats.get("by_hashtag").get("nodeal").asLong()).isEqualTo(5);
  }

  @Test
  void cohortsCompareTheCodebookCohortsWithDrilldowns() throws Exception {
    JsonNode c = getJson("/api/cohorts?interval=day", 200);
    assertThat(c.get("cohorts")).extracting(n -> n.get("id").asText()).containsExactly("hawks", "doves");
    JsonNode hawks = c.get("cohorts").get(0);
    assertThat(hawks.get("posts").asLong()).isEqualTo(3);
    assertThat(hawks.get("drilldown").get("cohort").get(0).asText()).isEqualTo("hawks");
    JsonNode against = hawks.get("stance").get("talks").get(0);
    assertThat(against.get("label").asText()).isEqualTo("against");
    assertThat(against.get("share").get("count").asLong()).isEqualTo(1);
    assertThat(c.get("convergence")).hasSize(1);
    assertThat(c.get("interval").asText()).isEqualTo("day");
    String drill = hawks.get("frames").get(0).get("drilldown").toString();
    assertThat(drill).contains("\"frame\":[\"sovereignty\"]");
  }

  @Test
  void callsAnswerWithNoCallsInTheFixture() throws Exception {
    JsonNode c = getJson("/api/calls?lang=en", 200);
    assertThat(c.get("posts").asLong()).isEqualTo(9);
    assertThat(c.get("calls").get("share").get("count").asLong()).isZero();
    assertThat(c.get("filter").get("lang").get(0).asText()).isEqualTo("en");
  }

  @Test
  void coordinationFindsThePairThatSharesTheSameLinksWithinSeconds() throws Exception {
    JsonNode c = getJson("/api/coordination?by=url&time_window=60&min_weight=2", 200);
    assertThat(c.get("by").asText()).isEqualTo("url");
    assertThat(c.get("group_count").asInt()).isEqualTo(1);
    JsonNode group = c.get("groups").get(0);
    assertThat(group.get("accounts")).extracting(JsonNode::asText).containsExactlyElementsOf(
        FixtureWorkspace.COORDINATED);
    assertThat(group.get("objects").asInt()).isEqualTo(2);
    assertThat(group.get("example_post_ids")).extracting(JsonNode::asText)
        .containsExactly("mastodon:m0", "mastodon:m1", "mastodon:m2", "mastodon:m3");
    assertThat(c.get("nodes")).extracting(n -> n.get("id").asText()).containsExactlyInAnyOrderElementsOf(
        FixtureWorkspace.COORDINATED);
    assertThat(c.get("edges")).singleElement().satisfies(e -> assertThat(e.get("weight").asDouble()).isEqualTo(2));
    assertThat(getJson("/api/coordination?by=url&time_window=10", 200).get("group_count").asInt()).isZero();
    assertThat(getJson("/api/coordination?by=url&lang=en", 200).get("posts").asLong()).isEqualTo(9);
    assertThat(getJson("/api/coordination?by=repost", 200).get("groups").get(0).get("accounts"))
        .extracting(JsonNode::asText).containsExactlyElementsOf(FixtureWorkspace.COORDINATED);
  }

  @Test
  void modelCardsAreListedAndFoundByLabelKey() throws Exception {
    JsonNode all = getJson("/api/models", 200);
    assertThat(all.get("models")).singleElement().satisfies(m -> {
      assertThat(m.get("id").asText()).isEqualTo("stance/talks");
      assertThat(m.get("label_key").asText()).isEqualTo("stance:talks");
      assertThat(m.get("card").get("threshold").asDouble()).isEqualTo(0.55);
    });
    assertThat(getJson("/api/models?key=" + enc("stance:talks"), 200).get("models")).hasSize(1);
    assertThat(getJson("/api/models?key=frame", 200).get("models")).isEmpty();
  }

  @Test
  void theCodebookListsTargetsFramesAndEvents() throws Exception {
    JsonNode cb = getJson("/api/codebook", 200);
    assertThat(cb.get("version").asText()).isEqualTo("test.1");
    assertThat(cb.get("targets").get(0).get("id").asText()).isEqualTo("talks");
    assertThat(cb.get("frames")).hasSize(2);
    assertThat(cb.get("events").get(0).get("date").asText()).isEqualTo("2025-04-03");
  }

  @Test
  void exportIsCsvNamedAfterTheFilters() throws Exception {
    HttpResponse<String> r = get("/api/export.csv?lang=en&since=2025-04-04");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .contains("chorus-posts_lang-en_since-2025-04-04.csv");
    List<String> lines = r.body().lines().toList();
    // the byte order mark first: spreadsheets then read Persian, Arabic and Hebrew as UTF-8
    assertThat(lines.get(0)).startsWith("\uFEFFid,platform,kind,role,created_at").endsWith(",addressee,labels");
    assertThat(r.body()).contains("x:xss1", "x:lab1", "stance:talks=against@0.83", ",talks:against,")
        .doesNotContain("x:en0");
    assertThat(getJson("/api/export.csv?q=" + enc("((("), 400).get("parameter").asText()).isEqualTo("q");
  }

  @Test
  void labellingIsForbiddenUnlessAllowed() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/posts/x:en0/labels"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json.readTree(r.body()).get("error").asText()).contains("--allow-labelling");
  }

  HttpResponse<String> post(ChorusServer to, String path, String contentType, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(to.url() + path.substring(1)))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void codesAreAppendedToTheLabelsFileWhenLabellingIsAllowed() throws Exception {
    try (ChorusServer open = fixture.server(null, true)) {
      String code = "{\"coder\": \"ana\", \"codes\": [{\"target\": \"talks\", \"stance\": \"against\"}], "
          + "\"frames\": [\"security\"]}";
      HttpResponse<String> ok = post(open, "/api/posts/x:en0/labels", "application/json", code);
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      assertThat(json.readTree(ok.body()).get("written").asInt()).isEqualTo(1);
      assertThat(post(open, "/api/posts/x:en0/labels", "text/plain", code).statusCode()).isEqualTo(415);
      assertThat(post(open, "/api/posts/x:nope/labels", "application/json", code).statusCode()).isEqualTo(404);
      List<String[]> bad = List.of(
          new String[] {"{\"coder\": \"\", \"frames\": [\"security\"]}", "coder"},
          new String[] {"{\"coder\": \"ana\", \"codes\": [{\"target\": \"war\", \"stance\": \"favor\"}]}",
              "target"},
          new String[] {"{\"coder\": \"ana\", \"codes\": [{\"target\": \"talks\", \"stance\": \"maybe\"}]}",
              "stance"},
          new String[] {"{\"coder\": \"ana\", \"frames\": [\"mood\"]}", "frames"},
          new String[] {"{\"coder\": \"ana\"}", "codes"},
          new String[] {"{\"coder\": \"ana\", \"frames\": \"security\"}", "frames"},
          new String[] {"[1, 2]", "body"});
      for (String[] c : bad) {
        HttpResponse<String> r = post(open, "/api/posts/x:en0/labels", "application/json", c[0]);
        assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
        assertThat(json.readTree(r.body()).get("parameter").asText()).as(c[0]).isEqualTo(c[1]);
      }
      List<String> lines = java.nio.file.Files.readAllLines(fixture.workspace.root().resolve("labels/codes.ndjson"));
      assertThat(lines).hasSize(1);
      JsonNode line = json.readTree(lines.get(0));
      assertThat(line.get("coder").asText()).isEqualTo("ana");
      assertThat(line.get("id").asText()).isEqualTo("x:en0");
      assertThat(line.get("target").asText()).isEqualTo("talks");
      assertThat(line.get("stance").asText()).isEqualTo("against");
      assertThat(line.get("frames").get(0).asText()).isEqualTo("security");
      assertThat(dev.chorus.labelling.CodeStore.in(fixture.workspace.root().resolve("labels")).load())
          .as("readable by chorus label --import").hasSize(1);
      assertThat(getJson("/api/health", 200).get("labelling").asBoolean()).isFalse();
      JsonNode gain = json.readTree(http.send(HttpRequest.newBuilder(URI.create(open.url()
          + "api/labelling/next-gain")).build(), HttpResponse.BodyHandlers.ofString()).body());
      assertThat(gain.get("gain").asDouble()).isEqualTo(0.03);
      JsonNode talks = gain.get("targets").get(0);
      assertThat(talks.get("target").asText()).isEqualTo("talks");
      assertThat(talks.get("labelled").asInt()).as("the one code just stored").isEqualTo(1);
      assertThat(talks.path("more").isNumber()).as("one code is below every curve: no number").isFalse();
      assertThat(talks.get("message").asText()).contains("too few", "at least 49 more");
    }
  }

  @Test
  void aNonLoopbackAddressNeedsAToken() {
    assertThatThrownBy(() -> AccessPolicy.forBinding("0.0.0.0", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CHORUS_TOKEN");
    assertThatThrownBy(() -> new ServerOptions("0.0.0.0", 0, new AccessPolicy(null), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
    assertThatThrownBy(() -> new AccessPolicy("short")).hasMessageContaining("16");
    assertThat(AccessPolicy.forBinding("127.0.0.1", null).required()).isFalse();
    assertThat(AccessPolicy.forBinding("0.0.0.0", "0123456789abcdef0123").required()).isTrue();
  }

  @Test
  void withATokenEveryRequestMustCarryIt() throws Exception {
    String token = "s3cret-token-0123456789";
    try (ChorusServer guarded = fixture.server(token)) {
      String base = guarded.url();
      for (String path : List.of("api/health", "", "app.js", "api/openapi.json", "api/method.html", "report.css")) {
        HttpResponse<String> denied = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(denied.statusCode()).as(path).isEqualTo(401);
        assertThat(denied.headers().firstValue("Content-Security-Policy")).isPresent();
      }
      HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(base + "api/health"))
          .header("Authorization", "Bearer wrong-token-0123456789").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(401);
      HttpResponse<String> bearer = http.send(HttpRequest.newBuilder(URI.create(base + "api/health"))
          .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(bearer.statusCode()).isEqualTo(200);
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "?token=" + token)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      String cookie = page.headers().firstValue("Set-Cookie").orElse("");
      assertThat(cookie).contains("chorus_token=" + token).containsIgnoringCase("HttpOnly")
          .containsIgnoringCase("SameSite=Strict");
      HttpResponse<String> withCookie = http.send(HttpRequest.newBuilder(URI.create(base + "api/stats?lang=fa"))
          .header("Cookie", "chorus_token=" + token).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(withCookie.statusCode()).isEqualTo(200);
    }
  }
}
