package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.annotate.AnnotationChain;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.CommitCadence;
import dev.chorus.store.PostStore;
import dev.chorus.store.lucene.LucenePostStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommitCadenceTest {
  static final int POSTS = 35;
  @TempDir Path dir;

  @Test
  void aCommitIsDueAfterTheIntervalOrTheCountWhicheverComesFirst() {
    CommitCadence c = new CommitCadence(100, Duration.ofSeconds(10));
    assertThat(c.due(99, 9_999)).isFalse();
    assertThat(c.due(100, 0)).isTrue();
    assertThat(c.due(1, 10_000)).isTrue();
    assertThatThrownBy(() -> new CommitCadence(0, Duration.ofSeconds(1))).hasMessageContaining("at least 1 post");
    assertThatThrownBy(() -> new CommitCadence(1, Duration.ZERO)).hasMessageContaining("positive interval");
  }

  /** A clock that stands still: commits come from the count alone, then one at the end. */
  @Test
  void countedCommitsThenOneAtTheEnd() throws Exception {
    List<Long> commits = ingest(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new CommitCadence(10, Duration.ofHours(1)));
    assertThat(commits).containsExactly(10L, 20L, 30L, (long) POSTS);
  }

  /** A clock that moves a second each time it is read: commits come from the interval, long before the count. */
  @Test
  void timedCommitsWhenTheIntervalPasses() throws Exception {
    List<Long> commits = ingest(new Ticking(), new CommitCadence(1_000, Duration.ofSeconds(10)));
    assertThat(commits).hasSizeGreaterThanOrEqualTo(3).isSorted().last().isEqualTo((long) POSTS);
    assertThat(commits.get(0)).isLessThan(POSTS / 2);
  }

  /** The posts in the store at each commit the listener heard of. */
  private List<Long> ingest(Clock clock, CommitCadence cadence) throws Exception {
    StringBuilder csv = new StringBuilder("id,platform,author,created_at,text,url,lang\n");
    for (int i = 0; i < POSTS; i++) {
      csv.append(i).append(",x,acct").append(i % 7).append(",2025-04-01T10:00:00Z,post ").append(i)
          .append(",https://news.example.org/").append(i).append(",en\n");
    }
    Path in = Files.writeString(dir.resolve("posts.csv"), csv);
    List<Long> commits = new ArrayList<>();
    Pseudonymizer p = new Pseudonymizer(PseudonymKey.of(new byte[32]), PublicFigures.none());
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      new IngestService(SourceRegistry.loadDefault(), p, AnnotationChain.empty(), store, dir.resolve("rejects"), clock)
          .withCommitCadence(cadence).ingest(List.of(in), null, Map.of(), false, new IngestListener() {
            @Override
            public void committed(long postsInStore) {
              commits.add(postsInStore);
            }
          });
    }
    return commits;
  }

  private static final class Ticking extends Clock {
    private long seconds;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public synchronized Instant instant() {
      return Instant.ofEpochSecond(seconds++);
    }
  }
}
