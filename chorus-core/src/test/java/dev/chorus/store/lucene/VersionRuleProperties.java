package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Post;
import dev.chorus.post.PostRole;
import dev.chorus.store.PostQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Two copies of one post in either order give the same store: a collected copy wins over a referenced one, then the
 * later version wins, at equal versions the greater content hash (unsigned). Few ids, versions, texts and two roles,
 * so that conflicts are frequent; commits at random points, so that both the uncommitted (pending) and the committed
 * (lookup) comparisons are exercised.
 */
class VersionRuleProperties {
  static final java.time.Instant T = LucenePostStoreTest.T;

  /** One copy of a post: which id, which edit time (0 = never edited), which text, whether seen as context. */
  record Copy(int id, int minute, int text, boolean referenced) {
    Post post() {
      Post p = LucenePostStoreTest.post(String.valueOf(id), "en", "text " + text, T,
          minute == 0 ? null : T.plusSeconds(60L * minute));
      return p.toBuilder().role(referenced ? PostRole.REFERENCED : PostRole.COLLECTED).build();
    }
  }

  @Provide
  Arbitrary<List<Copy>> copies() {
    Arbitrary<Copy> copy = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
        .as(Copy::new);
    return copy.list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 50)
  void anyArrivalOrderGivesTheSameStore(@ForAll("copies") List<Copy> copies, @ForAll long seedA,
      @ForAll long seedB) throws IOException {
    Map<String, String> a = storeAfter(shuffled(copies, seedA), seedA);
    Map<String, String> b = storeAfter(shuffled(copies, seedB), seedB);
    assertThat(a).isEqualTo(b).isEqualTo(expected(copies));
  }

  /** The rule computed directly: per id, the copy with the greatest (role rank, version, unsigned hash). */
  private static Map<String, String> expected(List<Copy> copies) {
    PostDocuments documents = new PostDocuments();
    Comparator<Post> rule = Comparator.<Post>comparingInt(p -> p.role().rank()).thenComparing(Post::version)
        .thenComparing(p -> PostDocuments.hash(documents.body(p)), Long::compareUnsigned);
    return copies.stream().map(Copy::post).collect(Collectors.groupingBy(Post::id, TreeMap::new,
        Collectors.collectingAndThen(Collectors.maxBy(rule), p -> describe(p.orElseThrow()))));
  }

  private static List<Copy> shuffled(List<Copy> copies, long seed) {
    List<Copy> order = new ArrayList<>(copies);
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  private static Map<String, String> storeAfter(List<Copy> order, long seed) throws IOException {
    Random commits = new Random(~seed);
    try (LucenePostStore store = LucenePostStore.openWritable(new ByteBuffersDirectory())) {
      for (Copy c : order) {
        store.upsert(c.post());
        if (commits.nextInt(3) == 0) {
          store.commit();
        }
      }
      store.commit();
      Map<String, String> out = new TreeMap<>();
      store.forEach(PostQuery.any(), p -> out.put(p.id(), describe(p)));
      assertThat(out).hasSize((int) store.count());
      return out;
    }
  }

  private static String describe(Post p) {
    return p.role().id() + " " + p.version() + " " + p.text();
  }
}
