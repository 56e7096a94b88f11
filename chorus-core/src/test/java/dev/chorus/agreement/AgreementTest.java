package dev.chorus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AgreementTest {
  @Test
  void cohensKappaMatchesAHandComputedTable() {
    // 50 units: both yes 20, a yes b no 5, a no b yes 10, both no 15 -> po=0.7, pe=0.5*0.6+0.5*0.4=0.5, kappa=0.4
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    add(a, b, "yes", "yes", 20);
    add(a, b, "yes", "no", 5);
    add(a, b, "no", "yes", 10);
    add(a, b, "no", "no", 15);
    assertThat(CohenKappa.of(a, b)).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void krippendorffsAlphaMatchesThePublishedExample() {
    // Krippendorff (2011), nominal example with 4 coders, 12 units, missing codes: alpha = 0.743
    String[][] data = {
        {"1", "1", null, "1"}, {"2", "2", "3", "2"}, {"3", "3", "3", "3"}, {"3", "3", "3", "3"},
        {"2", "2", "2", "2"}, {"1", "2", "3", "4"}, {"4", "4", "4", "4"}, {"1", "1", "2", "1"},
        {"2", "2", "2", "2"}, {null, "5", "5", "5"}, {null, null, "1", "1"}, {null, null, "3", null}};
    List<List<String>> units = new ArrayList<>();
    for (String[] row : data) {
      List<String> codes = new ArrayList<>();
      for (String c : row) {
        if (c != null) {
          codes.add(c);
        }
      }
      units.add(codes);
    }
    assertThat(KrippendorffAlpha.nominal(units)).isCloseTo(0.743, within(0.001));
  }

  @Property(tries = 200)
  void perfectAgreementGivesOne(@ForAll @Size(min = 2, max = 30) List<@IntRange(min = 0, max = 3) Integer> codes) {
    List<String> a = codes.stream().map(String::valueOf).toList();
    assertThat(CohenKappa.of(a, a)).isEqualTo(1.0);
    assertThat(KrippendorffAlpha.nominal(a.stream().map(c -> List.of(c, c)).toList())).isEqualTo(1.0);
  }

  private static void add(List<String> a, List<String> b, String x, String y, int n) {
    for (int i = 0; i < n; i++) {
      a.add(x);
      b.add(y);
    }
  }
}
