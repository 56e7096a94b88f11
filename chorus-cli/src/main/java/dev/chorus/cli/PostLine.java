package dev.chorus.cli;

import dev.chorus.analysis.PostView;

/** One post as one terminal line: time, platform, language, author, text (shortened, new lines as spaces). */
final class PostLine {
  private static final int MAX_TEXT = 140;

  private PostLine() {}

  static String format(PostView p) {
    String author = p.authorHandle() != null ? "@" + p.authorHandle() : p.author();
    String text = (p.title() == null ? "" : p.title() + " — ") + p.text();
    text = text.replaceAll("\\s+", " ").strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT) + "…";
    }
    String marks = (p.synthetic() ? " [synthetic]" : "") + ("referenced".equals(p.role()) ? " [referenced]" : "");
    return String.format("%s  %-8s %-3s %-6s %s%s: %s", p.createdAt().toString().substring(0, 16).replace('T', ' '),
        p.platform(), p.lang() == null ? "-" : p.lang(), p.kind(), author, marks, text);
  }
}
