package dev.chorus.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where failures become responses: {@code {"error": message, "parameter": name}} with the status of
 * an {@link ApiException}, Javalin's own (404 for an unknown path, 405), or 500 with no internals for anything else
 * (logged to the server's error stream).
 */
final class ApiErrors {
  private final ObjectMapper json;
  private final PrintStream log;

  ApiErrors(ObjectMapper json, PrintStream log) {
    this.json = json;
    this.log = log;
  }

  void handle(Exception e, Context ctx) {
    if (e instanceof ApiException a) {
      write(ctx, a.status(), a.getMessage(), a.parameter());
    } else if (e instanceof HttpResponseException h) {
      String message = h.getStatus() == 404 ? "not found: " + ctx.method() + " " + ctx.path() : h.getMessage();
      write(ctx, h.getStatus(), message, null);
    } else {
      log.println("chorus serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      write(ctx, 500, "internal error (see the server log)", null);
    }
  }

  private void write(Context ctx, int status, String message, String parameter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("parameter", parameter);
    try {
      ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
