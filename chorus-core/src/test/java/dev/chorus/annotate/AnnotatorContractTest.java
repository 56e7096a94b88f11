package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.codebook.CodebookLoader;
import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The contract every registered annotator keeps with the default codebook (see {@link Annotator}): a stable id shared
 * with its factory, its own stamp added exactly once, only the keys it declares written, labels that name it, the
 * same output for the same input on any thread, and no exception on any text. A new annotator is covered by
 * registering it. The context has tiny trained models ({@link ModelFixtures}), so the model annotators (stance,
 * frames) are held to the same contract: every registered factory must create its annotator here.
 */
class AnnotatorContractTest {
  static final AnnotatorContext CONTEXT =
      new AnnotatorContext(CodebookLoader.loadDefault(), ModelFixtures.modelsDir());
  static final List<String> TEXTS = List.of("", "The IRGC and Hezbollah", "سپاه پاسداران و حزب\u200cالله",
      "الحرس الثوري وحزب الله", "משמרות המהפכה וחיזבאללה", "nothing to see");

  @Test
  void factoriesAreRegisteredWithStableIdsAndCreateTheirAnnotator() throws Exception {
    List<AnnotatorFactory> factories = AnnotationChain.factories();
    assertThat(factories).extracting(AnnotatorFactory::id).contains("normalize", "actors");
    for (AnnotatorFactory f : factories) {
      assertThat(f.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(f.description()).as(f.id()).isNotBlank();
      var created = f.create(CONTEXT);
      assertThat(created).as(f.id() + " with models: " + f.unavailableReason(CONTEXT)).isPresent();
      assertThat(created.get().id()).isEqualTo(f.id());
      for (var d : f.dimensions()) {
        assertThat(dev.chorus.dimension.Dimensions.find(d.id())).as(f.id() + " declares " + d.id()).contains(d);
      }
    }
    assertThat(AnnotationChain.load(CONTEXT).unavailable()).isEmpty();
  }

  @Test
  void theChainRefusesToStartWhenARequirementIsUnmet() throws Exception {
    Annotator calls = AnnotationChain.load(CONTEXT).annotators().stream().filter(a -> a.id().equals("calls"))
        .findFirst().orElseThrow();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AnnotationChain(List.of(calls), Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'calls' needs 'normalized'").hasMessageContaining("no annotator of the chain");
  }

  @Test
  void eachAnnotatorAddsItsStampOnceAndWritesOnlyItsKeys() throws Exception {
    for (Annotator a : AnnotationChain.load(CONTEXT).annotators()) {
      for (String text : TEXTS) {
        Annotations before = Annotations.EMPTY.with("other", List.of(new Label("x", 0.5, "other")), null, null);
        Annotations after = a.annotate(post(text), before);
        assertThat(after.stamps()).as(a.id()).containsExactly(a.stamp());
        assertThat(a.annotate(post(text), after).stamps()).as(a.id() + " twice").containsExactly(a.stamp());
        assertThat(after.all("other")).isEqualTo(before.all("other"));
        for (String key : after.labels().keySet()) {
          AnnotationKey typed = AnnotationKey.parse(key);
          assertThat(key.equals("other") || a.produces().stream().anyMatch(p -> p.covers(typed)))
              .as(a.id() + " writes " + key).isTrue();
          after.all(key).stream().filter(l -> !key.equals("other"))
              .forEach(l -> assertThat(l.annotator()).isEqualTo(a.id()));
        }
      }
    }
  }

  @Test
  void theChainPutsTheNormaliserFirstAndFindsActors() throws Exception {
    AnnotationChain chain = AnnotationChain.load(CONTEXT);
    List<String> ids = chain.annotators().stream().map(Annotator::id).toList();
    assertThat(ids.indexOf("normalize")).isLessThan(ids.indexOf("actors"));
    Post out = chain.annotate(post("וגם משמרות המהפכה"));
    assertThat(out.text()).isEqualTo("וגם משמרות המהפכה");
    assertThat(out.annotations().normalizedText()).isEqualTo("וגם משמרות המהפכה");
    assertThat(out.annotations().all("actor")).extracting(Label::value).containsExactly("irgc");
  }

  @Test
  void givesTheSameResultsOnManyThreads() throws Exception {
    AnnotationChain chain = AnnotationChain.load(CONTEXT);
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      posts.add(post(TEXTS.get(i % TEXTS.size()) + " " + i));
    }
    List<Post> sequential = posts.stream().map(chain::annotate).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Post>> parallel = posts.stream().map(p -> pool.submit(() -> chain.annotate(p))).toList();
      for (int i = 0; i < posts.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Loaded once per property, not per try: loading the models is what takes time, and the chain is immutable. */
  private AnnotationChain loadedChain;

  @Property(tries = 200)
  void neverThrowsOnAnyText(@ForAll("texts") String text) throws Exception {
    if (loadedChain == null) {
      loadedChain = AnnotationChain.load(CONTEXT);
    }
    Post out = loadedChain.annotate(post(text));
    assertThat(out.text()).isEqualTo(text);
    out.annotations().labels().values().forEach(list -> list.forEach(l ->
        assertThat(l.confidence()).isBetween(0.0, 1.0)));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(80),
        Arbitraries.strings().withCharRange('\u0590', '\u06ff').withChars(" \u200cirgc").ofMaxLength(80));
  }

  static Post post(String text) {
    return Post.builder(Platform.TELEGRAM, "1").kind(PostKind.POST).author(Author.of("a", null, null))
        .createdAt(Instant.EPOCH).text(text).build();
  }
}
