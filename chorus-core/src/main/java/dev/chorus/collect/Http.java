package dev.chorus.collect;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * GET requests for one collector run, polite and recorded. Retries 5xx answers, network errors and bodies that do not
 * parse (a truncated page) with full-jitter exponential back-off; waits out 429 by {@code Retry-After} (seconds or an
 * HTTP date), else by the rate-limit reset header; waits before a request when a previous answer said the budget is
 * spent ({@link RateLimits}). Every wait is bounded by the policy: beyond it the request fails with a
 * {@link FetchFailedException}, never silently. Every attempt is recorded ({@link #requests()}).
 */
public final class Http {
  /**
   * Bounds: attempts per request, back-off base and cap, the longest wait for a rate limit, and how long an answer may
   * take (a slow response counts as a failed attempt).
   */
  public record Policy(int attempts, Duration base, Duration cap, Duration maxWait, Duration timeout) {
    public static final Policy DEFAULT = new Policy(4, Duration.ofSeconds(1), Duration.ofSeconds(30),
        Duration.ofMinutes(5), Duration.ofSeconds(30));
  }

  /** Waits; tests record the waits instead. */
  public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
  }

  /** Reads a body; throwing means a broken (truncated, malformed) body, which is retried. */
  public interface BodyParser<T> {
    T parse(byte[] body) throws IOException;
  }

  /** An answer: status 304 carries no parsed body. */
  public record Response<T>(int status, HttpHeaders headers, T parsed) {}

  static final String USER_AGENT = "Chorus/0.1 (research collector; +https://github.com/chorus-dev/chorus)";

  private final HttpClient client;
  private final Policy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Random random;
  private final UnaryOperator<String> redact;
  private final List<RequestRecord> requests = new ArrayList<>();
  private Instant notBefore;
  private HttpClient noRedirects;
  private HostBudget hostBudget;

  /** {@code redact} turns an address into what may be recorded (account targets pseudonymised). */
  public Http(HttpClient client, Policy policy, Clock clock, Sleeper sleeper, Random random,
      UnaryOperator<String> redact) {
    this.client = client;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
    this.redact = redact;
  }

  /** Shares a per-host request budget with the other collectors of this process; returns this client. */
  public Http withHostBudget(HostBudget budget) {
    this.hostBudget = budget;
    return this;
  }

  /** A client with connect timeout, no redirects across protocols, HTTP/1.1 (what every platform answers). */
  public static HttpClient defaultClient() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1).build();
  }

  /** Every attempt so far, in order. */
  public List<RequestRecord> requests() {
    return List.copyOf(requests);
  }

  /** Sets how many items the last recorded answer held (a page's statuses, posts, entries). */
  void itemsOfLast(int items) {
    if (!requests.isEmpty()) {
      requests.set(requests.size() - 1, requests.get(requests.size() - 1).withItems(items));
    }
  }

  /** GETs {@code uri} with {@code headers} (never recorded: they may hold a token) and parses the body. */
  public <T> Response<T> get(URI uri, Map<String, String> headers, BodyParser<T> parser)
      throws FetchFailedException, InterruptedException {
    String shown = redact.apply(uri.toString());
    String problem = "no attempt";
    for (int n = 1; n <= policy.attempts(); n++) {
      waitForBudget(shown);
      waitForHost(uri, shown);
      Outcome<T> outcome = new Attempt(shown, n).run(uri, headers, parser);
      if (outcome.response() != null) {
        return outcome.response();
      }
      problem = outcome.problem();
      if (!outcome.waited()) {
        backOff(n);
      }
    }
    throw new FetchFailedException(shown + ": gave up after " + policy.attempts() + " attempts; last: " + problem);
  }

  /**
   * Opens a WebSocket to {@code uri} with the JDK's client (a stream such as Bluesky's Jetstream), retried and
   * recorded like a GET: a refused connection or handshake is retried with back-off, then fails with a
   * {@link FetchFailedException}. The open stream is recorded as one request (status 101); its items are set with
   * {@link #itemsOfLast} once the stream is read.
   */
  public java.net.http.WebSocket openWebSocket(URI uri, java.net.http.WebSocket.Listener listener)
      throws FetchFailedException, InterruptedException {
    String shown = redact.apply(uri.toString());
    String problem = "no attempt";
    for (int n = 1; n <= policy.attempts(); n++) {
      waitForHost(uri, shown);
      Instant at = clock.instant();
      long t0 = System.nanoTime();
      try {
        java.net.http.WebSocket ws = client.newWebSocketBuilder().connectTimeout(policy.timeout())
            .header("User-Agent", USER_AGENT).buildAsync(uri, listener).get();
        requests.add(new RequestRecord(shown, at, n, 101, (System.nanoTime() - t0) / 1_000_000, null,
            "stream opened"));
        return ws;
      } catch (java.util.concurrent.ExecutionException e) {
        problem = e.getCause() instanceof java.net.http.WebSocketHandshakeException h
            ? "HTTP " + h.getResponse().statusCode() + " instead of a WebSocket handshake"
            : e.getCause() instanceof IOException io ? describe(io) : "the WebSocket could not be opened";
        int status = e.getCause() instanceof java.net.http.WebSocketHandshakeException h
            ? h.getResponse().statusCode() : 0;
        requests.add(new RequestRecord(shown, at, n, status, (System.nanoTime() - t0) / 1_000_000, null,
            problem + "; retrying"));
        backOff(n);
      }
    }
    throw new FetchFailedException(shown + ": gave up after " + policy.attempts() + " attempts; last: " + problem);
  }

  /** What one attempt gave: an answer, or the problem to retry after (and whether its wait is already done). */
  private record Outcome<T>(Response<T> response, String problem, boolean waited) {}

  /** One try of a request: sends it, reads the status, records what happened. */
  private final class Attempt {
    final String shown;
    final int number;
    final Instant at = clock.instant();
    final long t0 = System.nanoTime();

    Attempt(String shown, int number) {
      this.shown = shown;
      this.number = number;
    }

    <T> Outcome<T> run(URI uri, Map<String, String> headers, BodyParser<T> parser)
        throws FetchFailedException, InterruptedException {
      HttpResponse<byte[]> answer;
      try {
        answer = clientFor(headers).send(request(uri, headers), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        return retry(0, describe(e));
      }
      int status = answer.statusCode();
      notBefore = RateLimits.exhaustedUntil(answer.headers(), clock.instant()).orElse(null);
      if (status == 429) {
        return rateLimited(answer.headers());
      }
      if (status >= 500) {
        return retry(status, "HTTP " + status + " (server error)");
      }
      if (status == 304) {
        record(status, "not modified");
        return new Outcome<>(new Response<>(status, answer.headers(), null), null, false);
      }
      if (status >= 300 && status < 400) {
        record(status, "HTTP " + status + " (redirect not followed: the request carries a credential)");
        throw new FetchFailedException(shown + ": the platform redirected a request that carries a credential (HTTP "
            + status + "); not followed, so the credential goes nowhere else; check --endpoint");
      }
      if (status >= 400) {
        record(status, "HTTP " + status + " (refused); not retried");
        throw new FetchFailedException(shown + ": the platform refused the request (HTTP " + status + ")"
            + (status == 401 || status == 403 ? "; check the credential in the environment" : ""));
      }
      try {
        T parsed = parser.parse(answer.body());
        record(status, "ok");
        return new Outcome<>(new Response<>(status, answer.headers(), parsed), null, false);
      } catch (IOException | RuntimeException e) {
        return retry(status, "HTTP " + status + " with a truncated or malformed body (" + answer.body().length
            + " bytes)");
      }
    }

    /** Waits as {@code Retry-After} (else the budget reset, else the back-off) says, unless that is too long. */
    private <T> Outcome<T> rateLimited(HttpHeaders headers) throws FetchFailedException, InterruptedException {
      Duration wait = RateLimits.retryAfter(headers, clock.instant()).orElse(notBefore != null
          ? Duration.between(clock.instant(), notBefore) : backOffTime(number));
      String problem = "HTTP 429 (rate limited)";
      if (wait.compareTo(policy.maxWait()) > 0) {
        record(429, problem + "; asked to wait " + wait.toSeconds() + " s, more than " + policy.maxWait().toSeconds()
            + " s: giving up");
        throw new FetchFailedException(shown + ": rate limited; the platform asked to wait " + wait.toSeconds()
            + " s, more than the " + policy.maxWait().toSeconds() + " s allowed", wait);
      }
      record(429, problem + "; waiting " + wait.toSeconds() + " s as asked");
      sleeper.sleep(wait);
      notBefore = null;
      return new Outcome<>(null, problem, true);
    }

    private <T> Outcome<T> retry(int status, String problem) {
      record(status, problem + "; retrying");
      return new Outcome<>(null, problem, false);
    }

    private void record(int status, String outcome) {
      requests.add(new RequestRecord(shown, at, number, status, (System.nanoTime() - t0) / 1_000_000, null,
          outcome));
    }
  }

  /**
   * The client for a request: one that follows no redirect when the request carries a credential, so that a redirect
   * can never take the token to another host.
   */
  private HttpClient clientFor(Map<String, String> headers) {
    if (headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Authorization"))) {
      return client;
    }
    if (noRedirects == null) {
      noRedirects = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }
    return noRedirects;
  }

  private HttpRequest request(URI uri, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(policy.timeout()).GET()
        .header("User-Agent", USER_AGENT);
    headers.forEach(b::header);
    return b.build();
  }

  /** Waits until a spent rate-limit budget is renewed, if that is within the policy. */
  private void waitForBudget(String shown) throws FetchFailedException, InterruptedException {
    if (notBefore == null) {
      return;
    }
    Duration wait = Duration.between(clock.instant(), notBefore);
    notBefore = null;
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    if (wait.compareTo(policy.maxWait()) > 0) {
      throw new FetchFailedException(shown + ": the rate-limit budget is spent for " + wait.toSeconds()
          + " s, more than the " + policy.maxWait().toSeconds() + " s allowed", wait);
    }
    sleeper.sleep(wait);
  }

  /** Waits for a slot in the shared per-host budget, if there is one and the wait is within the policy. */
  private void waitForHost(URI uri, String shown) throws FetchFailedException, InterruptedException {
    if (hostBudget == null || uri.getHost() == null) {
      return;
    }
    Duration wait = hostBudget.reserve(uri.getHost(), clock.instant());
    if (wait.compareTo(policy.maxWait()) > 0) {
      throw new FetchFailedException(shown + ": the budget of " + hostBudget.perMinute() + " requests a minute to "
          + uri.getHost() + " is spent for " + wait.toSeconds() + " s, more than the " + policy.maxWait().toSeconds()
          + " s allowed", wait);
    }
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  private void backOff(int attempt) throws InterruptedException {
    if (attempt < policy.attempts()) {
      sleeper.sleep(backOffTime(attempt));
    }
  }

  /** Full jitter: uniform in [0.5, 1] of base * 2^(attempt-1), capped. */
  Duration backOffTime(int attempt) {
    long ceiling = Math.min(policy.cap().toMillis(), policy.base().toMillis() << Math.min(20, attempt - 1));
    return Duration.ofMillis(ceiling / 2 + (long) (random.nextDouble() * (ceiling / 2.0)));
  }

  /** A network failure in words (an exception's text may quote headers or internals). */
  private static String describe(IOException e) {
    if (e instanceof HttpTimeoutException) {
      return "no answer within the timeout";
    }
    if (e instanceof ConnectException) {
      return "connection refused or unreachable";
    }
    return "connection broken (" + e.getClass().getSimpleName() + ")";
  }
}
