package dev.chorus.annotate.calls;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The call types the rules of {@code patterns-<lang>.txt} assign, with the name the page shows for each (the id stays
 * the label's value, in CSV and JSON, and in the page's tooltips). A rule whose type is not listed here is refused
 * when the patterns are read, so a new type cannot reach the page without a name.
 */
final class CallTypes {
  /** id → name, in the order the calls panel's help lists them. */
  static final Map<String, String> NAMES = Collections.unmodifiableMap(names());

  private CallTypes() {}

  private static Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("end-talks", "End the talks");
    names.put("no-deal", "No deal");
    names.put("petition", "Sign a petition");
    names.put("solidarity", "Solidarity");
    names.put("appeal", "Appeal to act");
    names.put("support-talks", "Support the talks");
    return names;
  }
}
