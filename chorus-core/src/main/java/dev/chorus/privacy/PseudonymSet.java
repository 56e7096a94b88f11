package dev.chorus.privacy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The pseudonyms the reveal ledger holds, in about 16 bytes each instead of a string in a hash set (~120 bytes): the
 * ledger's memory grows with the accounts of a corpus, which may be millions. A pseudonym the {@link Pseudonymizer}
 * makes is {@code u_} or {@code h_} and 16 hex digits, which is exactly one 64-bit number per kind, so each kind is a
 * primitive open-addressing set of those numbers: no hash of the pseudonym, hence no collision and no pseudonym taken
 * for another (a ledger that skipped a pseudonym on a collision would lose the way back from it). Any other string (the
 * pseudonymiser makes none) is kept as it is.
 *
 * <p>One writer ({@link #add}, called under the ledger's lock) and any number of readers ({@link #contains}, from the
 * ingest's lanes, without a lock): slots are written with volatile semantics and a grown table is published whole, so a
 * reader sees a pseudonym added or not yet added, never a wrong one. A reader that misses one just added only notes it
 * again, and the ledger's flush drops it.
 */
final class PseudonymSet {
  private static final int PREFIX = 2;
  private static final int LENGTH = PREFIX + 16;

  private final Numbers accounts = new Numbers();
  private final Numbers handles = new Numbers();
  private final Set<String> others = ConcurrentHashMap.newKeySet();

  boolean contains(String pseudonym) {
    Numbers numbers = numbersOf(pseudonym);
    return numbers == null ? others.contains(pseudonym) : numbers.contains(number(pseudonym));
  }

  /** Adds the pseudonym; false when it was there. Not thread-safe: one writer at a time. */
  boolean add(String pseudonym) {
    Numbers numbers = numbersOf(pseudonym);
    return numbers == null ? others.add(pseudonym) : numbers.add(number(pseudonym));
  }

  /**
   * The 16 lower-case hex digits of a pseudonym {@link #numbersOf} took, as {@code Long.parseUnsignedLong(pseudonym,
   * 2, 18, 16)} reads them, without its general parse: the ingest looks up each pseudonym it computes.
   */
  static long number(String pseudonym) {
    long n = 0;
    for (int i = PREFIX; i < LENGTH; i++) {
      char c = pseudonym.charAt(i);
      n = n << 4 | (c <= '9' ? c - '0' : c - 'a' + 10);
    }
    return n;
  }

  int size() {
    return accounts.size + handles.size + others.size();
  }

  /** The set of the pseudonym's kind when it has the pseudonymiser's shape ({@code [uh]_[0-9a-f]{16}}), else null. */
  private Numbers numbersOf(String pseudonym) {
    if (pseudonym.length() != LENGTH || pseudonym.charAt(1) != '_') {
      return null;
    }
    for (int i = PREFIX; i < LENGTH; i++) {
      char c = pseudonym.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return null; // upper-case hex would parse to the same number as another string: kept as a string
      }
    }
    return switch (pseudonym.charAt(0)) {
      case 'u' -> accounts;
      case 'h' -> handles;
      default -> null;
    };
  }

  /** An open-addressing set of longs, half full at most; 0 marks an empty slot, so the number 0 is a flag. */
  private static final class Numbers {
    private volatile AtomicLongArray slots = new AtomicLongArray(16);
    private volatile boolean hasZero;
    private int size;

    boolean contains(long n) {
      if (n == 0) {
        return hasZero;
      }
      AtomicLongArray table = slots;
      int mask = table.length() - 1;
      for (int i = slot(n, mask); ; i = (i + 1) & mask) {
        long v = table.get(i);
        if (v == n) {
          return true;
        }
        if (v == 0) {
          return false;
        }
      }
    }

    boolean add(long n) {
      if (n == 0) {
        boolean added = !hasZero;
        hasZero = true;
        size += added ? 1 : 0;
        return added;
      }
      if (contains(n)) {
        return false;
      }
      if ((size + 1) * 2 > slots.length()) {
        grow();
      }
      put(slots, n);
      size++;
      return true;
    }

    private void grow() {
      AtomicLongArray old = slots;
      AtomicLongArray bigger = new AtomicLongArray(old.length() * 2);
      for (int i = 0; i < old.length(); i++) {
        if (old.get(i) != 0) {
          put(bigger, old.get(i));
        }
      }
      slots = bigger; // published whole: readers see the old table or the full new one
    }

    private static void put(AtomicLongArray table, long n) {
      int mask = table.length() - 1;
      int i = slot(n, mask);
      while (table.get(i) != 0) {
        i = (i + 1) & mask;
      }
      table.set(i, n);
    }

    /** The numbers are HMAC output, uniform already; mixing guards against a set built from chosen strings. */
    private static int slot(long n, int mask) {
      long h = n * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }
  }
}
