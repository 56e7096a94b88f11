package dev.chorus.collect;

import dev.chorus.privacy.Pseudonymizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The registry of collector kinds: the one list of what {@code chorus collect} can run, each kind declared once by its
 * collector class ({@code KIND}). Checks a command's options against the kind before making the collector.
 */
public final class CollectorKinds {
  public static final List<CollectorKind> ALL = List.of(MastodonCollector.KIND, RssCollector.KIND,
      BlueskyCollector.KIND, JetstreamCollector.KIND, RedditCollector.KIND, XSearchCollector.KIND,
      TelegramExportCollector.KIND);

  private CollectorKinds() {}

  public static CollectorKind require(String kind) {
    return ALL.stream().filter(k -> k.kind().equals(kind)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown collector '" + kind + "'; known: "
            + String.join(", ", ALL.stream().map(CollectorKind::kind).toList())));
  }

  /** Makes a collector from options given by name (unset ones null or absent), refusing those the kind does not take. */
  public static Collector create(String kind, Map<String, String> values, Map<String, String> env,
      Pseudonymizer pseudonymizer) {
    CollectorKind k = require(kind);
    TreeSet<String> unknown = new TreeSet<>();
    values.forEach((name, value) -> {
      if (value != null && !k.accepted().contains(name)) {
        unknown.add("--" + name);
      }
    });
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("collect " + kind + " does not take " + String.join(", ", unknown)
          + "; it takes " + options(k));
    }
    List<String> missing = new ArrayList<>();
    for (String r : k.required()) {
      if (values.get(r) == null || values.get(r).isBlank()) {
        missing.add(r.equals("url") ? "URL" : "--" + r);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("collect " + kind + " needs " + String.join(", ", missing));
    }
    return k.factory().create(new CollectorOptions(kind, withoutNulls(values), env, pseudonymizer));
  }

  private static String options(CollectorKind k) {
    return String.join(", ", k.accepted().stream().map(n -> n.equals("url") ? "URL" : "--" + n).toList());
  }

  private static Map<String, String> withoutNulls(Map<String, String> values) {
    Map<String, String> out = new java.util.HashMap<>();
    values.forEach((k, v) -> {
      if (v != null) {
        out.put(k, v);
      }
    });
    return out;
  }
}
