package dev.chorus.analysis.coordination.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.xml.stream.XMLStreamException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the coordination network for Gephi and other graph tools (XML written through a proper XML serializer, so
 * pseudonyms are escaped): nodes are account pseudonyms with their {@code group}, {@code component}, posts, cohort
 * and majority stance ({@link NetworkFacts}), undirected edges carry the co-share {@code weight} and their first and
 * last co-share. GEXF is {@link GexfWriter}; GraphML is JGraphT's exporter with the same attributes declared as
 * {@code <key>}s. Stateless.
 */
public final class NetworkExport {

  /** The GEXF file's node attributes, id to GEXF type, in the order it declares them (for the data dictionary). */
  public static Map<String, String> gexfNodeAttributes() {
    return GexfWriter.NODE_ATTRIBUTES;
  }

  /** GEXF 1.2 with node attributes and edge times ({@link GexfWriter}). */
  public void gexf(CoordinationNetwork network, NetworkFacts facts, Writer out) {
    try {
      new GexfWriter(out).write(network, facts);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException("could not write the GEXF file: " + e.getMessage(), e));
    }
  }

  /**
   * GraphML with the GEXF file's facts: nodes {@code n0}, {@code n1}, ... (GraphML ids are name tokens) labelled with
   * the pseudonym, the same node attributes ({@link GexfWriter#NODE_ATTRIBUTES}, declared as {@code <key>}s of their
   * GraphML types) and each edge's {@code weight} and first and last co-share ({@code start},
   * {@code end}: ISO-8601 instants as strings, GraphML having no time type). A value an account or edge does not have
   * is left out, as in GEXF.
   */
  public void graphml(CoordinationNetwork network, NetworkFacts facts, Writer out) {
    Map<DefaultWeightedEdge, String> edgeIds = edgeIds(network.graph());
    // GraphML ids are XML name tokens, which a pseudonym need not be: n0, n1, ... in the network's order, the
    // pseudonym as the node's label
    Map<String, String> nodeIds = new HashMap<>();
    network.graph().vertexSet().forEach(v -> nodeIds.put(v, "n" + nodeIds.size()));
    GraphMLExporter<String, DefaultWeightedEdge> exporter = new GraphMLExporter<>(nodeIds::get);
    exporter.setEdgeIdProvider(edgeIds::get);
    exporter.setExportEdgeWeights(true);
    exporter.setExportVertexLabels(true);
    exporter.setVertexLabelAttributeName("label");
    GexfWriter.NODE_ATTRIBUTES.forEach((name, type) ->
        exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, GRAPHML_TYPES.get(type)));
    for (String time : List.of("start", "end")) {
      exporter.registerAttribute(time, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
    }
    exporter.setVertexAttributeProvider(v -> nodeAttributes(network, v, facts.account(v)));
    exporter.setEdgeAttributeProvider(e -> edgeAttributes(facts.span(e)));
    exporter.exportGraph(network.graph(), out);
  }

  /** The GEXF types of {@link GexfWriter#NODE_ATTRIBUTES} as GraphML's. */
  private static final Map<String, AttributeType> GRAPHML_TYPES = Map.of("integer", AttributeType.INT,
      "double", AttributeType.DOUBLE, "string", AttributeType.STRING);

  /** The node's values in {@link GexfWriter#NODE_ATTRIBUTES}' order, those it does not have left out. */
  private static Map<String, Attribute> nodeAttributes(CoordinationNetwork network, String account,
      NetworkFacts.Account a) {
    Map<String, Attribute> out = new LinkedHashMap<>();
    out.put("label", DefaultAttribute.createAttribute(account));
    out.put("group", DefaultAttribute.createAttribute(network.groupOf(account)));
    out.put("component", DefaultAttribute.createAttribute(network.componentOf(account)));
    out.put("posts", DefaultAttribute.createAttribute(a.posts()));
    if (a.cohort() != null) {
      out.put("cohort", DefaultAttribute.createAttribute(a.cohort()));
    }
    if (a.stance() != null) {
      out.put("stance", DefaultAttribute.createAttribute(a.stance()));
      out.put("stance_share", DefaultAttribute.createAttribute(a.stanceShare()));
    }
    return out;
  }

  private static Map<String, Attribute> edgeAttributes(NetworkFacts.Span span) {
    Map<String, Attribute> out = new LinkedHashMap<>();
    if (span != null) {
      out.put("start", DefaultAttribute.createAttribute(span.first().toString()));
      out.put("end", DefaultAttribute.createAttribute(span.last().toString()));
    }
    return out;
  }

  private static Map<DefaultWeightedEdge, String> edgeIds(Graph<String, DefaultWeightedEdge> g) {
    Map<DefaultWeightedEdge, String> ids = new HashMap<>();
    for (DefaultWeightedEdge e : g.edgeSet()) {
      ids.put(e, "e" + ids.size());
    }
    return ids;
  }
}
