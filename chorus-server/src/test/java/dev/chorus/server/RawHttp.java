package dev.chorus.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http will not send: any Host header (or none), as a page under
 * another name or a hand-made request would. One request per connection ({@code Connection: close}).
 */
final class RawHttp {
  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private RawHttp() {}

  /**
   * @param host the Host header, or null for none (then HTTP/1.0, where it is optional)
   * @param headers more header lines, {@code "Name: value"}
   */
  static Response send(int port, String method, String path, String host, String body, String... headers)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      StringBuilder req = new StringBuilder(method + " " + path + (host == null ? " HTTP/1.0" : " HTTP/1.1") + "\r\n");
      if (host != null) {
        req.append("Host: ").append(host).append("\r\n");
      }
      for (String h : headers) {
        req.append(h).append("\r\n");
      }
      byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      if (body != null) {
        req.append("Content-Length: ").append(payload.length).append("\r\n");
      }
      req.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(payload);
      out.flush();
      return read(socket.getInputStream());
    }
  }

  private static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    String body = text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Response(status, headers, body);
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int eol = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, eol).split(";")[0].trim(), 16);
      if (size == 0) {
        return out.toString();
      }
      // sizes count bytes; the bodies here are JSON, mostly ASCII, so convert through bytes to be exact
      byte[] rest = chunked.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
      String piece = new String(rest, 0, size, StandardCharsets.UTF_8);
      out.append(piece);
      at = eol + 2 + piece.length() + 2;
    }
  }
}
