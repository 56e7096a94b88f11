package dev.chorus.alerts;

import dev.chorus.json.JsonConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs an alert as JSON to the workspace's webhook, retrying a failed delivery (no answer, 5xx, 429) twice with a
 * growing pause; a refusal (4xx) is not retried. The alert is in the log whatever happens here: a failed delivery is
 * reported, never a reason to lose the alert.
 */
public final class Webhook {
  static final int ATTEMPTS = 3;
  private final URI uri;
  private final HttpClient client;
  private final Duration pause;

  public Webhook(URI uri) {
    this(uri, Duration.ofSeconds(1));
  }

  Webhook(URI uri, Duration pause) {
    this.uri = uri;
    this.pause = pause;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Delivers one alert; returns null when the hook took it, else what went wrong, in words. */
  public String deliver(Alert alert) throws InterruptedException {
    String problem = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (attempt > 1) {
        Thread.sleep(pause.toMillis() << (attempt - 2));
      }
      try {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JsonConfig.mapper().writeValueAsBytes(alert))).build();
        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status >= 200 && status < 300) {
          return null;
        }
        problem = "the webhook answered HTTP " + status;
        if (status < 500 && status != 429) {
          return problem + " (refused; not retried)";
        }
      } catch (IOException e) {
        problem = "the webhook could not be reached (" + e.getClass().getSimpleName() + ")";
      }
    }
    return problem + " after " + ATTEMPTS + " attempts";
  }
}
