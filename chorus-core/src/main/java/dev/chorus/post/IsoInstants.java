package dev.chorus.post;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#toString()} (what Jackson's time module writes for an instant in a post's JSON) without the
 * formatter, which was a tenth of writing a stored post: {@code 2026-11-03T12:34:56Z}, the fraction in groups of
 * three digits as needed ({@code .120}, {@code .000120}), for the years 1970 to 9999; other instants by {@code
 * toString} itself. {@code IsoInstantsTest} holds it to {@code toString}.
 */
final class IsoInstants {
  /** 10000-01-01T00:00:00Z: from here on a year has five digits and a sign. */
  private static final long YEAR_10000 = 253_402_300_800L;

  private IsoInstants() {}

  static String format(Instant t) {
    long second = t.getEpochSecond();
    if (second < 0 || second >= YEAR_10000) {
      return t.toString();
    }
    int nano = t.getNano();
    int fraction = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
    byte[] b = new byte[20 + (fraction == 0 ? 0 : 1 + fraction)];
    LocalDate date = LocalDate.ofEpochDay(second / 86_400);
    int ofDay = (int) (second % 86_400);
    digits(b, 0, date.getYear(), 4);
    b[4] = '-';
    digits(b, 5, date.getMonthValue(), 2);
    b[7] = '-';
    digits(b, 8, date.getDayOfMonth(), 2);
    b[10] = 'T';
    digits(b, 11, ofDay / 3600, 2);
    b[13] = ':';
    digits(b, 14, ofDay / 60 % 60, 2);
    b[16] = ':';
    digits(b, 17, ofDay % 60, 2);
    if (fraction > 0) {
      b[19] = '.';
      digits(b, 20, nano / (fraction == 3 ? 1_000_000 : fraction == 6 ? 1000 : 1), fraction);
    }
    b[b.length - 1] = 'Z';
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** {@code value} as {@code width} decimal digits, zero-padded, at {@code at}. */
  private static void digits(byte[] b, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      b[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }

  /** Writes an instant as {@link #format} gives it: the time module's string, without its formatter. */
  static final class Serializer extends StdSerializer<Instant> {
    Serializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(format(value));
    }
  }
}
