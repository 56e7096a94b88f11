package dev.chorus.analysis.camps;

import static dev.chorus.analysis.camps.CampsFixture.WEEK1;
import static dev.chorus.analysis.camps.CampsFixture.WEEK2;
import static dev.chorus.analysis.camps.CampsFixture.WEEK3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.analysis.camps.CampsReport.Convergence;
import dev.chorus.analysis.camps.CampsReport.Point;
import dev.chorus.codebook.Codebook;
import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.TimeSeries;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameConvergenceTest {
  static final Drilldown ALL = Drilldown.of(PostQuery.all());
  final CampsFixture fixture = new CampsFixture(new Codebook.Cohort("owls", "Owls", "", List.of("x:olga"), List.of()));
  @TempDir Path dir;

  @Test
  void theSameMixIsDistanceZeroAndNoFrameInCommonIsOne() throws Exception {
    try (PostStore store = store(
        // week 1: both cohorts 2 security + 1 economy; week 2: hawks only security, doves only economy
        fixture.framed("a1", "alice", WEEK1, "security"), fixture.framed("a2", "ann", WEEK1, "security"),
        fixture.framed("a3", "alice", WEEK1, "economy"), fixture.framed("b1", "bob", WEEK1, "security"),
        fixture.framed("b2", "bob", WEEK1, "security"), fixture.framed("b3", "bob", WEEK1, "economy"),
        fixture.framed("a4", "alice", WEEK2, "security"), fixture.framed("b4", "bob", WEEK2, "economy"))) {
      List<Point> points = only(new FrameConvergence(store, TimeSeries.Interval.WEEK, 1)
          .compute(ALL, List.of("hawks", "doves")));
      assertThat(points).extracting(Point::distance).containsExactly(0.0, 1.0);
      assertThat(points).extracting(Point::framedA).containsExactly(3L, 1L);
      assertThat(points).extracting(Point::framedB).containsExactly(3L, 1L);
    }
  }

  @Test
  void aDistanceInBetweenIsTheJensenShannonDistanceOfTheMixes() throws Exception {
    try (PostStore store = store(
        fixture.framed("a1", "alice", WEEK1, "security"), fixture.framed("a2", "ann", WEEK1, "security"),
        fixture.framed("b1", "bob", WEEK1, "security"), fixture.framed("b2", "bob", WEEK1, "economy"))) {
      Point p = only(new FrameConvergence(store, TimeSeries.Interval.WEEK, 2).compute(ALL, List.of("hawks", "doves")))
          .get(0);
      double expected = JensenShannon.distance(Map.of("security", 2), Map.of("security", 1, "economy", 1));
      assertThat(p.distance()).isEqualTo(Math.round(expected * 10_000) / 10_000.0).isStrictlyBetween(0.0, 1.0);
    }
  }

  @Test
  void aPostWithTwoFramesCountsOnceForEachInTheMixAndOnceAsAFramedPost() throws Exception {
    try (PostStore store = store(
        fixture.framed("a1", "alice", WEEK1, "security", "economy"),
        fixture.framed("b1", "bob", WEEK1, "security"), fixture.framed("b2", "bob", WEEK1, "economy"))) {
      Point p = only(new FrameConvergence(store, TimeSeries.Interval.WEEK, 1).compute(ALL, List.of("hawks", "doves")))
          .get(0);
      assertThat(p.framedA()).isEqualTo(1);
      assertThat(p.framedB()).isEqualTo(2);
      assertThat(p.distance()).as("security 1 + economy 1 on both sides").isEqualTo(0.0);
    }
  }

  @Test
  void aBucketWhereACohortHasTooFewFramedPostsHasNoDistance() throws Exception {
    try (PostStore store = store(
        // week 1: hawks 2 framed posts, doves 1 (below the minimum of 2); week 2: nobody framed (an unframed post);
        // week 3: only doves
        fixture.framed("a1", "alice", WEEK1, "security"), fixture.framed("a2", "ann", WEEK1, "economy"),
        fixture.framed("b1", "bob", WEEK1, "security"), fixture.framed("a3", "alice", WEEK2),
        fixture.framed("b2", "bob", WEEK3, "security"), fixture.framed("b3", "bob", WEEK3, "security"))) {
      List<Point> points = only(new FrameConvergence(store, TimeSeries.Interval.WEEK, 2)
          .compute(ALL, List.of("hawks", "doves")));
      assertThat(points).extracting(Point::bucket).doesNotContain(week(WEEK2));
      assertThat(points).extracting(Point::framedA).containsExactly(2L, 0L);
      assertThat(points).extracting(Point::framedB).containsExactly(1L, 2L);
      assertThat(points).extracting(Point::distance).containsOnlyNulls();
    }
  }

  @Test
  void eachPointListsThePostsBehindIt() throws Exception {
    try (PostStore store = store(
        fixture.framed("a1", "alice", WEEK1, "security"), fixture.framed("a2", "alice", WEEK1),
        fixture.framed("b1", "bob", WEEK1, "economy"), fixture.framed("b2", "bob", WEEK2, "economy"),
        fixture.framed("n1", "nobody", WEEK1, "security"))) {
      for (Point p : only(new FrameConvergence(store, TimeSeries.Interval.WEEK, 1)
          .compute(ALL, List.of("hawks", "doves")))) {
        // framed posts of either cohort in the bucket: not a2 (no frame), not n1 (no cohort), not another week
        long listed = store.search(p.drilldown().query(), 100, SearchOrder.NEWEST).total();
        assertThat(listed).as(p.bucket().toString()).isEqualTo(p.framedA() + p.framedB());
        assertThat(p.drilldown().filters()).containsEntry("cohort", List.of("doves", "hawks"))
            .containsKeys("frame", "since", "until");
      }
    }
  }

  @Test
  void everyPairOfCohortsOnceInCodebookOrderAndNothingWithoutFrames() throws Exception {
    try (PostStore store = store(fixture.framed("a1", "alice", WEEK1, "security"),
        fixture.framed("b1", "bob", WEEK1, "security"), fixture.framed("o1", "olga", WEEK1, "economy"))) {
      FrameConvergence convergence = new FrameConvergence(store, TimeSeries.Interval.WEEK, 1);
      List<Convergence> pairs = convergence.compute(ALL, List.of("hawks", "doves", "owls"));
      assertThat(pairs).extracting(c -> c.a() + "~" + c.b()).containsExactly("hawks~doves", "hawks~owls", "doves~owls");
      assertThat(pairs).extracting(c -> c.points().get(0).distance()).containsExactly(0.0, 1.0, 1.0);
      assertThat(convergence.compute(ALL, List.of("hawks"))).isEmpty();
    }
    try (PostStore unframed = CampsFixture.store(dir.resolve("unframed"), fixture.framed("a1", "alice", WEEK1))) {
      assertThat(new FrameConvergence(unframed, TimeSeries.Interval.WEEK, 1)
          .compute(ALL, List.of("hawks", "doves"))).isEmpty();
    }
  }

  @Test
  void theUsersFilterNarrowsEveryBucket() throws Exception {
    try (PostStore store = store(
        fixture.framed("a1", "alice", WEEK1, "security"), fixture.framed("b1", "bob", WEEK1, "security"),
        fixture.framed("a2", "alice", WEEK2, "security"), fixture.framed("b2", "bob", WEEK2, "economy"))) {
      Instant since = week(WEEK2);
      List<Point> points = only(new FrameConvergence(store, TimeSeries.Interval.WEEK, 1)
          .compute(ALL.span(since, null), List.of("hawks", "doves")));
      assertThat(points).extracting(Point::bucket).containsExactly(since);
      assertThat(points.get(0).distance()).isEqualTo(1.0);
    }
  }

  private PostStore store(Post... posts) throws Exception {
    return CampsFixture.store(dir.resolve("index"), posts);
  }

  private static Instant week(Instant at) {
    return Instant.ofEpochSecond(TimeSeries.Interval.WEEK.bucketStart(at.getEpochSecond()));
  }

  private static List<Point> only(List<Convergence> pairs) {
    assertThat(pairs).hasSize(1);
    return pairs.get(0).points();
  }
}
