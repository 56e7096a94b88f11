package dev.chorus.analysis.coordination.network;

import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the coordination network for Gephi and other graph tools with JGraphT's exporters (XML written through a
 * proper XML serializer, so pseudonyms are escaped): nodes are account pseudonyms with their {@code group} and
 * {@code component}, undirected edges carry the co-share {@code weight}. Stateless.
 */
public final class NetworkExport {

  public void gexf(CoordinationNetwork network, Writer out) {
    Map<DefaultWeightedEdge, String> edgeIds = edgeIds(network.graph());
    GEXFExporter<String, DefaultWeightedEdge> exporter = new GEXFExporter<>(v -> v, edgeIds::get);
    exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
    exporter.setCreator("chorus");
    exporter.setDescription("coordinated sharing network: accounts (pseudonyms), edges weighted by co-shared objects");
    exporter.registerAttribute("group", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
    exporter.registerAttribute("component", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
    exporter.setVertexAttributeProvider(v -> nodeAttributes(network, v));
    exporter.exportGraph(network.graph(), out);
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
