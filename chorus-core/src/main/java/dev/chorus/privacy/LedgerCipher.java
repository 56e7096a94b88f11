package dev.chorus.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for the reveal ledger, with a key derived from the pseudonym key (HMAC-SHA256 of a fixed label), so
 * that one secret outside the workspace both makes the pseudonyms and opens the ledger. Each entry has its own random
 * 96-bit nonce and is bound to its pseudonym (associated data): an entry copied under another pseudonym does not
 * decrypt. Thread-safe.
 */
final class LedgerCipher {
  private static final String LABEL = "chorus reveal ledger v1";
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  LedgerCipher(PseudonymKey pseudonymKey) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(pseudonymKey.bytes(), "HmacSHA256"));
      this.key = new SecretKeySpec(mac.doFinal(LABEL.getBytes(StandardCharsets.UTF_8)), "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** Base64 of nonce and ciphertext of {@code plain}, bound to {@code pseudonym}. */
  String seal(String pseudonym, String plain) {
    byte[] nonce = new byte[NONCE];
    random.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(pseudonym.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
      System.arraycopy(sealed, 0, out, NONCE, sealed.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM is not available in this JVM", e);
    }
  }

  /** The plain text of an entry, or empty when it was sealed with another key (or altered). */
  Optional<String> open(String pseudonym, String sealed) {
    byte[] in;
    try {
      in = Base64.getDecoder().decode(sealed);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (in.length <= NONCE) {
      return Optional.empty();
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
      c.updateAAD(pseudonym.getBytes(StandardCharsets.UTF_8));
      return Optional.of(new String(c.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8));
    } catch (javax.crypto.AEADBadTagException e) {
      return Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM is not available in this JVM", e);
    }
  }
}
