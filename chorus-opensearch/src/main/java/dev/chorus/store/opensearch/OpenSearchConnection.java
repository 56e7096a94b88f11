package dev.chorus.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * One node's REST API through opensearch-java's generic client (Apache HttpClient 5 transport): JSON in, JSON out.
 * Design decision: the generic client rather than the typed one, because the store writes query DSL that the typed
 * builders do not all cover (span gaps, composite paging) and reads only a few fields of each answer.
 */
final class OpenSearchConnection implements Closeable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: its HTTP status and its JSON body (an empty object when it had none). */
  record Reply(int status, JsonNode body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final String url;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;

  OpenSearchConnection(URI node) {
    this.url = node.toString();
    HttpHost host = new HttpHost(node.getScheme(), node.getHost(), node.getPort());
    this.transport = ApacheHttpClient5TransportBuilder.builder(host).setMapper(new JacksonJsonpMapper()).build();
    this.client = new OpenSearchGenericClient(transport);
  }

  String url() {
    return url;
  }

  Reply send(String method, String endpoint, Map<String, String> params, Object json) throws IOException {
    byte[] body = json == null ? null : JSON.writeValueAsBytes(json);
    return send(method, endpoint, params, body, "application/json");
  }

  Reply send(String method, String endpoint, Map<String, String> params, byte[] body, String contentType)
      throws IOException {
    Requests.JsonBodyBuilder b = Requests.builder().method(method).endpoint(endpoint).query(params);
    if (body != null) {
      b.body(Body.from(body, contentType));
    }
    Response response;
    try {
      response = client.execute(b.build());
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot reach OpenSearch at " + url + ": is a node running? (tools/opensearch/start.sh)",
          e);
    }
    try (response) {
      byte[] bytes = response.getBody().map(Body::bodyAsBytes).orElse(new byte[0]);
      JsonNode node = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
      return new Reply(response.getStatus(), node);
    }
  }

  /** The answer of a call that must succeed; otherwise an error naming what was asked and the node's reason. */
  JsonNode call(String what, String method, String endpoint, Map<String, String> params, Object json)
      throws IOException {
    Reply r = send(method, endpoint, params, json);
    if (!r.ok()) {
      throw failure(what, r);
    }
    return r.body();
  }

  IOException failure(String what, Reply r) {
    return new IOException("OpenSearch at " + url + " refused to " + what + " (HTTP " + r.status() + "): "
        + reason(r.body()));
  }

  /** The root cause's type and reason of an error answer, as OpenSearch words it. */
  static String reason(JsonNode body) {
    JsonNode error = body.path("error");
    JsonNode root = error.path("root_cause").path(0);
    JsonNode e = root.isMissingNode() ? error : root;
    if (e.isTextual()) {
      return e.asText();
    }
    return e.path("type").asText("error") + ": " + e.path("reason").asText(body.toString());
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
