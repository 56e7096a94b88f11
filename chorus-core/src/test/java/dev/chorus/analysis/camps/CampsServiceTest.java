package dev.chorus.analysis.camps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.codebook.Codebook;
import dev.chorus.analysis.measure.Figure;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.TimeSeries;
import dev.chorus.store.lucene.LucenePostStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampsServiceTest {
  static final Instant WEEK1 = CampsFixture.WEEK1;
  static final Instant WEEK2 = CampsFixture.WEEK2;
  final CampsFixture fixture = new CampsFixture();
  final Pseudonymizer pseudonymizer = fixture.pseudonymizer;
  final Codebook codebook = fixture.codebook;
  @TempDir Path dir;

  /** A post by {@code handle}, pseudonymised and cohort-annotated as ingest would, with made-up frame and stance. */
  Post post(String id, String handle, Instant at, String frame, String stance, UnaryOperator<PostBuilder> edit) {
    return fixture.post(id, handle, at, frame, stance, edit);
  }

  @Test
  void comparesCohortsWithTraceableFigures() throws Exception {
    try (PostStore store = LucenePostStore.openWritable(dir)) {
      // doves: b1 (week 1), b2 mentions alice, b3 by a public figure
      store.upsert(post("b1", "bob", WEEK1, "security", "favor", b -> b));
      store.upsert(post("b2", "bob", WEEK1, "economy", "favor", b -> b.mentions(List.of("alice"))));
      store.upsert(post("b3", "IsraeliPM", WEEK1, "security", "against", b -> b));
      // hawks: a1 mentions bob, a2 replies to b1, a3 quotes a post that is not stored, a4 mentions the public figure
      store.upsert(post("a1", "alice", WEEK1, "security", "against", b -> b.mentions(List.of("Bob"))));
      store.upsert(post("a2", "ann", WEEK1, "economy", "against", b -> b.replyToId("x:b1")));
      store.upsert(post("a3", "alice", WEEK1, "security", null, b -> b.quotedId("x:zzz")));
      store.upsert(post("a4", "alice", WEEK2, null, "uncertain", b -> b.mentions(List.of("israelipm"))));
      store.upsert(post("n1", "nobody", WEEK1, "security", "favor", b -> b));
      store.commit();

      CampsReport r = new CampsService(store, codebook, pseudonymizer)
          .compare(PostQuery.all(), TimeSeries.Interval.WEEK, 10, 3, 100);

      CampsReport.CohortProfile hawks = r.cohorts().get(0);
      assertThat(hawks.id()).isEqualTo("hawks");
      assertThat(hawks.posts()).isEqualTo(4);
      Figure against = hawks.stance().get("talks").stream().filter(f -> f.label().equals("against")).findFirst()
          .orElseThrow();
      assertThat(against.share().count()).isEqualTo(2);
      assertThat(against.share().total()).isEqualTo(3); // a1, a2, a4 are labelled for "talks"; a3 is not
      assertThat(against.drilldown().filters()).containsEntry("cohort", List.of("hawks"))
          .containsEntry("stance", List.of("talks:against"));
      assertThat(count(store, against)).isEqualTo(2);
      Figure security = hawks.frames().stream().filter(f -> f.label().equals("security")).findFirst().orElseThrow();
      assertThat(security.share().count()).isEqualTo(2);
      assertThat(security.share().total()).isEqualTo(4);
      assertThat(count(store, security)).isEqualTo(2);
      assertThat(hawks.byFrame().series().buckets()).isNotEmpty();

      CampsReport.CrossReference hawksToDoves = cross(r, "hawks", "doves");
      assertThat(hawksToDoves.share().count()).isEqualTo(3); // a1 (mention), a2 (reply), a4 (public figure)
      assertThat(hawksToDoves.share().total()).isEqualTo(4);
      assertThat(hawksToDoves.viaMention()).isEqualTo(2);
      assertThat(hawksToDoves.viaPost()).isEqualTo(1);
      assertThat(hawksToDoves.postIds()).containsExactlyInAnyOrder("x:a1", "x:a2", "x:a4");
      CampsReport.CrossReference dovesToHawks = cross(r, "doves", "hawks");
      assertThat(dovesToHawks.share().count()).isEqualTo(1);
      assertThat(dovesToHawks.share().total()).isEqualTo(3);

      // week 1: hawks security 2 + economy 1 (3 framed posts), doves security 2 + economy 1: the same mix
      CampsReport.Convergence c = r.convergence().get(0);
      assertThat(c.points()).hasSize(1);
      assertThat(c.points().get(0).distance()).isEqualTo(0.0);
      assertThat(c.points().get(0).drilldown().filters()).containsKeys("cohort", "frame", "since", "until");
    }
  }

  @Test
  void skipsBucketsWithTooFewFramedPosts() throws Exception {
    try (PostStore store = LucenePostStore.openWritable(dir)) {
      store.upsert(post("a1", "alice", WEEK1, "security", null, b -> b));
      store.upsert(post("b1", "bob", WEEK1, "economy", null, b -> b));
      store.commit();
      CampsService s = new CampsService(store, codebook, pseudonymizer);
      assertThat(s.compare(PostQuery.all(), TimeSeries.Interval.WEEK, 5, 2, 10).convergence().get(0).points().get(0)
          .distance()).isNull();
      assertThat(s.compare(PostQuery.all(), TimeSeries.Interval.WEEK, 5, 1, 10).convergence().get(0).points().get(0)
          .distance()).isEqualTo(1.0);
    }
  }

  private static long count(PostStore store, Figure f) throws Exception {
    return store.search(f.drilldown().query(), 1, SearchOrder.NEWEST).total();
  }

  private static CampsReport.CrossReference cross(CampsReport r, String from, String to) {
    return r.crossReferences().stream().filter(x -> x.from().equals(from) && x.to().equals(to)).findFirst()
        .orElseThrow();
  }
}
