package dev.chorus.source.feed;

import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Turns a feed's decoded text into an XML document, as leniently as is safe. Well-formed XML is parsed strictly.
 * XML that is not well-formed is recovered the way feedparser's loose parser does, with jsoup's lenient XML parser
 * (undefined HTML entities such as {@code &eacute;}, bare {@code &}, unclosed or misnested tags, undeclared namespace
 * prefixes), unless the document ends before its root element is closed: a cut-off file is refused with the line and
 * column where it ends, since its last entry is incomplete.
 *
 * <p>Security: a DOCTYPE that only names a DTD ({@code <!DOCTYPE rss PUBLIC "-//Netscape ..." "http://...">}, common
 * in RSS 0.91) is dropped unread; a DOCTYPE with an internal subset ({@code [...]}, where entity declarations live)
 * is refused unless it only declares plain-text entities ({@code <!ENTITY id "tag:x,">}, replaced as text), so that
 * no external entity is read (XXE) and no entity expands without bound. The strict parser also
 * refuses any DOCTYPE left, and jsoup never reads DTDs or external entities.
 */
final class FeedXml {
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\s[^\\[>]*(\\[)?[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w:.-]*)");
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
  private static final Pattern PREFIXED = Pattern.compile("^([A-Za-z_][\\w.-]*):");

  private FeedXml() {}

  static Document parse(String name, String text) throws UnreadableInputException {
    String xml = withoutDoctype(name, text);
    try {
      return strict(xml);
    } catch (JDOMParseException e) {
      String root = rootName(xml);
      if (root != null && !rootClosed(xml, root)) {
        throw new UnreadableInputException(name + ": the feed ends at line " + e.getLineNumber() + ", column "
            + e.getColumnNumber() + " before its root element <" + root + "> is closed; the file looks cut off, "
            + "so nothing of it was read");
      }
      try {
        return strict(recovered(xml));
      } catch (JDOMException | RuntimeException second) {
        throw new UnreadableInputException(name + ": not well-formed XML at line " + e.getLineNumber()
            + ", column " + e.getColumnNumber() + " (" + saxWords(e) + "), and a lenient reading could not "
            + "repair it");
      }
    } catch (JDOMException e) {
      throw new UnreadableInputException(name + ": not well-formed XML (" + saxWords(e) + ")");
    }
  }

  /** The name of the root element (after the declaration, comments and processing instructions), or null. */
  static String rootName(String xml) {
    Matcher m = ROOT.matcher(xml.replaceAll("(?s)<!--.*?-->", ""));
    return m.find() ? m.group(1) : null;
  }

  private static Document strict(String xml) throws JDOMException {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setExpandEntities(false);
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    try {
      return builder.build(new StringReader(xml));
    } catch (IOException e) {
      throw new JDOMException("cannot read the text", e); // a StringReader does not fail
    }
  }

  private static String withoutDoctype(String name, String text) throws UnreadableInputException {
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

  /** True when the text, without trailing whitespace and comments, ends with the root's end tag. */
  private static boolean rootClosed(String xml, String root) {
    String tail = xml.replaceAll("(?s)<!--.*?-->", "").stripTrailing();
    return tail.endsWith("</" + root + ">") || tail.endsWith("</" + root) || tail.endsWith("/>")
        && tail.lastIndexOf('<') == tail.indexOf("<" + root);
  }

  /** jsoup's lenient XML parse, written back as well-formed XML with undeclared namespace prefixes declared. */
  private static String recovered(String xml) {
    org.jsoup.nodes.Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    declareUndeclaredPrefixes(doc);
    doc.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
        .escapeMode(Entities.EscapeMode.xhtml).prettyPrint(false);
    return doc.outerHtml();
  }

  /** feedparser keeps elements such as {@code <itunes:subtitle>} whose prefix no {@code xmlns:} declares. */
  private static void declareUndeclaredPrefixes(org.jsoup.nodes.Document doc) {
    Set<String> declared = new HashSet<>(Set.of("xml", "xmlns"));
    Set<String> used = new HashSet<>();
    for (Element e : doc.getAllElements()) {
      prefix(e.tagName(), used);
      for (Attribute a : e.attributes()) {
        if (a.getKey().startsWith("xmlns:")) {
          declared.add(a.getKey().substring(6));
        } else {
          prefix(a.getKey(), used);
        }
      }
    }
    used.removeAll(declared);
    Element root = doc.children().first();
    if (root != null) {
      for (String p : used) {
        root.attr("xmlns:" + p, "urn:x-chorus:undeclared-prefix:" + p);
      }
    }
  }

  private static void prefix(String name, Set<String> into) {
    Matcher m = PREFIXED.matcher(name);
    if (m.find()) {
      into.add(m.group(1));
    }
  }

  /** The XML parser's own sentence, which names what is wrong in words, without the line it repeats. */
  private static String saxWords(JDOMException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String m = cause.getMessage() == null ? "not XML" : cause.getMessage();
    m = m.replaceFirst("^Error on line \\d+( of document [^:]*)?: ", "");
    if (m.contains("Premature end of file") || m.contains("must start and end within the same entity")) {
      return "the document ends before its elements are closed";
    }
    if (m.contains("Content is not allowed in prolog")) {
      return "expected the feed's first element ('<'), found text before it";
    }
    return m.strip();
  }
}
