package dev.chorus.collect;

import dev.chorus.privacy.Pseudonymizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * The options one collector was given (command-line names without dashes), the environment (for credentials) and the
 * workspace's pseudonymiser (for account targets). Bad values are refused naming the option and what was expected.
 */
public record CollectorOptions(String kind, Map<String, String> values, Map<String, String> env,
    Pseudonymizer pseudonymizer) {

  public CollectorOptions {
    values = Map.copyOf(values);
    env = Map.copyOf(env);
  }

  public String get(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  public String get(String name, String fallback) {
    String v = get(name);
    return v == null ? fallback : v;
  }

  /** An http(s) address without a trailing slash. */
  public URI url(String name, String fallback) {
    String v = get(name, fallback);
    try {
      URI uri = new URI(v);
      if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
        throw new URISyntaxException(v, "not http(s)");
      }
      return URI.create(v.replaceAll("/+$", ""));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("collect " + kind + ": --" + name + " must be an http(s) address such as "
          + "https://example.org; found '" + v + "'");
    }
  }

  /** Exactly one of the named options; refuses none or several, naming them. */
  public String exactlyOne(String... names) {
    String chosen = null;
    for (String n : names) {
      if (get(n) != null) {
        if (chosen != null) {
          throw new IllegalArgumentException("collect " + kind + ": give only one of --" + String.join(", --", names)
              + "; found --" + chosen + " and --" + n);
        }
        chosen = n;
      }
    }
    if (chosen == null) {
      throw new IllegalArgumentException("collect " + kind + ": give one of --" + String.join(", --", names));
    }
    return chosen;
  }

  /** A credential from the environment; its value is never put in a message. */
  public String credential(String envName) {
    String v = env.get(envName);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("collect " + kind + ": needs a credential in the environment variable "
          + envName + " (it is read only from there, and never written anywhere)");
    }
    return v.strip();
  }
}
