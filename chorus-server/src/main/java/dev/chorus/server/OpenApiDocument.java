package dev.chorus.server;

import dev.chorus.analysis.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3 document of the API, written from the route table (there is no OpenAPI plugin for Javalin 7, and a
 * document made from the same table the server registers cannot drift from it).
 */
final class OpenApiDocument {
  private OpenApiDocument() {}

  static Map<String, Object> of(List<ApiRoute> routes, String version) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (ApiRoute r : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>());
      item.put(r.method().toLowerCase(java.util.Locale.ROOT), operation(r));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put("info", Map.of("title", "Chorus API", "version", version,
        "description", "Read-only API over a Chorus workspace. Errors: {\"error\": message, \"parameter\": name}."));
    doc.put("paths", paths);
    doc.put("components", Map.of(
        "schemas", Map.of("Error", Map.of("type", "object", "required", List.of("error"), "properties", Map.of(
            "error", Map.of("type", "string"), "parameter", Map.of("type", "string", "nullable", true),
            "limit", Map.of("type", "string", "description", "400: the query cap exceeded (QueryLimit id)"),
            "allowed", Map.of("type", "integer", "description", "400: the cap's allowed value"),
            "reason", Map.of("type", "string", "enum", List.of("busy", "time_budget"), "description",
                "503: busy (shed: retry after Retry-After) or time_budget (the query ran past its budget)"),
            "retry_after", Map.of("type", "integer", "description", "503: seconds, as in Retry-After")))),
        "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer",
            "description", "Needed when the server is bound to a non-loopback address (CHORUS_TOKEN)."))));
    doc.put("security", List.of(Map.of(), Map.of("bearer", List.of())));
    return doc;
  }

  private static Map<String, Object> operation(ApiRoute r) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("summary", r.summary());
    op.put("operationId", operationId(r));
    op.put("parameters", r.parameters().stream().map(OpenApiDocument::parameter).toList());
    Map<String, Object> responses = new LinkedHashMap<>();
    String type = r.contentType();
    responses.put("200", Map.of("description", "OK", "content", Map.of(type, Map.of())));
    Map<String, Object> error = Map.of("description", "Error", "content",
        Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
    responses.put("400", error);
    responses.put("401", error);
    if (CrossSiteCheck.WRITES.contains(r.method())) {
      responses.put("403", error);
    }
    if (r.path().contains("{")) {
      responses.put("404", error);
    }
    responses.put("421", error);
    responses.put("503", error);
    op.put("responses", responses);
    return op;
  }

  private static Map<String, Object> parameter(ApiParameter p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("in", p.in());
    m.put("required", p.in().equals("path"));
    m.put("description", p.description());
    m.put("schema", p.multiple() ? Map.of("type", "array", "items", Map.of("type", "string")) : schema(p));
    if (p.multiple()) {
      m.put("style", "form");
      m.put("explode", true);
    }
    return m;
  }

  /** The type, and for an analysis parameter its default, range or choices, as declared once. */
  private static Map<String, Object> schema(ApiParameter p) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", p.type());
    Parameter declared = p.declared();
    if (declared != null) {
      if (declared.defaultValue() != null) {
        schema.put("default", declared.defaultValue());
      }
      if (declared.min() != null) {
        schema.put("minimum", declared.min());
        schema.put("maximum", declared.max());
      }
      if (!declared.choices().isEmpty()) {
        schema.put("enum", declared.choices());
      }
    }
    return schema;
  }

  private static String operationId(ApiRoute r) {
    String[] parts = r.path().replaceAll("[{}]", "").replace(".", "-").split("[/-]");
    StringBuilder b = new StringBuilder(r.method().toLowerCase(java.util.Locale.ROOT));
    for (String part : parts) {
      if (!part.isEmpty() && !part.equals("api")) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }
}
