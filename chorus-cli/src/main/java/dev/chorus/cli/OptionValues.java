package dev.chorus.cli;

import java.util.Arrays;
import java.util.Locale;

/** Parses option values that picocli leaves as text, with errors that name the option and what it accepts. */
final class OptionValues {
  private OptionValues() {}

  /** An enum constant by its lower-case, hyphenated name ({@code nb-ensemble} → {@code NB_ENSEMBLE}). */
  static <E extends Enum<E>> E oneOf(Class<E> type, String value, String option) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": '" + value + "' is not one of "
          + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }

  /** The option value that names an enum constant: {@code NB_ENSEMBLE} → {@code nb-ensemble}. */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A range {@code MIN-MAX} (a single number N means N-N) as {min, max}. */
  static int[] range(String value, String option) {
    String[] parts = value.split("-");
    try {
      return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[parts.length - 1].strip())};
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": '" + value + "' is not a range like 1-3");
    }
  }
}
