package dev.chorus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reveal ledger's compact set answers as a set of strings does, and the ledger keeps its guarantees with it. */
class PseudonymSetTest {
  @TempDir Path dir;

  @Test
  void kindsZeroAndOtherShapesAreTold() {
    PseudonymSet set = new PseudonymSet();
    assertThat(set.add("u_0000000000000000")).isTrue();
    assertThat(set.contains("h_0000000000000000")).isFalse(); // the same number of the other kind
    assertThat(set.add("h_ffffffffffffffff")).isTrue();
    assertThat(set.contains("u_ffffffffffffffff")).isFalse();
    assertThat(set.contains("h_FFFFFFFFFFFFFFFF")).isFalse(); // not the pseudonymiser's shape: another string
    assertThat(set.add("h_FFFFFFFFFFFFFFFF")).isTrue();
    assertThat(set.add("u_0000000000000000")).isFalse();
    assertThat(set.size()).isEqualTo(3);
  }

  /** Any sequence of adds and lookups, of pseudonyms and near-pseudonyms, answered as a HashSet of strings. */
  @Property(tries = 300)
  void answersAsASetOfStrings(@ForAll("pseudonyms") List<String> added, @ForAll("pseudonyms") List<String> asked) {
    PseudonymSet set = new PseudonymSet();
    Set<String> expected = new HashSet<>();
    for (String p : added) {
      assertThat(set.add(p)).as(p).isEqualTo(expected.add(p));
    }
    for (String p : asked) {
      assertThat(set.contains(p)).as(p).isEqualTo(expected.contains(p));
    }
    added.forEach(p -> assertThat(set.contains(p)).isTrue());
    assertThat(set.size()).isEqualTo(expected.size());
  }

  @Property(tries = 500)
  void readsTheNumberAsParseUnsignedLongDid(@ForAll long n) {
    String hex = String.format("%016x", n);
    assertThat(PseudonymSet.number("h_" + hex)).isEqualTo(Long.parseUnsignedLong(hex, 16)).isEqualTo(n);
  }

  /** Many accounts: every pseudonym lands once in the file, also across runs, and each can be revealed. */
  @Test
  void aLedgerOfManyAccountsHoldsEachOnce() throws Exception {
    PseudonymKey key = RevealLedgerTest.KEY;
    Path file = dir.resolve(RevealLedger.FILE);
    Set<String> made = new HashSet<>();
    for (int run = 0; run < 2; run++) {
      Pseudonymizer p = new Pseudonymizer(key, PublicFigures.none(), new RevealLedger(file, key));
      for (int i = 0; i < 2_000; i++) {
        made.add(p.accountPseudonym("x", Integer.toString(i % 1_500 + run * 500)));
        made.add(p.handlePseudonym("x", "user" + (i % 1_500)));
        if (i % 500 == 0) {
          p.flushLedger();
        }
      }
      p.flushLedger();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('\t'))).toList();
    assertThat(lines).hasSize(made.size()).containsExactlyInAnyOrderElementsOf(made);
    RevealLedger ledger = new RevealLedger(file, key);
    assertThat(ledger.reveal(new Pseudonymizer(key, PublicFigures.none()).accountPseudonym("x", "1999"))
        .orElseThrow().identifier()).isEqualTo("1999");
  }

  @Provide
  Arbitrary<List<String>> pseudonyms() {
    SplittableRandom random = new SplittableRandom(1);
    List<String> pool = new java.util.ArrayList<>(List.of("u_0000000000000000", "h_0000000000000000",
        "u_ffffffffffffffff", "u_FFFFFFFFFFFFFFFF", "x_0123456789abcdef", "u-0123456789abcdef", "u_0123", "", "h_"));
    for (int i = 0; i < 40; i++) {
      pool.add((random.nextBoolean() ? "u_" : "h_") + String.format("%016x", random.nextLong()));
    }
    return Arbitraries.of(pool).list().ofMaxSize(200);
  }
}
