package dev.chorus.source.feed;

import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
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
 * <p>Security: the DOCTYPE is handled first ({@link FeedDoctype}); the strict parser refuses any DOCTYPE left
 * and reads no external entity, and jsoup never reads DTDs or external entities.
 */
final class FeedXml {
  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w:.-]*)");
  private static final Pattern PREFIXED = Pattern.compile("^([A-Za-z_][\\w.-]*):");

  private FeedXml() {}

  static Document parse(String name, String text) throws UnreadableInputException {
    String xml = FeedDoctype.withoutDoctype(name, text);
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
    } catch (IllegalArgumentException e) {
      // JDOM refuses a name or text that the SAX parser let through (an element named ':x', found by fuzzing): the
      // same as XML that is not well-formed, so it takes the same way (a lenient reading, else a reason)
      throw new JDOMException("an element or attribute name, or text, that XML does not allow", e);
    }
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
    if (e.getCause() instanceof IllegalArgumentException) {
      return e.getMessage();
    }
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
