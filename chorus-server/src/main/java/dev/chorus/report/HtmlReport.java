package dev.chorus.report;

import dev.chorus.analysis.coverage.CoverageReport;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import dev.chorus.store.StanceShares;
import dev.chorus.store.StoreStats;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@link ReportContent} as one HTML file: inline CSS and SVG only, no script, no outside request. Every piece
 * of data is escaped; post text keeps its direction ({@code dir="auto"}). The Method section and its parts carry
 * anchors ({@link #METHOD_ANCHOR}, ...), which the dashboard's help links to on the page of the Method section alone
 * ({@link #writeMethodPage}, served by {@code chorus serve} with {@link #CSS} as its own stylesheet).
 */
public final class HtmlReport {
  private static final int WIDTH = 900;
  /**
   * Anchors of the Method section (the whole section; its trained models), linked to by the dashboard's help; its
   * codebook and annotators have theirs too ({@code method-codebook}, {@code method-annotators}).
   */
  public static final String METHOD_ANCHOR = "method";
  public static final String MODELS_ANCHOR = "method-models";
  /** The report's style, inline in the report file; the server serves it as a stylesheet (its CSP allows no inline). */
  public static final String CSS = """
      body{font:14px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Noto Sans Hebrew",sans-serif;
      color:#1d2433;max-width:960px;margin:1.5rem auto;padding:0 1rem}h1{margin-bottom:.2rem}
      h2{border-bottom:1px solid #d9dde5;padding-bottom:.2rem;margin-top:2rem}.muted{color:#5c6475}
      table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{text-align:start;padding:.2rem .4rem;
      border-bottom:1px solid #d9dde5;vertical-align:top}td.num{text-align:end;font-variant-numeric:tabular-nums}
      svg{max-width:100%;height:auto}svg .lbl{font-size:12px;fill:#1d2433}svg .val{font-size:11px;fill:#5c6475}
      svg .grid{stroke:#e3e6ec}svg .event{stroke:#b6465f;stroke-dasharray:4 3}svg .surge{fill:#b6465f}.post{border-bottom:1px solid #d9dde5;padding:.4rem 0}.post .text{white-space:pre-wrap;
      unicode-bidi:plaintext}.label{background:#eef1f5;border-radius:4px;padding:0 .3rem;margin-inline-end:.3rem;
      font-size:.8rem}.hash{font-family:monospace;font-size:.75rem;word-break:break-all}
      @media print{h2{break-after:avoid}svg,table,.post{break-inside:avoid}}
      """;

  private HtmlReport() {}

  public static void write(ReportContent c, Writer out) throws IOException {
    StoreStats s = c.stats();
    head(out, "Chorus report", "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'\"><style>" + CSS + "</style>");
    out.write("<h1>Chorus report</h1><p class=\"muted\">Generated " + c.provenance().generatedAt()
        + " by Chorus " + Html.escape(c.provenance().version()) + ". Filters: "
        + Html.escape(filters(c.filters())) + ".</p>\n");
    out.write(String.format(Locale.ROOT, "<p><strong>%,d</strong> posts by <strong>%,d</strong> authors (pseudonymised)"
        + ", %s to %s.</p>%n", s.posts(), s.authors(), s.first() == null ? "-" : s.first(),
        s.last() == null ? "-" : s.last()));
    out.write("<h2>Posts per day, by language</h2>\n<p class=\"muted\">Days in "
        + Html.escape(c.volume().series().timeZone().getId()) + ". Dashed lines: the codebook's events. "
        + "Triangles: surges (" + surgeMethod(c) + ").</p>\n");
    out.write(SvgCharts.stackedDays("Posts per day, by language", c.volume(), WIDTH, 300));
    section(out, "Top hashtags", s.byHashtag(), 20);
    section(out, "Languages", s.byLanguage(), 20);
    section(out, "Platforms", s.byPlatform(), 20);
    section(out, "Kinds", s.byKind(), 20);
    section(out, "Stance", s.byStance(), 20);
    calibratedStance(out, s.stanceExpected());
    section(out, "Frames", s.byFrame(), 20);
    section(out, "Actors", s.byActor(), 20);
    section(out, "Cohorts", s.byCohort(), 20);
    coverage(out, c);
    posts(out, c.newest());
    method(out, c.method());
    provenance(out, c);
    out.write("</body></html>\n");
  }

  /**
   * The Method section alone, as a page of its own styled by the stylesheet at {@code stylesheet} (a page served under
   * a CSP without inline style): the same section as in the report, with the same anchors.
   */
  public static void writeMethodPage(ReportContent.Method m, String version, String stylesheet, Writer out)
      throws IOException {
    head(out, "Chorus method", "<link rel=\"stylesheet\" href=\"" + Html.escape(stylesheet) + "\">");
    out.write("<h1>How the labels were made</h1><p class=\"muted\">The Method section of the report "
        + "(chorus report), for this workspace now; Chorus " + Html.escape(version) + ".</p>\n");
    method(out, m);
    out.write("</body></html>\n");
  }

  private static void head(Writer out, String title, String style) throws IOException {
    out.write("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + style + "<title>" + Html.escape(title) + "</title></head><body>\n");
  }

  private static String filters(Map<String, String> filters) {
    return filters.isEmpty() ? "none (every post)" : filters.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }

  private static void section(Writer out, String title, Map<String, Long> counts, int top) throws IOException {
    if (counts.isEmpty()) {
      return;
    }
    Map<String, Long> shown = new LinkedHashMap<>();
    counts.entrySet().stream().limit(top).forEach(e -> shown.put(e.getKey(), e.getValue()));
    out.write("<h2>" + Html.escape(title) + "</h2>\n" + SvgCharts.bars(title, shown, WIDTH) + "\n");
  }

  /**
   * The calibrated shares next to the counted labels, as the dashboard's Stance panel offers them: the mean of the
   * models' calibrated class probabilities, which does not push shares toward the majority stance as counting does.
   */
  private static void calibratedStance(Writer out, Map<String, StanceShares.Target> shares) throws IOException {
    if (shares.isEmpty()) {
      return;
    }
    out.write("<p id=\"stance-calibrated\">Calibrated stance shares: per target, the mean of the models' "
        + "calibrated probability of each stance over the posts they labelled, an estimate of the share of posts in "
        + "each stance that, unlike the counts above, does not favour the majority stance (the models' measured "
        + "scores are under Method). Posts labelled by a rule or before "
        + "the probabilities were kept are not counted.</p>\n<table><tr><th>Target</th><th>Posts</th>"
        + "<th>Shares</th></tr>\n");
    for (var e : shares.entrySet()) {
      String classes = e.getValue().shares().entrySet().stream()
          .map(c -> String.format(Locale.ROOT, "%s %.1f%%", c.getKey(), 100 * c.getValue()))
          .collect(Collectors.joining(", "));
      out.write(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"num\">%,d</td><td>%s</td></tr>%n",
          Html.escape(e.getKey()), e.getValue().posts(), Html.escape(classes)));
    }
    out.write("</table>\n");
  }

  private static String surgeMethod(ReportContent c) {
    var d = c.volume().detector();
    return String.format(Locale.ROOT, "robust z-score >= %.1f against the median of the %d days before, at least %d "
        + "posts; only where at least %d of those days had posts (no surge right after a gap)", d.threshold(),
        d.window(), d.minCount(), d.minBaseline());
  }

  private static void coverage(Writer out, ReportContent c) throws IOException {
    CoverageReport r = c.coverage();
    out.write("<h2>Coverage</h2>\n");
    spans(out, "Platform", r.byPlatform());
    spans(out, "Source format", r.bySource());
    var runs = r.runs();
    out.write(String.format(Locale.ROOT, "<p>Ingest runs (all, from their logs): %,d runs read %,d records from %,d "
        + "files: %,d added, %,d updated, %,d duplicates, %,d records and %,d whole files rejected.</p>%n",
        runs.runs(), runs.read(), runs.files(), runs.added(), runs.updated(), runs.duplicates(),
        runs.rejectedRecords(), runs.rejectedFiles()));
    var rejects = r.rejects();
    out.write(String.format(Locale.ROOT, "<p>Rejects files: %,d records and %,d whole files%s.</p>%n",
        rejects.records(), rejects.files(), rejects.byReason().isEmpty() ? "" : "; reasons: "
            + Html.escape(rejects.byReason().entrySet().stream().limit(5)
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; ")))));
  }

  private static void spans(Writer out, String what, List<CoverageReport.Span> spans) throws IOException {
    out.write("<table><tr><th>" + what + "</th><th>Posts</th><th>First</th><th>Last</th><th>Days</th>"
        + "<th>Days without posts</th><th>Gaps</th></tr>\n");
    for (CoverageReport.Span p : spans) {
      out.write(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"num\">%,d</td><td>%s</td><td>%s</td>"
          + "<td class=\"num\">%,d</td><td class=\"num\">%,d</td><td>%s</td></tr>%n", Html.escape(p.label()),
          p.posts(), p.first(), p.last(), p.days(), p.daysWithoutPosts(), gaps(p.missingRanges())));
    }
    out.write("</table>\n");
  }

  private static String gaps(List<String> ranges) {
    if (ranges.isEmpty()) {
      return "none";
    }
    String shown = ranges.stream().limit(8).map(g -> g.replace("/", " – ")).collect(Collectors.joining(", "));
    return ranges.size() > 8 ? shown + " and " + (ranges.size() - 8) + " more" : shown;
  }

  private static void posts(Writer out, List<Post> posts) throws IOException {
    out.write("<h2>Newest matching posts</h2>\n");
    for (Post p : posts) {
      out.write("<div class=\"post\"><div class=\"muted\">" + p.createdAt() + " · " + p.platform().id() + " · "
          + Html.escape(p.lang() == null ? "-" : p.lang()) + " · " + p.kind().id() + " · "
          + Html.escape(p.author().handle() != null ? "@" + p.author().handle() : p.author().id())
          + (p.synthetic() ? " · synthetic" : "") + "</div>");
      if (p.title() != null) {
        out.write("<div dir=\"auto\"><strong>" + Html.escape(p.title()) + "</strong></div>");
      }
      out.write("<div class=\"text\" dir=\"auto\">" + Html.escape(p.text()) + "</div><div>");
      for (Map.Entry<String, List<Label>> e : p.annotations().labels().entrySet()) {
        for (Label l : e.getValue()) {
          out.write(String.format(Locale.ROOT, "<span class=\"label\">%s: %s %.2f</span>", Html.escape(e.getKey()),
              Html.escape(l.value()), l.confidence()));
        }
      }
      out.write("</div></div>\n");
    }
  }

  private static void method(Writer out, ReportContent.Method m) throws IOException {
    out.write("<h2 id=\"" + METHOD_ANCHOR + "\">Method</h2>\n<p id=\"method-codebook\">Codebook version "
        + Html.escape(m.codebookVersion())
        + (m.debate() == null || m.debate().isBlank() ? "" : " (" + Html.escape(m.debate()) + ")")
        + ". Every automated label carries its confidence; a model below its threshold says \"uncertain\".</p>\n");
    out.write("<table id=\"method-annotators\"><tr><th>Annotator</th><th>Version</th><th>Writes</th>"
        + "<th>Model hash</th></tr>\n");
    for (ReportContent.AnnotatorInfo a : m.annotators()) {
      out.write("<tr><td>" + Html.escape(a.id()) + "</td><td>" + Html.escape(a.version()) + "</td><td>"
          + Html.escape(String.join(", ", a.produces())) + "</td><td class=\"hash\">"
          + Html.escape(a.modelHash() == null ? "rules" : a.modelHash()) + "</td></tr>\n");
    }
    if (m.annotators().isEmpty()) {
      out.write("<tr><td colspan=\"4\">No annotator ran in this workspace.</td></tr>\n");
    }
    out.write("</table>\n");
    if (!m.unavailable().isEmpty()) {
      out.write("<p>Not run:</p><ul>");
      for (Map.Entry<String, String> e : m.unavailable().entrySet()) {
        out.write("<li>" + Html.escape(e.getKey()) + ": " + Html.escape(e.getValue()) + "</li>");
      }
      out.write("</ul>\n");
    }
    out.write("<p id=\"" + MODELS_ANCHOR + "\">Models in the workspace, with their model cards:</p>\n");
    digests(out, m.models(), "No trained model in this workspace.");
    if (!m.measured().isEmpty()) {
      out.write("<p>Measured, as their cards record. " + Html.escape(MeasuredScores.CAVEAT) + "</p><ul>");
      for (String line : m.measured()) {
        out.write("<li>" + Html.escape(line) + "</li>");
      }
      out.write("</ul>\n");
    }
  }

  private static void provenance(Writer out, ReportContent c) throws IOException {
    ReportContent.Provenance p = c.provenance();
    out.write("<h2>Provenance</h2>\n<p>Chorus " + Html.escape(p.version()) + ", run at " + p.generatedAt()
        + ", workspace " + Html.escape(p.workspace().toString()) + ". Filters: " + Html.escape(filters(c.filters()))
        + ". The figures were computed from these index files:</p>\n");
    digests(out, p.indexFiles(), "No index files.");
  }

  private static void digests(Writer out, List<FileDigest> files, String none) throws IOException {
    if (files.isEmpty()) {
      out.write("<p class=\"muted\">" + Html.escape(none) + "</p>\n");
      return;
    }
    out.write("<table><tr><th>File</th><th>Bytes</th><th>SHA-256</th></tr>\n");
    for (FileDigest f : files) {
      out.write(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"num\">%,d</td><td class=\"hash\">%s</td></tr>%n",
          Html.escape(f.name()), f.bytes(), f.sha256()));
    }
    out.write("</table>\n");
  }
}
