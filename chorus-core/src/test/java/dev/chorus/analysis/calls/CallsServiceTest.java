package dev.chorus.analysis.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.AnnotationChain;
import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.calls.CallAnnotatorFactory;
import dev.chorus.annotate.normalize.NormalizeAnnotatorFactory;
import dev.chorus.codebook.Codebook;
import dev.chorus.analysis.measure.Figure;
import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.lucene.LucenePostStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallsServiceTest {
  @TempDir Path dir;

  @Test
  void countsCallsByTypeAddresseeAndCohortWithFiltersThatListThem() throws Exception {
    Annotator calls = new CallAnnotatorFactory().create(new AnnotatorContext(Codebook.empty(), null)).orElseThrow();
    Annotator normalize = new NormalizeAnnotatorFactory().create(new AnnotatorContext(Codebook.empty(), null))
        .orElseThrow();
    AnnotationChain chain = new AnnotationChain(List.of(normalize, calls), Map.of());
    try (PostStore store = LucenePostStore.openWritable(dir)) {
      store.upsert(chain.annotate(post("1", "Sign the petition! @h_aa", List.of("h_aa"), "hawks")));
      store.upsert(chain.annotate(post("2", "End the talks. @h_aa @h_bb", List.of("h_aa", "h_bb"), "hawks")));
      store.upsert(chain.annotate(post("3", "Give diplomacy a chance", List.of(), "doves")));
      store.upsert(chain.annotate(post("4", "Talks resumed today in Muscat", List.of("h_aa"), "doves")));
      store.commit();

      CallsReport r = new CallsService(store).calls(PostQuery.all(), 10);
      assertThat(r.posts()).isEqualTo(4);
      assertThat(r.calls().share().count()).isEqualTo(3);
      assertThat(total(store, r.calls())).isEqualTo(3);
      assertThat(r.byType()).extracting(Figure::label)
          .containsExactlyInAnyOrder("petition", "end-talks", "support-talks");
      for (Figure f : r.byType()) {
        assertThat(total(store, f)).isEqualTo(f.share().count());
      }
      Figure aa = r.byAddressee().stream().filter(f -> f.label().equals("@h_aa")).findFirst().orElseThrow();
      assertThat(aa.share().count()).isEqualTo(2); // post 4 mentions h_aa but is no call
      assertThat(aa.share().total()).isEqualTo(3);
      assertThat(total(store, aa)).isEqualTo(2);
      CallsReport.CohortCalls doves = r.byCohort().stream().filter(c -> c.cohort().equals("doves")).findFirst()
          .orElseThrow();
      assertThat(doves.calls().share().count()).isEqualTo(1);
      assertThat(doves.calls().share().total()).isEqualTo(2);

      CallsReport onlyPetitions = new CallsService(store)
          .calls(Drilled.calls(Set.of("petition")), 10);
      assertThat(onlyPetitions.calls().share().count()).isEqualTo(1);
    }
  }

  /** The call filter of PostQuery on its own. */
  static final class Drilled {
    static PostQuery calls(Set<String> calls) {
      return PostQuery.all().with("call", calls);
    }
  }

  private static long total(PostStore store, Figure f) throws Exception {
    return store.search(f.drilldown().query(), 1, SearchOrder.NEWEST).total();
  }

  private static Post post(String id, String text, List<String> mentions, String cohort) {
    return Post.builder(Platform.X, id).author(Author.of("u_" + id, null, null)).createdAt(Instant.EPOCH).text(text)
        .mentions(mentions)
        .annotations(Annotations.EMPTY.with("cohort", List.of(new Label(cohort, 1.0, "cohort")), null, null))
        .build();
  }
}
