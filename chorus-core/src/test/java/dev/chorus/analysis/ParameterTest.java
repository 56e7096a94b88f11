package dev.chorus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterTest {
  private final Parameter top = Parameter.integer("min_count", 5, 1, 100, "Fewest posts.");
  private final Parameter share = Parameter.number("share", null, 0, 1, "A share.");
  private final Parameter sort = Parameter.choice("sort", "newest", List.of("newest", "relevance"), "Order.");
  private final Parameter files = Parameter.flag("files", "Per file.");

  @Test
  void readsValuesAndFallsBackToTheDefault() {
    assertThat(top.parse(null)).isEqualTo(5);
    assertThat(top.parse(" 7 ")).isEqualTo(7);
    assertThat(share.parse("")).isNull();
    assertThat(share.parse("0.25")).isEqualTo(0.25);
    assertThat(sort.parse("relevance")).isEqualTo("relevance");
    assertThat(files.parse(null)).isEqualTo(false);
    assertThat(files.parse("true")).isEqualTo(true);
  }

  @Test
  void refusesValuesOutsideTheDeclaration() {
    assertThatThrownBy(() -> top.parse("0")).isInstanceOf(InvalidParameterException.class)
        .hasMessage("must be between 1 and 100, not 0");
    assertThatThrownBy(() -> top.parse("2.5")).hasMessage("must be a whole number, not '2.5'");
    assertThatThrownBy(() -> share.parse("x")).hasMessage("must be a number, not 'x'");
    assertThatThrownBy(() -> sort.parse("oldest")).hasMessage("must be one of newest, relevance, not 'oldest'");
    assertThatThrownBy(() -> files.parse("maybe")).hasMessage("must be true or false, not 'maybe'");
    assertThat(((InvalidParameterException) org.assertj.core.api.Assertions.catchThrowable(() -> top.parse("0")))
        .parameter()).isSameAs(top);
  }

  @Test
  void namesTheOptionAndWritesTheHelpFromTheDeclaration() {
    assertThat(top.option()).isEqualTo("--min-count");
    assertThat(top.help()).isEqualTo("Fewest posts. 1 to 100. Default 5.");
    assertThat(sort.help()).isEqualTo("Order. One of newest, relevance. Default newest.");
  }

  @Test
  void valuesKnowWhichWereGiven() {
    Map<String, String> raw = Map.of("share", "0.5");
    ParameterValues v = ParameterValues.read(List.of(top, share, sort, files), raw::get);
    assertThat(v.given("share")).isTrue();
    assertThat(v.given("min_count")).isFalse();
    assertThat(v.integer("min_count")).isEqualTo(5);
    assertThat(v.number("share")).isEqualTo(0.5);
    assertThat(v.string("sort")).isEqualTo("newest");
    assertThat(v.flag("files")).isFalse();
    assertThatThrownBy(() -> v.integer("nope")).hasMessageContaining("nope");
  }
}
