package dev.chorus.source.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes XML bytes the way the XML specification (appendix F) and feed readers such as feedparser find the encoding:
 * a byte-order mark (UTF-8, UTF-16, UTF-32), else the byte pattern of {@code <?xml} or {@code <} in UTF-16/UTF-32
 * without a mark, else the {@code encoding} of the XML declaration ({@code ISO-8859-1}, {@code windows-1252}, ...),
 * else UTF-8. Text that is not valid UTF-8 and declares nothing is read as windows-1252, as browsers and feedparser
 * do for such feeds. An unknown declared encoding falls back the same way. Never throws.
 *
 * @param text the decoded text, byte-order mark removed
 * @param charset the character set the bytes were read in
 */
public record XmlText(String text, Charset charset) {
  private static final Pattern DECLARED =
      Pattern.compile("^\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public static XmlText decode(byte[] bytes) {
    Charset bom = byBom(bytes);
    if (bom != null) {
      int skip = bomLength(bom, bytes);
      return new XmlText(new String(bytes, skip, bytes.length - skip, bom), bom);
    }
    Charset wide = byPattern(bytes);
    if (wide != null) {
      return new XmlText(new String(bytes, wide), wide);
    }
    // the declaration is ASCII in every encoding that is not UTF-16/32; ISO-8859-1 maps each byte to one char
    String ascii = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(ascii);
    Charset declared = m.find() ? charset(m.group(1)) : null;
    if (declared != null && !isWide(declared)) {
      return new XmlText(new String(bytes, declared), declared);
    }
    String utf8 = strictUtf8(bytes);
    return utf8 != null ? new XmlText(utf8, StandardCharsets.UTF_8)
        : new XmlText(new String(bytes, WINDOWS_1252), WINDOWS_1252);
  }

  /** True when the bytes start like XML in UTF-16 or UTF-32 (with or without a byte-order mark). */
  public static boolean looksLikeWideXml(byte[] bytes) {
    Charset c = byBom(bytes);
    if (c == null) {
      c = byPattern(bytes);
    }
    return c != null && isWide(c) && decode(bytes).text().stripLeading().startsWith("<");
  }

  private static Charset byBom(byte[] b) {
    if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return Charset.forName("UTF-32BE");
    }
    if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return Charset.forName("UTF-32LE");
    }
    if (starts(b, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (starts(b, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    return starts(b, 0xFF, 0xFE) ? StandardCharsets.UTF_16LE : null;
  }

  private static int bomLength(Charset c, byte[] b) {
    return c.name().startsWith("UTF-32") ? 4 : c.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  /** XML 1.0 appendix F: the first character is '<' (or whitespace), so the zero bytes tell the width and order. */
  private static Charset byPattern(byte[] b) {
    if (starts(b, 0x00, 0x00, 0x00, 0x3C)) {
      return Charset.forName("UTF-32BE");
    }
    if (starts(b, 0x3C, 0x00, 0x00, 0x00)) {
      return Charset.forName("UTF-32LE");
    }
    if (starts(b, 0x00, 0x3C, 0x00) || starts(b, 0x00, 0x0A, 0x00, 0x3C) || starts(b, 0x00, 0x20, 0x00, 0x3C)) {
      return StandardCharsets.UTF_16BE;
    }
    if (starts(b, 0x3C, 0x00, 0x3F, 0x00) || starts(b, 0x3C, 0x00, 0x21, 0x00) || starts(b, 0x0A, 0x00, 0x3C, 0x00)
        || (starts(b, 0x3C, 0x00) && b.length > 3 && b[2] != 0 && b[3] == 0)) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean isWide(Charset c) {
    String n = c.name().toUpperCase(Locale.ROOT);
    return n.startsWith("UTF-16") || n.startsWith("UTF-32");
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown or bogus name: decode as if nothing were declared
    }
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
