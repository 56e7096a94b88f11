package dev.chorus.annotate.calls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The call rules of one language, read from {@code patterns-<lang>.txt}: {@code type regex} per line, {@code #}
 * comment lines, and {@code @name = regex} definitions used as {@code {name}} in later rules. Each rule applies only
 * to text in the script of its language, which keeps the cost per post low.
 *
 * @param language ISO 639-1 code of the file
 * @param script the Unicode script its patterns are written in
 * @param rules the rules in file order
 * @param source the file's text (for the annotator's model hash)
 */
record CallPatterns(String language, Character.UnicodeScript script, List<Rule> rules, String source,
    LiteralPrefilter prefilter) {
  private static final Pattern TYPE = Pattern.compile("[a-z0-9-]+");
  private static final Pattern REFERENCE = Pattern.compile("\\{([a-z][a-z0-9_-]*)}");

  /** One rule: a call type and the pattern that finds it. */
  record Rule(String type, Pattern pattern) {}

  CallPatterns {
    rules = List.copyOf(rules);
  }

  CallPatterns(String language, Character.UnicodeScript script, List<Rule> rules, String source) {
    this(language, script, rules, source, new LiteralPrefilter(rules.stream().map(Rule::pattern).toList()));
  }

  /** The call types of the rules that match {@code text} (already in {@link CallText#normalize} form), added to out. */
  void matchTypes(String text, java.util.Set<String> out) {
    java.util.BitSet candidates = prefilter.candidates(text);
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      Rule rule = rules.get(i);
      if (!out.contains(rule.type()) && (prefilter.decides(i) || rule.pattern().matcher(text).find())) {
        out.add(rule.type());
      }
    }
  }

  /** Unicode classes only where the script needs them: they make every \b and \s slower. */
  static int flags(Character.UnicodeScript script) {
    return script == Character.UnicodeScript.LATIN ? 0 : Pattern.UNICODE_CHARACTER_CLASS;
  }

  static CallPatterns load(String language, Character.UnicodeScript script) throws IOException {
    String name = "patterns-" + language + ".txt";
    try (InputStream in = CallPatterns.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("call patterns " + name + " are missing from the classpath");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new CallPatterns(language, script, parse(name, text, flags(script)), text);
    }
  }

  static List<Rule> parse(String name, String text) {
    return parse(name, text, Pattern.UNICODE_CHARACTER_CLASS);
  }

  static List<Rule> parse(String name, String text, int flags) {
    Map<String, String> defined = new LinkedHashMap<>();
    List<Rule> rules = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = name + " line " + (i + 1);
      if (line.startsWith("@")) {
        int eq = line.indexOf('=');
        if (eq < 0) {
          throw new IllegalArgumentException(where + ": a definition needs '@name = regex'");
        }
        defined.put(line.substring(1, eq).strip(), expand(where, line.substring(eq + 1).strip(), defined));
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      if (parts.length < 2 || !TYPE.matcher(parts[0]).matches()) {
        throw new IllegalArgumentException(where + ": expected 'call-type regex' with a type in [a-z0-9-]");
      }
      if (!CallTypes.NAMES.containsKey(parts[0])) {
        throw new IllegalArgumentException(where + ": '" + parts[0] + "' is not a call type (expected one of "
            + String.join(", ", CallTypes.NAMES.keySet()) + "; a new type is named in CallTypes)");
      }
      try {
        String regex = CallText.fold(expand(where, parts[1], defined));
        rules.add(new Rule(parts[0], Pattern.compile(regex, flags)));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(where + ": invalid regex: " + e.getDescription(), e);
      }
    }
    return rules;
  }

  private static String expand(String where, String regex, Map<String, String> defined) {
    Matcher m = REFERENCE.matcher(regex);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String value = defined.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(where + ": {" + m.group(1) + "} is not defined above");
      }
      m.appendReplacement(b, Matcher.quoteReplacement(value));
    }
    m.appendTail(b);
    return b.toString();
  }
}
