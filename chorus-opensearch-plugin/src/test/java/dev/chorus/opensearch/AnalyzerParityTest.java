package dev.chorus.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.store.lucene.TextAnalyzers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A node with the chorus-analysis plugin tokenises like the embedded index: for every chain and every sample text,
 * the {@code _analyze} API's tokens (term, position, offsets) equal those of {@link TextAnalyzers}' analyser.
 */
class AnalyzerParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static URI node;

  static final List<String> CHAINS = TextAnalyzers.NAMES;

  @BeforeAll
  static void node() {
    node = dev.chorus.store.opensearch.OpenSearchNode.require().url();
  }

  @ParameterizedTest(name = "chorus_{0}")
  @FieldSource("CHAINS")
  void theNodeTokenisesLikeTheEmbeddedIndex(String chain) throws Exception {
    Map<String, List<Token>> embedded = new LinkedHashMap<>();
    Map<String, List<Token>> cluster = new LinkedHashMap<>();
    try (Analyzer analyzer = TextAnalyzers.create(chain)) {
      for (String text : MultilingualSample.TEXTS) {
        embedded.put(text, tokens(analyzer, text));
        cluster.put(text, analyze(ChorusAnalysisPlugin.analyzerName(chain), text));
      }
    }
    assertThat(embedded.values().stream().mapToInt(List::size).sum())
        .as("the sample gives the %s chain something to tokenise", chain).isGreaterThan(100);
    assertThat(cluster).as("tokens of %s on the node vs embedded", chain).isEqualTo(embedded);
  }

  record Token(String term, int position, int start, int end) {}

  private static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    return tokens;
  }

  private static List<Token> analyze(String analyzer, String text) throws IOException, InterruptedException {
    String body = JSON.writeValueAsString(Map.of("analyzer", analyzer, "text", text));
    HttpRequest request = HttpRequest.newBuilder(node.resolve("/_analyze"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("_analyze with %s: %s", analyzer, response.body()).isEqualTo(200);
    List<Token> tokens = new ArrayList<>();
    for (JsonNode t : JSON.readTree(response.body()).path("tokens")) {
      tokens.add(new Token(t.path("token").asText(), t.path("position").asInt(),
          t.path("start_offset").asInt(), t.path("end_offset").asInt()));
    }
    return tokens;
  }
}
