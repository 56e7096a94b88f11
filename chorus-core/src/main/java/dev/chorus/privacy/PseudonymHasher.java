package dev.chorus.privacy;

import dev.chorus.privacy.IdentifierRules.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;

/**
 * One thread's MAC, and the last pseudonyms it made in a small direct-mapped cache: an author posts many times and is
 * mentioned often, and the cache answers in a string comparison what the MAC computes in two SHA-256 blocks.
 *
 * <p>The cache is keyed by the platform, the kind and the identifier as given, not by the MAC's input: a hit then
 * builds no input string and lower-cases no handle (the pseudonym is a function of the input, which is a function of
 * that key). A pseudonym is noted in the {@link RevealLedger} when it is computed, not when the cache answers: a hit
 * means this thread computed it before, and noted it then; the ledger keeps what it was given until its file holds it.
 * So the ledger still receives every pseudonym made, and the first note of each is the same call as when every call
 * noted (the first time a thread makes a pseudonym is never a hit); one computed again after its slot was taken is
 * noted again, which the ledger ignores as it did every repeated note.
 */
final class PseudonymHasher {
  private static final int SLOTS = 4096;
  private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

  private final Mac mac;
  private final RevealLedger ledger;
  private final String[] platforms = new String[SLOTS];
  private final String[] identifiers = new String[SLOTS];
  /** The pseudonyms made; the first char ({@code u} or {@code h}) tells the kind it was made for. */
  private final String[] pseudonyms = new String[SLOTS];
  private final byte[] digest = new byte[32];
  private byte[] input = new byte[64];

  /** {@code ledger}: where pseudonyms are noted when computed, or null. */
  PseudonymHasher(Mac mac, RevealLedger ledger) {
    this.mac = mac;
    this.ledger = ledger;
  }

  /** {@code u_} or {@code h_} and 16 hex digits of HMAC-SHA256(key, platform + ":id:" or ":handle:" + identifier). */
  String pseudonym(String platformId, Kind kind, String identifier) {
    char prefix = kind == Kind.ID ? 'u' : 'h';
    int slot = slot(platformId, prefix, identifier);
    String cached = pseudonyms[slot];
    if (cached != null && cached.charAt(0) == prefix && identifier.equals(identifiers[slot])
        && platformId.equals(platforms[slot])) {
      return cached;
    }
    String made = make(prefix, platformId, identifier);
    platforms[slot] = platformId;
    identifiers[slot] = identifier;
    pseudonyms[slot] = made;
    if (ledger != null) {
      ledger.record(made, platformId, prefix == 'u' ? "id" : "handle", identifier);
    }
    return made;
  }

  /** Where a pseudonym is kept; the two kinds of an identifier rarely share one (then the prefix tells them apart). */
  static int slot(String platformId, char prefix, String identifier) {
    int h = (platformId.hashCode() * 31 + identifier.hashCode()) * 31 + prefix;
    return (h ^ (h >>> 16)) & (SLOTS - 1);
  }

  /** The pseudonym computed: the MAC of the input, its first 8 bytes in hex after the prefix. */
  private String make(char prefix, String platformId, String identifier) {
    input(prefix == 'u' ? ":id:" : ":handle:", platformId, identifier, prefix == 'h');
    try {
      mac.doFinal(digest, 0);
    } catch (ShortBufferException e) {
      throw new IllegalStateException("an HMAC-SHA256 is 32 bytes", e);
    }
    char[] chars = new char[18];
    chars[0] = prefix;
    chars[1] = '_';
    for (int i = 0; i < 8; i++) { // as HexFormat.of().formatHex(digest, 0, 8), written in place
      chars[2 + 2 * i] = HEX_DIGITS[(digest[i] >> 4) & 0xf];
      chars[3 + 2 * i] = HEX_DIGITS[digest[i] & 0xf];
    }
    return new String(chars);
  }

  /**
   * Gives the MAC the UTF-8 of platform + infix + identifier (lower-cased as {@code Locale.ROOT} does for a handle).
   * When both are ASCII (the corpora's ids and handles mostly are), UTF-8 is a copy and lower-casing a shift of A-Z,
   * written into a buffer kept for the next input; else the string is built, lower-cased and encoded.
   */
  private void input(String infix, String platformId, String identifier, boolean lowerCase) {
    if (!isAscii(platformId) || !isAscii(identifier)) {
      String shown = lowerCase ? identifier.toLowerCase(Locale.ROOT) : identifier;
      mac.update((platformId + infix + shown).getBytes(StandardCharsets.UTF_8));
      return;
    }
    int length = platformId.length() + infix.length() + identifier.length();
    if (input.length < length) {
      input = new byte[Math.max(length, 2 * input.length)];
    }
    int at = copy(platformId, input, 0, false);
    at = copy(infix, input, at, false);
    copy(identifier, input, at, lowerCase);
    mac.update(input, 0, length);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Writes the ASCII chars of {@code s} at {@code at} (A-Z lower-cased if asked); returns where they end. */
  private static int copy(String s, byte[] to, int at, boolean lowerCase) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      to[at + i] = (byte) (lowerCase && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return at + s.length();
  }
}
