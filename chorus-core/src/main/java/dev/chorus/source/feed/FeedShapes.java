package dev.chorus.source.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * Brings the shapes feeds have in the wild, which ROME does not know, to the shapes it does, as feedparser accepts
 * them: {@code <rss>} in a namespace (Userland's {@code http://backend.userland.com/rss}), with a version ROME does
 * not list ({@code 2.1}), or with its items directly under {@code <rss>} without a {@code <channel>}; an Atom
 * {@code <feed>} without the Atom namespace or in another one (read as Atom 0.3 when it says {@code version="0.3"},
 * else as Atom 1.0); Atom 0.3 base64 content with line breaks.
 */
final class FeedShapes {
  private static final Set<String> ROME_RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");
  private static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
  private static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");

  private FeedShapes() {}

  static void normalise(Document doc) {
    Element root = doc.getRootElement();
    if (root.getName().equals("rss")) {
      moveDefaultNamespace(root, root.getNamespace(), Namespace.NO_NAMESPACE);
      if (!ROME_RSS_VERSIONS.contains(root.getAttributeValue("version", "2.0").strip())) {
        root.setAttribute("version", "2.0");
      }
      if (root.getChild("channel") == null) {
        Element channel = new Element("channel");
        List<Element> children = new ArrayList<>(root.getChildren());
        children.forEach(Element::detach);
        children.forEach(channel::addContent);
        root.addContent(channel);
      }
    } else if (root.getName().equals("feed") && !root.getNamespace().equals(ATOM_10)
        && !root.getNamespace().equals(ATOM_03)) {
      Namespace atom = "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10;
      moveDefaultNamespace(root, root.getNamespace(), atom);
    }
    // Atom 0.3 base64 content is written with line breaks and indentation, which ROME's decoder does not skip
    List<Element> all = new ArrayList<>();
    root.getDescendants(Filters.element()).forEach(all::add);
    for (Element e : all) {
      if ("base64".equals(e.getAttributeValue("mode"))) {
        e.setText(e.getText().replaceAll("\\s+", ""));
      }
    }
  }

  /** True when the document has no item or entry at all: an empty feed, whatever else it holds. */
  static boolean hasNoEntries(Document doc) {
    for (Element e : doc.getRootElement().getDescendants(Filters.element())) {
      if (e.getName().equals("item") || e.getName().equals("entry")) {
        return false;
      }
    }
    return !doc.getRootElement().getName().equals("item") && !doc.getRootElement().getName().equals("entry");
  }

  /** Moves the root and every descendant in namespace {@code from} (elements only) to {@code to}. */
  private static void moveDefaultNamespace(Element root, Namespace from, Namespace to) {
    if (from.equals(to)) {
      return;
    }
    List<Element> all = new ArrayList<>();
    all.add(root);
    root.getDescendants(Filters.element()).forEach(all::add);
    for (Element e : all) {
      if (e.getNamespace().equals(from)) {
        e.setNamespace(to);
      }
    }
  }
}
