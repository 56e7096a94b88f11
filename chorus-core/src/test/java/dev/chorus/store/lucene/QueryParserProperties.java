package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.SearchOrder;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Whatever a person types as a query, the store either answers or refuses it with an {@link InvalidFilterException}
 * naming {@code q} and saying why in words: never another exception, a stack overflow or a hang. The inputs are
 * made of the query syntax' own pieces (so that most of them reach deep into the parser rather than failing at the
 * first character) and mutations of real queries.
 */
class QueryParserProperties {
  static final List<String> PIECES = List.of("talks", "round", "Muscat", "مذاکره", "השיחות", "(", ")", "(", ")",
      "\"", " ", " ", " ", "AND", "OR", "NOT", "+", "-", "!", "~", "~2", "~0.5", "^2", "*", "?", "/", "/a.*/",
      "[", "]", "{", "}", " TO ", ":", "text:", "hashtag:", "lang:", "\\", "&&", "||", "{1000}", "a{3,5}",
      "#", "@", "\u0000", "\uFFFF", "\uD83D\uDE00", "\uD800", "*:*", "~~", "%");
  static final List<String> SEEDS = List.of("talks AND (round OR Muscat)", "text:/a{1000}{1000}/",
      "\"new round\"~3", "hashtag:NoDeal OR lang:fa", "talk* -round", "created:[2025 TO 2026]", "((talks))^2",
      "text:/[a-z]+ound/", "talks~ round~1");

  static LucenePostStore store;

  @BeforeContainer
  static void fill() throws IOException {
    store = LucenePostStore.openWritable(new ByteBuffersDirectory());
    for (int i = 0; i < 40; i++) {
      store.upsert(LucenePostStoreTest.post("p" + i, i % 2 == 0 ? "en" : "fa", "New round of talks in Muscat "
          + i + " مذاکره", Instant.parse("2025-04-01T00:00:00Z").plusSeconds(3600L * i), null));
    }
    store.commit();
  }

  @AfterContainer
  static void close() throws IOException {
    store.close();
  }

  @Provide
  Arbitrary<String> typed() {
    Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
    Arbitrary<String> mutated = Arbitraries.of(SEEDS).flatMap(seed -> Arbitraries.integers().between(0, seed.length())
        .flatMap(at -> Arbitraries.of(PIECES).map(p -> seed.substring(0, at) + p + seed.substring(at))));
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(40);
    return Arbitraries.oneOf(pieces, mutated, noise);
  }

  @Property(tries = 150)
  void aQueryIsAnsweredOrRefusedInWords(@ForAll("typed") String q) throws IOException {
    try {
      store.search(PostQuery.text(q), 5, SearchOrder.RELEVANCE);
    } catch (InvalidFilterException e) {
      assertThat(e.filter()).isEqualTo("q");
      assertThat(e.getMessage()).startsWith("q: ").hasSizeGreaterThan(10);
    }
  }
}
