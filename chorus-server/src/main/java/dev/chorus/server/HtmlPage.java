package dev.chorus.server;

/**
 * An HTML page a route answers with (its path ends in {@code .html}), sent under the server's CSP like every answer:
 * no script, its styles from a stylesheet of this server.
 */
public record HtmlPage(String html) {}
