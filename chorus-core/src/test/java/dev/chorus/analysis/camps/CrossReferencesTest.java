package dev.chorus.analysis.camps;

import static dev.chorus.analysis.camps.CampsFixture.WEEK1;
import static dev.chorus.analysis.camps.CampsFixture.WEEK2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.analysis.camps.CampsReport.CrossReference;
import dev.chorus.codebook.Codebook;
import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.post.Post;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.SearchOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossReferencesTest {
  static final Drilldown ALL = Drilldown.of(PostQuery.all());
  static final List<String> COHORTS = List.of("hawks", "doves", "owls");
  // owls' second member has no platform, so it cannot be hashed as ingest hashes mentions and is never matched
  final CampsFixture fixture =
      new CampsFixture(new Codebook.Cohort("owls", "Owls", "", List.of("x:olga", "oscar"), List.of()));
  @TempDir Path dir;

  @Test
  void mentionsOfMemberAccountsCountInAnyCaseAndPublicFiguresByTheirHandle() throws Exception {
    try (PostStore store = store(
        fixture.post("a1", "alice", WEEK1, null, null, b -> b.mentions(List.of("BOB"))),
        fixture.post("a2", "alice", WEEK1, null, null, b -> b.mentions(List.of("israelipm"))),
        fixture.post("a3", "ann", WEEK1, null, null, b -> b.mentions(List.of("olga", "oscar"))),
        fixture.post("a4", "ann", WEEK1, null, null, b -> b.mentions(List.of("ann", "stranger"))),
        fixture.post("o1", "olga", WEEK1, null, null, b -> b.mentions(List.of("oscar"))))) {
      List<CrossReference> refs = refs(store, fixture.pseudonymizer, 100);
      CrossReference hawksToDoves = ref(refs, "hawks", "doves");
      assertThat(hawksToDoves.viaMention()).isEqualTo(2);
      assertThat(hawksToDoves.viaPost()).isZero();
      // posts of the same instant: in content-hash order, the stores' tiebreak
      assertThat(hawksToDoves.postIds()).containsExactlyInAnyOrder("x:a1", "x:a2");
      assertThat(ref(refs, "hawks", "owls").postIds()).containsExactly("x:a3");
      assertThat(ref(refs, "owls", "hawks").share().count()).isZero();
      assertThat(refs).as("a cohort's references to itself are not listed")
          .noneMatch(r -> r.from().equals(r.to()));
      assertThat(refs).hasSize(6);
    }
  }

  @Test
  void repliesQuotesAndSharesOfAnotherCohortsPostsCount() throws Exception {
    try (PostStore store = store(
        fixture.post("b1", "bob", WEEK1, null, null, b -> b),
        fixture.post("a1", "alice", WEEK1, null, null, b -> b.replyToId("x:b1")),
        fixture.post("a2", "alice", WEEK1, null, null, b -> b.quotedId("x:b1")),
        fixture.post("a3", "ann", WEEK1, null, null, b -> b.sharedPostId("x:b1")),
        fixture.post("a4", "ann", WEEK1, null, null, b -> b.replyToId("x:not-stored")),
        fixture.post("a5", "ann", WEEK1, null, null, b -> b.replyToId("x:a1")))) {
      CrossReference r = ref(refs(store, fixture.pseudonymizer, 100), "hawks", "doves");
      assertThat(r.viaPost()).isEqualTo(3);
      assertThat(r.postIds()).containsExactly("x:a1", "x:a2", "x:a3");
      assertThat(r.share().count()).isEqualTo(3);
      assertThat(r.share().total()).as("every hawks post is in the denominator").isEqualTo(5);
      assertThat(store.search(r.drilldown().query(), 100, SearchOrder.NEWEST).total()).isEqualTo(5);
    }
  }

  @Test
  void aPostThatBothMentionsAndRepliesCountsOnce() throws Exception {
    try (PostStore store = store(fixture.post("b1", "bob", WEEK1, null, null, b -> b),
        fixture.post("a1", "alice", WEEK1, null, null, b -> b.replyToId("x:b1").mentions(List.of("bob"))))) {
      CrossReference r = ref(refs(store, fixture.pseudonymizer, 100), "hawks", "doves");
      assertThat(r.viaMention()).isEqualTo(1);
      assertThat(r.viaPost()).isEqualTo(1);
      assertThat(r.share().count()).isEqualTo(1);
      assertThat(r.share().total()).isEqualTo(1);
    }
  }

  @Test
  void anOldPostOutsideTheFilterCanStillBeTheOneReferred() throws Exception {
    try (PostStore store = store(fixture.post("b1", "bob", WEEK1, null, null, b -> b),
        fixture.post("a0", "alice", WEEK1, null, null, b -> b.replyToId("x:b1")),
        fixture.post("a1", "alice", WEEK2, null, null, b -> b.sharedPostId("x:b1")))) {
      CrossReferences cross = new CrossReferences(store, fixture.codebook, fixture.pseudonymizer, 100);
      CrossReference r = ref(cross.compute(ALL.span(WEEK2, null), COHORTS), "hawks", "doves");
      assertThat(r.postIds()).containsExactly("x:a1");
      assertThat(r.share().total()).isEqualTo(1);
    }
  }

  @Test
  void postIdsAreCappedInDateOrderAndSayWhenIncomplete() throws Exception {
    try (PostStore store = store(
        fixture.post("a3", "alice", WEEK2, null, null, b -> b.mentions(List.of("bob"))),
        fixture.post("a1", "alice", WEEK1, null, null, b -> b.mentions(List.of("bob"))),
        fixture.post("a2", "alice", WEEK1.plusSeconds(60), null, null, b -> b.mentions(List.of("bob"))))) {
      CrossReference capped = ref(refs(store, fixture.pseudonymizer, 2), "hawks", "doves");
      assertThat(capped.postIds()).containsExactly("x:a1", "x:a2");
      assertThat(capped.share().count()).isEqualTo(3);
      assertThat(capped.postIdsComplete()).isFalse();
      CrossReference all = ref(refs(store, fixture.pseudonymizer, 3), "hawks", "doves");
      assertThat(all.postIds()).containsExactly("x:a1", "x:a2", "x:a3");
      assertThat(all.postIdsComplete()).isTrue();
      assertThat(ref(refs(store, fixture.pseudonymizer, 0), "hawks", "doves").postIds()).isEmpty();
    }
  }

  @Test
  void withoutAPseudonymiserOnlyPostReferencesCount() throws Exception {
    try (PostStore store = store(fixture.post("b1", "bob", WEEK1, null, null, b -> b),
        fixture.post("a1", "alice", WEEK1, null, null, b -> b.mentions(List.of("bob"))),
        fixture.post("a2", "alice", WEEK1, null, null, b -> b.quotedId("x:b1")))) {
      CrossReference r = ref(refs(store, null, 100), "hawks", "doves");
      assertThat(r.viaMention()).isZero();
      assertThat(r.postIds()).containsExactly("x:a2");
    }
  }

  private PostStore store(Post... posts) throws Exception {
    return CampsFixture.store(dir.resolve("index"), posts);
  }

  private List<CrossReference> refs(PostStore store, Pseudonymizer pseudonymizer, int maxIds) throws Exception {
    return new CrossReferences(store, fixture.codebook, pseudonymizer, maxIds).compute(ALL, COHORTS);
  }

  private static CrossReference ref(List<CrossReference> refs, String from, String to) {
    return refs.stream().filter(r -> r.from().equals(from) && r.to().equals(to)).findFirst().orElseThrow();
  }
}
