package dev.chorus.analysis.coordination.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.analysis.coordination.coortweet.ShareTable;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NetworkExportTest {

  static CoordinationNetwork network() throws Exception {
    ShareTable.Builder b = ShareTable.builder();
    // Pseudonyms with XML-special characters must come out escaped.
    for (int i = 0; i < 2; i++) {
      b.add("o" + i, "acc<&>\"1", "p" + i + "a", 100 * i).add("o" + i, "acc'2", "p" + i + "b", 100 * i + 1)
          .add("o" + i, "acc3", "p" + i + "c", 100 * i + 2);
    }
    ShareTable t = b.build();
    return CoordinationNetwork.build(t, CoordinationNetworkTest.accumulate(t), WeightThreshold.atLeast(2),
        CommunityAlgorithm.GREEDY_MODULARITY);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void gexfParsesBackWithNodesEdgesWeightsAndGroups() throws Exception {
    StringWriter w = new StringWriter();
    new NetworkExport().gexf(network(), w);
    Document d = parse(w.toString());
    NodeList nodes = d.getElementsByTagNameNS("*", "node");
    NodeList edges = d.getElementsByTagNameNS("*", "edge");
    assertThat(nodes.getLength()).isEqualTo(3);
    assertThat(edges.getLength()).isEqualTo(3);
    assertThat(((Element) edges.item(0)).getAttribute("weight")).isEqualTo("2.0");
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      ids.add(((Element) nodes.item(i)).getAttribute("id"));
    }
    assertThat(ids).containsExactlyInAnyOrder("acc<&>\"1", "acc'2", "acc3");
    assertThat(w.toString()).contains("acc&lt;&amp;&gt;");
    assertThat(d.getElementsByTagNameNS("*", "attvalue").getLength()).isEqualTo(6);
  }

  @Test
  void graphmlParsesBackWithNodesEdgesWeightsAndGroups() throws Exception {
    StringWriter w = new StringWriter();
    new NetworkExport().graphml(network(), w);
    Document d = parse(w.toString());
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("graphml");
    assertThat(d.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(3);
    assertThat(d.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(3);
    NodeList keys = d.getElementsByTagNameNS("*", "key");
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < keys.getLength(); i++) {
      names.add(((Element) keys.item(i)).getAttribute("attr.name"));
    }
    assertThat(names).contains("group", "component", "weight");
  }
}
