package dev.chorus.analysis.coordination.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.xml.stream.XMLStreamException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the coordination network for Gephi and other graph tools (XML written through a proper XML serializer, so
 * pseudonyms are escaped): nodes are account pseudonyms with their {@code group} and {@code component}, undirected
 * edges carry the co-share {@code weight}. GEXF ({@link GexfWriter}) adds each account's posts, cohort and majority
 * stance and each edge's first and last co-share; GraphML is JGraphT's exporter. Stateless.
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

  public void graphml(CoordinationNetwork network, Writer out) {
    Map<DefaultWeightedEdge, String> edgeIds = edgeIds(network.graph());
    GraphMLExporter<String, DefaultWeightedEdge> exporter = new GraphMLExporter<>(v -> v);
    exporter.setEdgeIdProvider(edgeIds::get);
    exporter.setExportEdgeWeights(true);
    exporter.setExportVertexLabels(true);
    exporter.registerAttribute("group", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
    exporter.registerAttribute("component", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
    exporter.setVertexAttributeProvider(v -> nodeAttributes(network, v));
    exporter.exportGraph(network.graph(), out);
  }

  private static Map<String, Attribute> nodeAttributes(CoordinationNetwork network, String account) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    a.put("label", DefaultAttribute.createAttribute(account));
    a.put("group", DefaultAttribute.createAttribute(network.groupOf(account)));
    a.put("component", DefaultAttribute.createAttribute(network.componentOf(account)));
    return a;
  }

  private static Map<DefaultWeightedEdge, String> edgeIds(Graph<String, DefaultWeightedEdge> g) {
    Map<DefaultWeightedEdge, String> ids = new HashMap<>();
    for (DefaultWeightedEdge e : g.edgeSet()) {
      ids.put(e, "e" + ids.size());
    }
    return ids;
  }
}
