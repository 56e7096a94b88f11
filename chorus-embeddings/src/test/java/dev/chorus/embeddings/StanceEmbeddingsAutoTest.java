package dev.chorus.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.stance.StanceEmbeddings;
import dev.chorus.annotate.stance.StanceExample;
import dev.chorus.annotate.stance.StanceFormat;
import dev.chorus.annotate.stance.StanceModelling;
import dev.chorus.annotate.stance.StanceTraining;
import dev.chorus.annotate.stance.StanceTuning;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --embeddings auto} with the real embedders on the classpath: by the posts' language, never failing. */
class StanceEmbeddingsAutoTest {
  private static final StanceTuning TUNED = StanceTuning.of(StanceTuning.Scope.SHARED,
      StanceTraining.DEFAULT_SETTINGS, StanceModelling.PER_TARGET, StanceFormat.CSV);

  @Test
  void autoTakesTheEnglishEmbedderForEnglishPostsOnly() {
    List<StanceExample> english = posts("The talks with Tehran must end now, no more concessions to the regime.",
        "Diplomacy is the only way to avoid another war in the region, keep talking.");
    List<StanceExample> arabic = posts("يجب أن تتوقف المفاوضات مع طهران فوراً ولا تنازلات للنظام",
        "الدبلوماسية هي الطريق الوحيد لتجنب حرب أخرى في المنطقة");
    List<StanceExample> mixed = new ArrayList<>(english.subList(0, 10));
    mixed.addAll(arabic.subList(0, 10));

    StanceEmbeddings.Choice en = StanceEmbeddings.choose("auto", TUNED, english);
    assertThat(en.embedder()).isEqualTo(E5SmallV2Embedder.ID);
    assertThat(en.reason()).contains("100% of the identified posts in 'en'");
    StanceEmbeddings.Choice ar = StanceEmbeddings.choose("auto", TUNED, arabic);
    assertThat(ar.embedder()).isNull();
    assertThat(ar.reason()).contains("no sentence embedder for 'ar'").contains(E5SmallV2Embedder.ID);
    assertThat(StanceEmbeddings.choose("auto", TUNED, mixed).reason()).contains("no language is 80%");
  }

  @Test
  void noneIdsAndJointModelsAreTakenAsGiven() {
    List<StanceExample> english = posts("End the talks now.", "Keep talking, avoid war.");
    assertThat(StanceEmbeddings.choose("none", TUNED, english).embedder()).isNull();
    assertThat(StanceEmbeddings.choose(null, TUNED, english).embedder()).isNull();
    assertThat(StanceEmbeddings.choose("e5-small-v2", TUNED, english).embedder()).isEqualTo("e5-small-v2");
    StanceTuning joint = StanceTuning.of(null, StanceTraining.DEFAULT_SETTINGS, StanceModelling.COMBINED,
        StanceFormat.CSV);
    StanceEmbeddings.Choice c = StanceEmbeddings.choose("auto", joint, english);
    assertThat(c.embedder()).isNull();
    assertThat(c.reason()).contains("joint and combined models");
  }

  private static List<StanceExample> posts(String favor, String against) {
    List<StanceExample> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      out.add(new StanceExample(i + 1, i % 2 == 0 ? favor : against, "Iran talks", i % 2 == 0 ? "favor" : "against"));
    }
    return out;
  }
}
