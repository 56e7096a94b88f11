package dev.chorus.annotate.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random strings that a call rule's regex is meant to match, for testing the prefilter: picks alternation branches,
 * optional parts and repetition counts at random; a class gives one of its characters. Lookarounds and word
 * boundaries produce nothing (a sample may then fail its own regex, and tests check the regex before using it).
 */
final class RegexSampler {
  private final String regex;
  private final Random random;
  private int pos;

  private RegexSampler(String regex, Random random) {
    this.regex = regex;
    this.random = random;
  }

  static String sample(String regex, Random random) {
    return new RegexSampler(regex, random).alternation();
  }

  private String alternation() {
    List<String> branches = new ArrayList<>();
    branches.add(sequence());
    while (pos < regex.length() && regex.charAt(pos) == '|') {
      pos++;
      branches.add(sequence());
    }
    return branches.get(random.nextInt(branches.size()));
  }

  private String sequence() {
    StringBuilder b = new StringBuilder();
    while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
      int start = pos;
      String atom = atom();
      int end = pos;
      int times = repetitions();
      b.append(atom);
      for (int i = 1; i < times; i++) {
        pos = start; // a new choice for each repetition
        b.append(atom());
        pos = end;
        repetitions();
      }
      if (times == 0) {
        b.setLength(b.length() - atom.length());
      }
    }
    return b.toString();
  }

  private int repetitions() {
    if (pos >= regex.length()) {
      return 1;
    }
    char c = regex.charAt(pos);
    int min;
    int max;
    if (c == '?' || c == '*' || c == '+') {
      min = c == '+' ? 1 : 0;
      max = c == '?' ? 1 : 3;
      pos++;
    } else if (c == '{') {
      String[] bounds = regex.substring(pos + 1, regex.indexOf('}', pos)).split(",", -1);
      min = Integer.parseInt(bounds[0]);
      max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min + 3 : Math.min(Integer.parseInt(bounds[1]), min + 3);
      pos = regex.indexOf('}', pos) + 1;
    } else {
      return 1;
    }
    if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
      pos++;
    }
    return min + random.nextInt(max - min + 1);
  }

  private String atom() {
    char c = regex.charAt(pos++);
    switch (c) {
      case '(' -> {
        boolean lookaround = regex.startsWith("?=", pos) || regex.startsWith("?!", pos)
            || regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos);
        pos += regex.startsWith("?<", pos) ? 3 : regex.startsWith("?", pos) ? 2 : 0;
        String inner = alternation();
        pos++;
        return lookaround ? "" : inner;
      }
      case '[' -> {
        int end = regex.indexOf(']', pos + 1);
        String members = regex.substring(pos, end);
        pos = end + 1;
        return members.startsWith("^") ? "x" : members.replace("\\n", "\n").replace("\\s", " ").substring(0, 1);
      }
      case '.' -> {
        return random.nextBoolean() ? "x" : " ";
      }
      case '^', '$' -> {
        return "";
      }
      case '\\' -> {
        char e = regex.charAt(pos++);
        if (e == 'p' || e == 'P') {
          pos = regex.indexOf('}', pos) + 1;
          return e == 'p' ? "a" : " ";
        }
        return switch (e) {
          case 'b', 'B' -> "";
          case 's' -> " ";
          case 'S', 'w' -> "x";
          case 'n' -> "\n";
          default -> String.valueOf(e);
        };
      }
      default -> {
        return String.valueOf(c);
      }
    }
  }
}
