package dev.chorus.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever views are saved, reading the file gives them back as they were (names, descriptions, filters, order). */
class SavedViewsProperties {
  @Property(tries = 60)
  void savedViewsReadBackEqual(@ForAll("views") List<SavedView> views) throws Exception {
    Path dir = Files.createTempDirectory("views");
    try {
      new SavedViews(dir.resolve(SavedViews.FILE_NAME), views).save();
      assertThat(SavedViews.load(dir).views()).isEqualTo(views);
    } finally {
      Files.deleteIfExists(dir.resolve(SavedViews.FILE_NAME));
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<List<SavedView>> views() {
    Arbitrary<String> name = Arbitraries.strings().withChars("abcz019-").ofMinLength(1).ofMaxLength(8)
        .filter(s -> s.matches(SavedView.NAME_PATTERN));
    // descriptions and queries in any script, with YAML's own characters (: # - ' ") that must be quoted
    Arbitrary<String> text = Arbitraries.strings().withChars("ab :#-'\"[]{}مذاکرهשיחות").ofMaxLength(20)
        .map(String::strip).filter(s -> !s.isEmpty());
    Arbitrary<List<String>> langs = Arbitraries.of("fa", "ar", "en", "he").list().uniqueElements().ofMaxSize(3);
    Arbitrary<String> day = Arbitraries.integers().between(1, 28).map(d -> String.format("2025-04-%02d", d));
    Arbitrary<SavedView> view = Combinators.combine(name, text.injectNull(0.3), text.injectNull(0.3), langs,
        day.injectNull(0.5)).as((n, description, q, lang, since) -> {
          Map<String, List<String>> f = new LinkedHashMap<>();
          f.put("q", q == null ? List.of() : List.of(q));
          f.put("lang", lang);
          f.put("since", since == null ? List.of() : List.of(since));
          return new SavedView(n, description, f);
        });
    return view.list().ofMaxSize(4).uniqueElements(SavedView::name);
  }
}
