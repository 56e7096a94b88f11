package dev.chorus.source.feed;

import dev.chorus.source.UnreadableInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a feed's DOCTYPE may do, decided before any parser sees it. A DOCTYPE that only names a DTD
 * ({@code <!DOCTYPE rss PUBLIC "-//Netscape ..." "http://...">}, common in RSS 0.91) is dropped unread; one with an
 * internal subset ({@code [...]}, where entity declarations live) is refused unless it only declares plain-text
 * entities ({@code <!ENTITY id "tag:x,">}, replaced as text) or names the W3C's HTML entity sets, so that no external
 * entity is read (XXE) and no entity expands without bound. XML declarations after the start (feeds put comments
 * before them) are dropped too: the text is decoded already.
 */
final class FeedDoctype {
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\s[^\\[>]*(\\[)?[^>]*>", Pattern.CASE_INSENSITIVE);
  /** An XML declaration anywhere but at the very start (feeds put comments before it); the text is decoded. */
  private static final Pattern LATE_DECLARATION = Pattern.compile("<\\?xml(?:\\s[^?]*)?\\?>");
  private static final Pattern SUBSET_END = Pattern.compile("]\\s*>");
  private static final Pattern LITERAL_ENTITY =
      Pattern.compile("<!ENTITY\\s+([A-Za-z_][\\w.-]*)\\s+(?:\"([^\"&%<]*)\"|'([^'&%<]*)')\\s*>");
  /**
   * The W3C's HTML entity sets named by public identifier ({@code <!ENTITY % HTMLlat1 PUBLIC "-//W3C//ENTITIES
   * Latin 1 for XHTML//EN" "...">}): never loaded; the lenient parse knows the HTML entities they define.
   */
  private static final Pattern W3C_ENTITY_SET =
      Pattern.compile("<!ENTITY\\s+%\\s+[A-Za-z_][\\w.-]*\\s+PUBLIC\\s+\"-//W3C//ENTITIES[^\"]*\"\\s+\"[^\"]*\"\\s*>");

  private FeedDoctype() {}

  static String withoutDoctype(String name, String text) throws UnreadableInputException {
    String t = LATE_DECLARATION.matcher(text).replaceAll(""); // read from text already: the declaration has done its work
    Matcher m = DOCTYPE.matcher(t);
    if (!m.find()) {
      return t;
    }
    if (m.group(1) == null) {
      // keep the line breaks so that line numbers in later messages still match the file
      return t.substring(0, m.start()) + m.group().replaceAll("[^\\n]", "") + t.substring(m.end());
    }
    int end = t.indexOf("]", m.start(1));
    Matcher close = SUBSET_END.matcher(t);
    if (end < 0 || !close.find(end)) {
      throw new UnreadableInputException(name + ": the DOCTYPE's declarations ([ ... ]) are never closed");
    }
    Map<String, String> entities = literalEntities(name, t.substring(m.start(1) + 1, close.start()));
    String rest = t.substring(close.end());
    for (Map.Entry<String, String> e : entities.entrySet()) {
      rest = rest.replace("&" + e.getKey() + ";", e.getValue());
    }
    return t.substring(0, m.start()) + t.substring(m.start(), close.end()).replaceAll("[^\\n]", "") + rest;
  }

  /**
   * The entities of a DOCTYPE's internal subset when each is a plain literal ({@code <!ENTITY id "tag:x,">}, as
   * some feeds declare): replacing those is safe. Anything else (an external {@code SYSTEM} entity, a parameter
   * entity, a literal that refers to other entities) is refused, since it could read local files (XXE) or expand
   * without bound. Element and attribute declarations say nothing about content and are dropped.
   */
  private static Map<String, String> literalEntities(String name, String subset) throws UnreadableInputException {
    subset = W3C_ENTITY_SET.matcher(subset).replaceAll("").replaceAll("%[A-Za-z_][\\w.-]*;", "");
    Map<String, String> out = new LinkedHashMap<>();
    Matcher e = LITERAL_ENTITY.matcher(subset);
    while (e.find()) {
      out.put(e.group(1), e.group(2) != null ? e.group(2) : e.group(3));
    }
    String other = LITERAL_ENTITY.matcher(subset).replaceAll("").replaceAll("(?s)<!--.*?-->", "")
        .replaceAll("<!(?:ELEMENT|ATTLIST)\\s[^>]*>", "").strip();
    if (!other.isEmpty()) {
      throw new UnreadableInputException(name + ": the feed declares entities in its DOCTYPE that are not plain "
          + "text (<!DOCTYPE ... [ ... ]> with SYSTEM, parameter or nested entities); such declarations can read "
          + "local files or expand without bound, so the feed is refused");
    }
    return out;
  }
}
