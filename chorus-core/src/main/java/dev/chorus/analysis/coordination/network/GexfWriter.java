package dev.chorus.analysis.coordination.network;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The coordination network as GEXF 1.2 (the version Gephi and JGraphT's schema know), written through StAX so that
 * pseudonyms are escaped. JGraphT's own exporter cannot give edges times, so this one is ours: a dynamic graph whose
 * edges carry their {@code weight} (distinct co-shared objects) and live from the first to the last co-share
 * ({@code start}, {@code end}, dateTime), and whose nodes carry the attributes declared in {@link #NODE_ATTRIBUTES}.
 * Vertex and edge order are the network's, so the same input gives the same file. One per export.
 */
final class GexfWriter {
  static final String NAMESPACE = "http://www.gexf.net/1.2draft";
  /** The node attributes: id (and title) to GEXF type; the data dictionary lists the same. */
  static final Map<String, String> NODE_ATTRIBUTES = java.util.Collections.unmodifiableMap(nodeAttributes());

  private final XMLStreamWriter xml;
  private int depth;

  GexfWriter(Writer out) throws XMLStreamException {
    this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
  }

  private static Map<String, String> nodeAttributes() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("group", "integer");
    m.put("component", "integer");
    m.put("posts", "integer");
    m.put("cohort", "string");
    m.put("stance", "string");
    m.put("stance_share", "double");
    return m;
  }

  void write(CoordinationNetwork network, NetworkFacts facts) throws XMLStreamException {
    Graph<String, DefaultWeightedEdge> g = network.graph();
    xml.writeStartDocument("UTF-8", "1.0");
    open("gexf");
    xml.writeDefaultNamespace(NAMESPACE);
    xml.writeAttribute("version", "1.2");
    open("meta");
    leaf("creator", "chorus");
    leaf("description", "coordinated sharing network: accounts (pseudonyms), edges weighted by co-shared objects, "
        + "from the first to the last co-share");
    close();
    open("graph");
    xml.writeAttribute("defaultedgetype", "undirected");
    xml.writeAttribute("mode", "dynamic");
    xml.writeAttribute("timeformat", "dateTime");
    open("attributes");
    xml.writeAttribute("class", "node");
    xml.writeAttribute("mode", "static");
    for (Map.Entry<String, String> a : NODE_ATTRIBUTES.entrySet()) {
      empty("attribute", "id", a.getKey(), "title", a.getKey(), "type", a.getValue());
    }
    close();
    open("nodes");
    for (String account : g.vertexSet()) {
      node(account, network, facts.account(account));
    }
    close();
    open("edges");
    int id = 0;
    for (DefaultWeightedEdge e : g.edgeSet()) {
      edge("e" + id++, g.getEdgeSource(e), g.getEdgeTarget(e), g.getEdgeWeight(e), facts.span(e));
    }
    close();
    close();
    close();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }

  private void node(String account, CoordinationNetwork network, NetworkFacts.Account a) throws XMLStreamException {
    open("node");
    xml.writeAttribute("id", account);
    xml.writeAttribute("label", account);
    open("attvalues");
    List<Object> values = java.util.Arrays.asList(network.groupOf(account), network.componentOf(account), a.posts(),
        a.cohort(), a.stance(), a.stance() == null ? null : a.stanceShare());
    int i = 0;
    for (String key : NODE_ATTRIBUTES.keySet()) {
      Object v = values.get(i++);
      if (v != null) { // a missing value is a missing attvalue, never an empty string
        empty("attvalue", "for", key, "value", String.valueOf(v));
      }
    }
    close();
    close();
  }

  private void edge(String id, String source, String target, double weight, NetworkFacts.Span span)
      throws XMLStreamException {
    indent();
    xml.writeEmptyElement("edge");
    xml.writeAttribute("id", id);
    xml.writeAttribute("source", source);
    xml.writeAttribute("target", target);
    xml.writeAttribute("weight", String.format(Locale.ROOT, "%s", weight));
    if (span != null) {
      xml.writeAttribute("start", span.first().toString());
      xml.writeAttribute("end", span.last().toString());
    }
  }

  private void open(String element) throws XMLStreamException {
    indent();
    xml.writeStartElement(element);
    depth++;
  }

  private void close() throws XMLStreamException {
    depth--;
    indent();
    xml.writeEndElement();
  }

  private void leaf(String element, String text) throws XMLStreamException {
    indent();
    xml.writeStartElement(element);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private void empty(String element, String... attributes) throws XMLStreamException {
    indent();
    xml.writeEmptyElement(element);
    for (int i = 0; i < attributes.length; i += 2) {
      xml.writeAttribute(attributes[i], attributes[i + 1]);
    }
  }

  /** Line breaks and two spaces a level, so that the file diffs and reads well. */
  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
