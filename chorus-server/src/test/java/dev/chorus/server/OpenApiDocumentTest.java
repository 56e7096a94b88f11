package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document, written out with Jackson and read back as a client would read it. */
class OpenApiDocumentTest {
  static final Set<String> OPENAPI_TYPES = Set.of("string", "integer", "number", "boolean", "array", "object");
  static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
  static final ApiRoute.Handler NONE = r -> null;
  final ObjectMapper json = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void describesEachParameterWithItsLocationTypeAndStyle() throws Exception {
    List<ApiRoute> routes = List.of(
        new ApiRoute("GET", "/api/things", "Things.", List.of(ApiParameter.query("limit", "integer", "How many."),
            ApiParameter.query("threshold", "number", "How high."), ApiParameter.list("lang", "Languages.")), NONE),
        new ApiRoute("GET", "/api/things/{id}", "One thing.", List.of(ApiParameter.path("id", "Its id.")), NONE),
        new ApiRoute("POST", "/api/things/{id}/labels", "Label it.", List.of(ApiParameter.path("id", "Its id.")),
            NONE),
        new ApiRoute("GET", "/api/export.csv", "As CSV.", List.of(), NONE));
    JsonNode doc = readBack(OpenApiDocument.of(routes, "1.2.3"));

    assertThat(doc.get("openapi").asText()).isEqualTo("3.0.3");
    assertThat(doc.at("/info/title").asText()).isEqualTo("Chorus API");
    assertThat(doc.at("/info/version").asText()).isEqualTo("1.2.3");
    assertThat(doc.get("paths").fieldNames()).toIterable()
        .containsExactly("/api/things", "/api/things/{id}", "/api/things/{id}/labels", "/api/export.csv");

    JsonNode things = doc.at("/paths/~1api~1things/get");
    assertThat(things.get("operationId").asText()).isEqualTo("getThings");
    assertThat(things.get("summary").asText()).isEqualTo("Things.");
    JsonNode limit = things.get("parameters").get(0);
    assertThat(limit.get("name").asText()).isEqualTo("limit");
    assertThat(limit.get("in").asText()).isEqualTo("query");
    assertThat(limit.get("required").asBoolean()).isFalse();
    assertThat(limit.get("description").asText()).isEqualTo("How many.");
    assertThat(limit.at("/schema/type").asText()).isEqualTo("integer");
    assertThat(limit.has("style")).isFalse();
    assertThat(things.at("/parameters/1/schema/type").asText()).isEqualTo("number");
    // a list filter is repeated (?lang=fa&lang=ar): form style, exploded, an array of strings
    JsonNode lang = things.get("parameters").get(2);
    assertThat(lang.at("/schema/type").asText()).isEqualTo("array");
    assertThat(lang.at("/schema/items/type").asText()).isEqualTo("string");
    assertThat(lang.get("style").asText()).isEqualTo("form");
    assertThat(lang.get("explode").asBoolean()).isTrue();

    JsonNode one = doc.at("/paths/~1api~1things~1{id}/get");
    assertThat(one.at("/parameters/0/in").asText()).isEqualTo("path");
    assertThat(one.at("/parameters/0/required").asBoolean()).as("path parameters must be required").isTrue();
    assertThat(one.at("/responses").fieldNames()).toIterable().containsExactly("200", "400", "401", "404", "421", "503");
    assertThat(doc.at("/paths/~1api~1things~1{id}~1labels/post/operationId").asText()).isEqualTo("postThingsIdLabels");
    assertThat(things.at("/responses").fieldNames()).toIterable().containsExactly("200", "400", "401", "421",
        "503");
    assertThat(things.at("/responses/200/content").fieldNames()).toIterable().containsExactly("application/json");
    assertThat(doc.at("/paths/~1api~1export.csv/get/responses/200/content").fieldNames()).toIterable()
        .containsExactly("text/csv");
    assertThat(doc.at("/paths/~1api~1export.csv/get/operationId").asText()).isEqualTo("getExportCsv");
    assertThat(things.at("/responses/400/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/Error");
  }

  @Test
  void theServersTableIsListedWholeAndIsValidOpenApi3() throws Exception {
    List<ApiRoute> routes;
    try (FixtureWorkspace fixture = new FixtureWorkspace(dir)) {
      routes = ApiRoutes.table(fixture.api(false));
    }
    ApiRoute self = routes.stream().filter(r -> r.path().equals("/api/openapi.json")).findFirst().orElseThrow();
    JsonNode doc = readBack(self.handler().handle(null));
    assertThat(doc.get("openapi").asText()).matches("3\\.0\\.\\d+");
    assertThat(doc.at("/info/version").asText()).isEqualTo("test");
    assertThat(doc.at("/paths/~1api~1method.html/get/responses/200/content").fieldNames()).toIterable()
        .as("the report's Method section is a page").containsExactly("text/html");
    // the components every operation refers to exist
    assertThat(doc.at("/components/schemas/Error/properties/error/type").asText()).isEqualTo("string");
    assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");

    Set<String> operationIds = new HashSet<>();
    int operations = 0;
    for (ApiRoute route : routes) {
      String where = route.method() + " " + route.path();
      JsonNode op = doc.get("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
      assertThat(op.isObject()).as(where + " is listed").isTrue();
      operations++;
      assertThat(operationIds.add(op.get("operationId").asText())).as(where + ": unique operationId").isTrue();
      assertThat(op.get("summary").asText()).as(where).isEqualTo(route.summary());
      assertThat(op.at("/responses/200").isObject()).as(where).isTrue();
      op.get("responses").forEach(r -> assertThat(r.path("description").asText()).as(where + ": a response "
          + "needs a description").isNotBlank());
      List<String> names = new ArrayList<>();
      for (int i = 0; i < route.parameters().size(); i++) {
        ApiParameter expected = route.parameters().get(i);
        JsonNode p = op.get("parameters").get(i);
        assertThat(p).as(where + " parameter " + i).isNotNull();
        assertThat(p.get("name").asText()).as(where).isEqualTo(expected.name());
        assertThat(p.get("in").asText()).as(where).isIn("query", "path").isEqualTo(expected.in());
        assertThat(p.get("description").asText()).as(where + " " + expected.name()).isNotBlank();
        String type = p.at("/schema/type").asText();
        assertThat(type).as(where + " " + expected.name()).isIn(OPENAPI_TYPES)
            .isEqualTo(expected.multiple() ? "array" : expected.type());
        if (expected.multiple()) {
          assertThat(p.get("style").asText() + " " + p.get("explode").asBoolean()).isEqualTo("form true");
        }
        names.add(expected.name());
      }
      assertThat(op.get("parameters")).as(where).hasSize(route.parameters().size());
      assertThat(new HashSet<>(names)).as(where + ": no parameter twice").hasSize(names.size());
      // OpenAPI: every {template} of the path is a required path parameter, and every path parameter is in the path
      Set<String> templated = new HashSet<>();
      Matcher m = TEMPLATE.matcher(route.path());
      while (m.find()) {
        templated.add(m.group(1));
      }
      Set<String> pathParams = new HashSet<>();
      op.get("parameters").forEach(p -> {
        if (p.get("in").asText().equals("path")) {
          pathParams.add(p.get("name").asText());
          assertThat(p.get("required").asBoolean()).as(where).isTrue();
        }
      });
      assertThat(pathParams).as(where).isEqualTo(templated);
    }
    int listed = 0;
    for (JsonNode item : doc.get("paths")) {
      listed += item.size();
    }
    assertThat(listed).as("no operation that the server does not serve").isEqualTo(operations);
  }

  private JsonNode readBack(Object document) throws Exception {
    return json.readTree(json.writeValueAsString(document));
  }
}
