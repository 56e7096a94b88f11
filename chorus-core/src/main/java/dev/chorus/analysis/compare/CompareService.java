package dev.chorus.analysis.compare;

import dev.chorus.analysis.FilterWarnings;
import dev.chorus.analysis.measure.Difference;
import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.analysis.measure.Proportion;
import dev.chorus.codebook.Codebook;
import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.store.FacetCounts;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes {@link CompareReport}s: each figure is counted on the drill-down that lists its posts (the user's filters
 * within the period, narrowed to the value), as the other analyses do. Shares are of the period's matching posts; a
 * stance value's share is of the posts labelled for its target, as in the camps view and the stance-shift alerts.
 */
public final class CompareService {
  /** Labels counted per period: complete for stance and frames, so a target's labelled posts add up. */
  private static final int ALL = 1_000;

  private final PostStore store;

  public CompareService(PostStore store) {
    this.store = store;
  }

  /**
   * @param top values listed, those with the most posts in both periods together
   * @param minPosts fewest posts (or labelled posts of a stance target) a period needs not to be warned of as small
   */
  public CompareReport compare(PostQuery filter, Periods periods, String by, int top, int minPosts)
      throws IOException {
    Dimension dimension = Dimensions.get(by);
    Drilldown base = Drilldown.of(filter);
    List<FilterWarnings.Warning> warnings = new ArrayList<>();
    if (periods.before() == null) {
      warnings.add(new FilterWarnings.Warning("before", null, "no post matches the filters: nothing to compare"));
      return new CompareReport(by, periods.basis(), periods.event(), null, null, shareOf(dimension), minPosts,
          List.of(), warnings);
    }
    Counted before = count(base, periods.before(), by);
    Counted after = count(base, periods.after(), by);
    if (periods.before().overlaps(periods.after())) {
      warnings.add(new FilterWarnings.Warning("after", null, "the periods overlap: a post of both counts in both, "
          + "and the change's interval assumes separate posts"));
    }
    warnSmall(warnings, "before", before, dimension, minPosts);
    warnSmall(warnings, "after", after, dimension, minPosts);
    List<CompareReport.Row> rows = new ArrayList<>();
    for (String value : values(dimension, before, after, top)) {
      rows.add(row(dimension, value, before, after));
    }
    return new CompareReport(by, periods.basis(), periods.event(), before.side(), after.side(), shareOf(dimension),
        minPosts, rows, warnings);
  }

  /** A period's posts and label counts. */
  private record Counted(Period period, Drilldown posts, FacetCounts counts) {
    CompareReport.Side side() {
      return new CompareReport.Side(period.since(), period.until(), counts.posts(), posts);
    }

    /** The denominator of a value's share: the period's posts, or those labelled for a stance value's target. */
    long total(Dimension d, String value) {
      if (!d.perTarget()) {
        return counts.posts();
      }
      String target = target(value);
      return counts.counts().entrySet().stream().filter(e -> target.equals(target(e.getKey())))
          .mapToLong(Map.Entry::getValue).sum();
    }
  }

  private Counted count(Drilldown base, Period period, String by) throws IOException {
    Drilldown posts = base.span(period.since(), period.until());
    return new Counted(period, posts, store.facetCounts(posts.query(), by, ALL));
  }

  private static CompareReport.Row row(Dimension d, String value, Counted before, Counted after) {
    Proportion b = share(d, value, before);
    Proportion a = share(d, value, after);
    return new CompareReport.Row(value, b, a, Difference.between(b, a), b.overlaps(a),
        narrow(d, value, before.posts()), narrow(d, value, after.posts()));
  }

  private static Proportion share(Dimension d, String value, Counted c) {
    long total = c.total(d, value);
    // a multi-valued label is counted once per post, so its count never exceeds the posts; min() guards the bound
    return Proportion.of(Math.min(c.counts().counts().getOrDefault(value, 0L), total), total);
  }

  /** The posts of one value: its filter, or a query clause for a dimension without one (domain, source). */
  private static Drilldown narrow(Dimension d, String value, Drilldown posts) {
    return d.filterable() ? posts.narrow(d.id(), Set.of(value)) : posts.field(d.id(), value);
  }

  /** The values of both periods, most posts first (stance: by target, then most posts), at most {@code top}. */
  private static List<String> values(Dimension d, Counted before, Counted after, int top) {
    Map<String, Long> both = new TreeMap<>(before.counts().counts());
    after.counts().counts().forEach((v, n) -> both.merge(v, n, Long::sum));
    Comparator<String> order = Comparator.comparing((String v) -> -both.get(v));
    if (d.perTarget()) {
      order = Comparator.comparing(CompareService::target).thenComparing(order);
    }
    List<String> values = new ArrayList<>(both.keySet());
    values.sort(order.thenComparing(Comparator.naturalOrder()));
    return values.subList(0, Math.min(top, values.size()));
  }

  private static void warnSmall(List<FilterWarnings.Warning> out, String name, Counted c, Dimension d, int minPosts) {
    String span = c.period().since() + ".." + c.period().until();
    long posts = c.counts().posts();
    if (posts == 0) {
      out.add(new FilterWarnings.Warning(name, span, "the " + name + " period (" + span
          + ") has no post matching the filters"));
    } else if (posts < minPosts) {
      out.add(new FilterWarnings.Warning(name, span, "the " + name + " period has only " + posts
          + " posts (fewer than min_posts " + minPosts + "): its shares have wide intervals"));
    } else if (d.perTarget()) {
      for (Map.Entry<String, Long> t : targets(c).entrySet()) {
        long labelled = t.getValue();
        String target = t.getKey();
        if (labelled < minPosts) {
          out.add(new FilterWarnings.Warning(name, span, "only " + labelled + " posts of the " + name
              + " period are labelled for " + target + " (fewer than min_posts " + minPosts + ")"));
        }
      }
    }
  }

  private static Map<String, Long> targets(Counted c) {
    Map<String, Long> out = new TreeMap<>();
    c.counts().counts().forEach((v, n) -> out.merge(target(v), n, Long::sum));
    return out;
  }

  private static String target(String targetAndValue) {
    int colon = targetAndValue.lastIndexOf(':');
    return colon < 0 ? "" : targetAndValue.substring(0, colon);
  }

  private static String shareOf(Dimension d) {
    return d.perTarget() ? "posts of the period labelled for the value's target" : "posts of the period";
  }
}
