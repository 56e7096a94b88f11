package dev.chorus.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.QueryBudgetExceededException;
import dev.chorus.store.QueryTooComplexException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where failures become responses: {@code {"error": message, "parameter": name}} with the status of
 * an {@link ApiException}, 400 for a filter the store refused (with {@code limit} and {@code allowed} for a query
 * past a {@link dev.chorus.store.QueryLimit}), 503 with {@code Retry-After} for a query past its time budget,
 * Javalin's own (404 for an unknown path, 405), or 500 with no internals for anything else: a bug, logged with its
 * stack trace to the server's error stream. Nothing a user can type should reach that last case.
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
      write(ctx, a);
    } else if (e instanceof QueryTooComplexException t) {
      write(ctx, new ApiException(400, t.getMessage(), t.filter(),
          Map.of("limit", t.limit().id(), "allowed", t.limit().allowed()), 0));
    } else if (e instanceof InvalidFilterException f) {
      write(ctx, ApiException.badParameter(f.filter(), f.getMessage()));
    } else if (e instanceof QueryBudgetExceededException b) {
      write(ctx, ApiException.unavailable(b.getMessage(), "time_budget", ServerLimits.RETRY_BUDGET_SECONDS));
    } else if (e instanceof HttpResponseException h) {
      String message = h.getStatus() == 404 ? "not found: " + ctx.method() + " " + ctx.path() : h.getMessage();
      write(ctx, new ApiException(h.getStatus(), message, null));
    } else {
      synchronized (log) {
        log.println("chorus serve: " + ctx.method() + " " + ctx.path() + " failed (a bug; please report it):");
        e.printStackTrace(log);
      }
      write(ctx, new ApiException(500, "internal error (see the server log)", null));
    }
  }

  private void write(Context ctx, ApiException a) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", a.getMessage());
    body.put("parameter", a.parameter());
    body.putAll(a.details());
    if (a.retryAfterSeconds() > 0) {
      ctx.header("Retry-After", Integer.toString(a.retryAfterSeconds()));
    }
    try {
      ctx.status(a.status()).contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
