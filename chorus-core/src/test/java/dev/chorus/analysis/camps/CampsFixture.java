package dev.chorus.analysis.camps;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.cohort.CohortAnnotatorFactory;
import dev.chorus.codebook.Codebook;
import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import dev.chorus.store.PostStore;
import dev.chorus.store.lucene.LucenePostStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A made-up codebook with two cohorts (hawks: alice, ann; doves: bob and the public figure IsraeliPM; plus owls: olga,
 * for three-cohort cases) and posts pseudonymised and cohort-annotated as ingest does, with frames and stance labels
 * set by hand.
 */
final class CampsFixture {
  static final Instant WEEK1 = Instant.parse("2025-04-07T10:00:00Z"); // a Monday
  static final Instant WEEK2 = WEEK1.plusSeconds(7 * 86_400L);
  static final Instant WEEK3 = WEEK2.plusSeconds(7 * 86_400L);

  final Pseudonymizer pseudonymizer =
      new Pseudonymizer(PseudonymKey.of(new byte[32]), new PublicFigures(Set.of("x:IsraeliPM")));
  final Codebook codebook;
  private final Annotator cohorts;

  CampsFixture(Codebook.Cohort... extra) {
    List<Codebook.Cohort> all = new java.util.ArrayList<>(List.of(
        new Codebook.Cohort("hawks", "Hawks", "", List.of("x:alice", "x:ann"), List.of()),
        new Codebook.Cohort("doves", "Doves", "", List.of("x:bob", "x:IsraeliPM"), List.of())));
    all.addAll(List.of(extra));
    codebook = new Codebook("1", "d", List.of(), List.of(), List.of(), all, List.of());
    cohorts = new CohortAnnotatorFactory().create(new AnnotatorContext(codebook, null, pseudonymizer)).orElseThrow();
  }

  /** A new store in {@code dir} holding {@code posts}, committed. */
  static PostStore store(Path dir, Post... posts) throws IOException {
    PostStore store = LucenePostStore.openWritable(dir);
    for (Post p : posts) {
      store.upsert(p);
    }
    store.commit();
    return store;
  }

  /** A post by {@code handle} with at most one frame and one stance on the target "talks" (null: none). */
  Post post(String id, String handle, Instant at, String frame, String stance, UnaryOperator<PostBuilder> edit) {
    Post p = annotated(id, handle, at, frame == null ? List.of() : List.of(frame), edit);
    if (stance == null) {
      return p;
    }
    Annotations a = p.annotations().with("stance:talks", List.of(new Label(stance, 0.9, "test")), null, null);
    return p.toBuilder().annotations(a).build();
  }

  /** A post by {@code handle} with any number of frames. */
  Post framed(String id, String handle, Instant at, String... frames) {
    return annotated(id, handle, at, List.of(frames), b -> b);
  }

  private Post annotated(String id, String handle, Instant at, List<String> frames, UnaryOperator<PostBuilder> edit) {
    PostBuilder b = Post.builder(Platform.X, id).author(Author.of("id-" + handle, handle, null)).createdAt(at)
        .text("text");
    Post p = pseudonymizer.apply(edit.apply(b).build());
    Annotations a = cohorts.annotate(p, Annotations.EMPTY);
    if (!frames.isEmpty()) {
      a = a.with("frame", frames.stream().map(f -> new Label(f, 1.0, "test")).toList(), null, null);
    }
    return p.toBuilder().annotations(a).build();
  }
}
