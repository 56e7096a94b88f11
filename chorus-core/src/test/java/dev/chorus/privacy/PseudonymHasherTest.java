package dev.chorus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.privacy.IdentifierRules.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache keyed by what the caller gives and the MAC's input written as bytes make the pseudonyms the MAC of the
 * input string made; noting a pseudonym only when it is computed still gives the ledger every pseudonym made.
 */
class PseudonymHasherTest {
  static final PseudonymKey KEY = PseudonymKey.of("0123456789abcdef0123456789abcdef".getBytes());
  @TempDir Path dir;

  static Mac mac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY.bytes(), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The pseudonym as the pseudonymiser defined it before the cache: the oracle. */
  static String byInputString(String platform, Kind kind, String identifier) {
    String input = kind == Kind.ID ? platform + ":id:" + identifier
        : platform + ":handle:" + identifier.toLowerCase(Locale.ROOT);
    String hex = HexFormat.of().formatHex(mac().doFinal(input.getBytes(StandardCharsets.UTF_8)), 0, 8);
    return (kind == Kind.ID ? "u_" : "h_") + hex;
  }

  @Property(tries = 300)
  void makesThePseudonymsOfTheInputString(@ForAll("platforms") String platform,
      @ForAll("identifiers") List<String> identifiers) {
    PseudonymHasher hasher = new PseudonymHasher(mac(), null);
    for (String identifier : identifiers) { // repeats: answered by the cache
      for (Kind kind : Kind.values()) {
        assertThat(hasher.pseudonym(platform, kind, identifier)).as(kind + " " + identifier)
            .isEqualTo(byInputString(platform, kind, identifier));
      }
    }
  }

  /**
   * More accounts than the cache holds, handles in two cases, flushes between: each pseudonym is right and lands in the
   * ledger once, with the identifier first given.
   */
  @Test
  void theLedgerGetsEveryPseudonymMadeWithTheIdentifierFirstGiven() throws Exception {
    Path file = dir.resolve(RevealLedger.FILE);
    RevealLedger ledger = new RevealLedger(file, KEY);
    Pseudonymizer p = new Pseudonymizer(KEY, PublicFigures.none(), ledger);
    Map<String, String> first = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 30_000; i++) {
      int n = random.nextInt(10_000);
      String handle = (random.nextBoolean() ? "User" : "user") + n;
      String id = Integer.toString(n);
      String given = random.nextInt(4) == 0 ? id : handle; // some handles equal ids: the cache tells the kinds apart
      String h = p.handlePseudonym("x", given);
      String u = p.accountPseudonym("x", id);
      assertThat(h).isEqualTo(byInputString("x", Kind.HANDLE, given));
      assertThat(u).isEqualTo(byInputString("x", Kind.ID, id));
      first.putIfAbsent(h, given);
      first.putIfAbsent(u, id);
      if (i % 7_000 == 0) {
        p.flushLedger();
      }
    }
    p.flushLedger();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('\t'))).toList();
    assertThat(lines).hasSize(first.size()).containsExactlyInAnyOrderElementsOf(first.keySet());
    for (int i = 0; i < lines.size(); i += 997) {
      String pseudonym = lines.get(i);
      assertThat(ledger.reveal(pseudonym).orElseThrow().identifier()).isEqualTo(first.get(pseudonym));
    }
  }

  /** The two kinds of an identifier in one slot (one hash in 2^28 puts them there): told apart by the prefix. */
  @Test
  void kindsOfOneIdentifierSharingASlotAreToldApart() {
    String id = identifierWhoseKindsShareASlot("x");
    assertThat(PseudonymHasher.slot("x", 'u', id)).isEqualTo(PseudonymHasher.slot("x", 'h', id));
    PseudonymHasher hasher = new PseudonymHasher(mac(), null);
    for (int i = 0; i < 2; i++) {
      assertThat(hasher.pseudonym("x", Kind.ID, id)).isEqualTo(byInputString("x", Kind.ID, id));
      assertThat(hasher.pseudonym("x", Kind.HANDLE, id)).isEqualTo(byInputString("x", Kind.HANDLE, id));
    }
  }

  /**
   * An identifier whose hash for a handle is 0x0FFFFFF9 (the 'u' of an id adds 13: the low 12 bits and bits 16-27
   * both go to all-ones flipped, so the slot's XOR of them is unchanged), written in base 31 with chars 0-30.
   */
  private static String identifierWhoseKindsShareASlot(String platform) {
    int inverse31 = 0xBDEF7BDF; // 31 * inverse31 == 1 (mod 2^32)
    assertThat(31 * inverse31).isEqualTo(1);
    int wanted = (0x0FFFFFF9 - 'h') * inverse31 - platform.hashCode() * 31; // identifier.hashCode() needed
    char[] digits = new char[7];
    long rest = Integer.toUnsignedLong(wanted);
    for (int i = digits.length - 1; i >= 0; i--) {
      digits[i] = (char) (rest % 31);
      rest /= 31;
    }
    String id = new String(digits);
    assertThat(id.hashCode()).isEqualTo(wanted);
    return id;
  }

  @Provide
  Arbitrary<String> platforms() {
    return Arbitraries.of("x", "bluesky", "raw", "mastodon", "plätform");
  }

  /** ASCII in both cases, and chars whose lower case or UTF-8 is not a shift or a copy (K is the Kelvin sign). */
  @Provide
  Arbitrary<List<String>> identifiers() {
    Arbitrary<String> ascii = Arbitraries.strings().withChars("aZz09_.-@:/ ").ofMaxLength(12);
    Arbitrary<String> odd = Arbitraries.strings().withChars("aZİKßéΣǅ\uD835\uDC00\u0080\u007F").ofMaxLength(6);
    Arbitrary<String> one = Arbitraries.oneOf(ascii, odd, Arbitraries.of("StateDept", "statedept", "", "null"));
    return one.list().ofMinSize(1).ofMaxSize(8).flatMap(l -> Arbitraries.of(l).list().ofMinSize(1).ofMaxSize(20));
  }
}
