package dev.chorus.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevealLedgerTest {
  static final PseudonymKey KEY = PseudonymKey.of("0123456789abcdef0123456789abcdef".getBytes());
  @TempDir Path dir;

  Path file() {
    return dir.resolve(RevealLedger.FILE);
  }

  Pseudonymizer pseudonymizer(PseudonymKey key) {
    return new Pseudonymizer(key, PublicFigures.none(), new RevealLedger(file(), key));
  }

  @Test
  void theKeysHolderRevealsWhatThePseudonymsStandForAndTheFileAloneNamesNobody() throws Exception {
    Pseudonymizer p = pseudonymizer(KEY);
    String u = p.accountPseudonym("bluesky", "did:plc:a1icea1icea1icea1icea1ic");
    String h = p.handlePseudonym("x", "Gulf_Analyst");
    p.flushLedger();
    RevealLedger ledger = new RevealLedger(file(), KEY);
    assertThat(ledger.reveal(u)).contains(
        new RevealLedger.Entry(u, "bluesky", "id", "did:plc:a1icea1icea1icea1icea1ic"));
    assertThat(ledger.reveal(h).orElseThrow().identifier()).isEqualTo("Gulf_Analyst");
    assertThat(ledger.revealIn("bluesky:at://" + u + "/app.bsky.feed.post/3l").text())
        .isEqualTo("bluesky:at://did:plc:a1icea1icea1icea1icea1ic/app.bsky.feed.post/3l");
    assertThat(ledger.revealIn("u_00000000000000ff").unknown()).containsExactly("u_00000000000000ff");
    String text = Files.readString(file(), StandardCharsets.UTF_8);
    assertThat(text).contains(u).doesNotContain("a1ice").doesNotContainIgnoringCase("gulf");
    RevealLedger other = new RevealLedger(file(), PseudonymKey.of("another key of sixteen+ bytes".getBytes()));
    assertThatThrownBy(() -> other.reveal(u)).isInstanceOf(RevealLedger.WrongKeyException.class)
        .hasMessageContaining("another key");
  }

  @Test
  void flushingAgainOrInAnotherRunAddsNoDuplicateAndALineCutByACrashIsDropped() throws Exception {
    Pseudonymizer p = pseudonymizer(KEY);
    String u = p.accountPseudonym("x", "42");
    p.flushLedger();
    p.accountPseudonym("x", "42");
    p.flushLedger();
    Files.writeString(file(), "u_0123456789abcdef\tAAAA", StandardOpenOption.APPEND); // a crash mid-line
    Pseudonymizer second = pseudonymizer(KEY); // the next run
    second.accountPseudonym("x", "42");
    String v = second.accountPseudonym("x", "43");
    second.flushLedger();
    String text = Files.readString(file(), StandardCharsets.UTF_8);
    assertThat(text.lines().filter(l -> l.startsWith(u))).hasSize(1);
    assertThat(text).doesNotContain("u_0123456789abcdef").endsWith("\n");
    assertThat(text.lines().filter(l -> !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('\t'))))
        .containsExactlyInAnyOrderElementsOf(Set.of(u, v));
    assertThat(new RevealLedger(file(), KEY).reveal(v).orElseThrow().identifier()).isEqualTo("43");
  }

  @Test
  void withoutAnIngestNothingIsWritten() throws Exception {
    pseudonymizer(KEY).accountPseudonym("x", "42");
    assertThat(file()).doesNotExist();
  }
}
