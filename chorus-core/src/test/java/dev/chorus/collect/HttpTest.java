package dev.chorus.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries, waits and records against a loopback server that answers from a script. */
class HttpTest {
  @TempDir java.nio.file.Path dir;

  static final String OK = "[{\"id\": \"1\"}]";

  /** Answers the scripted replies in order, then 200 with {@link #OK}. */
  static Loopback.Handler script(Loopback.Reply... replies) {
    Deque<Loopback.Reply> queue = new ArrayDeque<>(List.of(replies));
    return r -> queue.isEmpty() ? Loopback.Reply.json(OK) : queue.poll();
  }

  Http http(CollectRig rig) {
    return rig.http(u -> u);
  }

  @Test
  void waitsAsRetryAfterAsksThenSucceeds() throws Exception {
    try (Loopback server = new Loopback()) {
      server.route("/", script(Loopback.Reply.status(429, Map.of("Retry-After", "7"))));
      CollectRig rig = new CollectRig(dir);
      Http http = http(rig);
      Http.Response<Bodies.Parsed> r = http.get(URI.create(server.base() + "/x"), Map.of(), Bodies.json());
      assertThat(r.parsed().json().size()).isEqualTo(1);
      assertThat(rig.sleeps).containsExactly(Duration.ofSeconds(7));
      assertThat(http.requests()).extracting(RequestRecord::status).containsExactly(429, 200);
      assertThat(http.requests().get(0).outcome()).contains("waiting 7 s as asked");
    }
  }

  @Test
  void retryAfterAsAnHttpDateIsHonouredToo() throws Exception {
    try (Loopback server = new Loopback()) {
      server.route("/", script(Loopback.Reply.status(429, Map.of("Retry-After", "Thu, 01 May 2025 12:01:30 GMT"))));
      CollectRig rig = new CollectRig(dir);
      http(rig).get(URI.create(server.base() + "/x"), Map.of(), Bodies.json());
      assertThat(rig.sleeps).containsExactly(Duration.ofSeconds(90));
    }
  }

  @Test
  void serverErrorsAndTruncatedBodiesAreRetriedWithBoundedJitteredBackOff() throws Exception {
    try (Loopback server = new Loopback()) {
      server.route("/", script(Loopback.Reply.status(503, Map.of()), Loopback.Reply.json("[{\"id\": \"1\"}, {\"id\": \"2\"}]").truncated(),
          Loopback.Reply.status(500, Map.of())));
      CollectRig rig = new CollectRig(dir);
      Http http = http(rig);
      http.get(URI.create(server.base() + "/x"), Map.of(), Bodies.json());
      assertThat(http.requests()).extracting(RequestRecord::status).containsExactly(503, 200, 500, 200);
      assertThat(http.requests().get(1).outcome()).contains("truncated or malformed body");
      assertThat(rig.sleeps).hasSize(3);
      // full jitter within [half, whole] of 1 s, 2 s, 4 s
      for (int i = 0; i < 3; i++) {
        long ceiling = 1000L << i;
        assertThat(rig.sleeps.get(i).toMillis()).isBetween(ceiling / 2, ceiling);
      }
    }
  }

  @Test
  void aSlowAnswerCountsAsAFailedAttemptAndIsRetried() throws Exception {
    try (Loopback server = new Loopback()) {
      java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
      server.route("/", r -> {
        if (calls.getAndIncrement() == 0) {
          try {
            release.await(10, java.util.concurrent.TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return Loopback.Reply.json(OK);
      });
      CollectRig rig = new CollectRig(dir);
      Http.Policy p = Http.Policy.DEFAULT;
      rig.policy = new Http.Policy(p.attempts(), p.base(), p.cap(), p.maxWait(), Duration.ofMillis(300));
      Http http = http(rig);
      try {
        http.get(URI.create(server.base() + "/slow"), Map.of(), Bodies.json());
      } finally {
        release.countDown();
      }
      assertThat(http.requests()).extracting(RequestRecord::status).containsExactly(0, 200);
      assertThat(http.requests().get(0).outcome()).isEqualTo("no answer within the timeout; retrying");
    }
  }

  @Test
  void givesUpAfterTheAttemptsAndSaysWhyInWords() throws Exception {
    try (Loopback server = new Loopback()) {
      server.route("/", r -> Loopback.Reply.status(502, Map.of()));
      CollectRig rig = new CollectRig(dir);
      Http http = http(rig);
      assertThatThrownBy(() -> http.get(URI.create(server.base() + "/x"), Map.of(), Bodies.json()))
          .isInstanceOf(FetchFailedException.class)
          .hasMessage(server.base() + "/x: gave up after 4 attempts; last: HTTP 502 (server error)");
      assertThat(http.requests()).hasSize(4);
      assertThat(rig.sleeps).hasSize(3);
    }
  }

  @Test
  void aWaitBeyondThePolicyFailsAtOnceInsteadOfHanging() throws Exception {
    try (Loopback server = new Loopback()) {
      server.route("/", r -> Loopback.Reply.status(429, Map.of("Retry-After", "3600")));
      CollectRig rig = new CollectRig(dir);
      Http http = http(rig);
      assertThatThrownBy(() -> http.get(URI.create(server.base() + "/x"), Map.of(), Bodies.json()))
          .hasMessageContaining("rate limited").hasMessageContaining("3600 s");
      assertThat(http.requests()).hasSize(1);
      assertThat(rig.sleeps).isEmpty();
    }
  }

  @Test
  void aSpentRateLimitBudgetIsWaitedOutBeforeTheNextRequest() throws Exception {
    long reset = CollectRig.NOW.getEpochSecond() + 42;
    try (Loopback server = new Loopback()) {
      server.route("/", script(Loopback.Reply.json(OK).with("x-rate-limit-remaining", "0")
          .with("x-rate-limit-reset", String.valueOf(reset))));
      CollectRig rig = new CollectRig(dir);
      Http http = http(rig);
      http.get(URI.create(server.base() + "/a"), Map.of(), Bodies.json());
      assertThat(rig.sleeps).isEmpty();
      http.get(URI.create(server.base() + "/b"), Map.of(), Bodies.json());
      assertThat(rig.sleeps).containsExactly(Duration.ofSeconds(42));
    }
  }

  @Test
  void headersAreSentButNeverRecordedOrQuoted() throws Exception {
    try (Loopback server = new Loopback()) {
      server.route("/", r -> Loopback.Reply.status(403, Map.of()));
      CollectRig rig = new CollectRig(dir);
      Http http = http(rig);
      assertThatThrownBy(() -> http.get(URI.create(server.base() + "/x"), Map.of("Authorization", "Bearer s3cret-t0ken"),
          Bodies.json())).hasMessageContaining("HTTP 403").hasMessageContaining("credential")
          .hasMessageNotContaining("s3cret");
      assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer s3cret-t0ken");
      assertThat(http.requests().toString()).doesNotContain("s3cret");
    }
  }

  @Test
  void aRequestWithACredentialFollowsNoRedirectSoTheTokenGoesNowhereElse() throws Exception {
    try (Loopback server = new Loopback(); Loopback elsewhere = new Loopback()) {
      elsewhere.route("/", r -> Loopback.Reply.json(OK));
      server.route("/", r -> Loopback.Reply.status(302, Map.of("Location", elsewhere.base() + "/catch")));
      CollectRig rig = new CollectRig(dir);
      Http http = http(rig);
      assertThatThrownBy(() -> http.get(URI.create(server.base() + "/x"), Map.of("Authorization", "Bearer t0ken"),
          Bodies.json())).hasMessageContaining("redirected").hasMessageNotContaining("t0ken");
      assertThat(elsewhere.requests()).isEmpty();
      // without a credential a redirect is followed as usual (a feed that moved)
      assertThat(http.get(URI.create(server.base() + "/feed"), Map.of(), Bodies.json()).status()).isEqualTo(200);
      assertThat(elsewhere.requests()).hasSize(1);
    }
  }
}
