package dev.chorus.analysis;

import dev.chorus.analysis.compare.CompareReport;
import dev.chorus.analysis.compare.CompareService;
import dev.chorus.analysis.compare.Period;
import dev.chorus.analysis.compare.Periods;
import dev.chorus.analysis.trends.TrendsService;
import dev.chorus.store.PostQuery;
import dev.chorus.store.SearchOrder;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** {@code compare}: the same filters in two periods side by side (before and after an event). */
public final class CompareAnalysis implements Analysis<CompareAnalysis.Parameters, CompareReport> {
  /** The typed parameters: the dimension, the periods asked for, values listed, the small-period threshold. */
  public record Parameters(String by, Periods.Request periods, int top, int minPosts) {}

  @Override
  public String id() {
    return "compare";
  }

  @Override
  public String summary() {
    return "Two periods side by side (before/after an event): each value's share in each with a 95% Wilson interval "
        + "and the change in percentage points with Newcombe's interval.";
  }

  @Override
  public String help() {
    return "For each value of the dimension, its share of the posts of each period with a 95% Wilson interval, "
        + "the change in percentage points with Newcombe's hybrid score interval, and a mark where the two "
        + "intervals do not overlap (a stricter test than the change's interval leaving out 0). A stance "
        + "value's share is of the posts labelled for its target. Periods: before and after as given (FROM..TO, "
        + "a day as TO included), the N days before "
        + "and from an event (around; N: days), or the latest days of the "
        + "matching posts against those before. Intervals treat posts as independent: a few prolific accounts "
        + "make the true uncertainty larger; a small period (fewer than min_posts posts) is warned of.";
  }

  @Override
  public List<Parameter> parameters() {
    // read on each call, as top's: the dimensions come from TrendsService.DIMENSIONS
    return List.of(
        Parameter.choice("by", "stance", List.copyOf(new TreeSet<>(TrendsService.DIMENSIONS)),
            "The dimension whose values are compared."),
        Parameter.text("before", "The earlier period, FROM..TO: days (yyyy-MM-dd, TO included) or instants; "
            + "with after."),
        Parameter.text("after", "The later period, FROM..TO, as before."),
        Parameter.text("around", "An event instead of before/after: a day, an instant or a codebook event id; "
            + "the periods are the N days before it and the N days from it (N: days)."),
        Parameter.integer("days", 7, 1, 366, "Days in each period with around, or without any period "
            + "(then the latest N days of the matching posts against the N days before them)."),
        Parameter.integer("top", 10, 1, 200, "Values listed, most posts in both periods first."),
        Parameter.integer("min_posts", 30, 1, 1_000_000,
            "A period (or a stance target in it) with fewer posts is warned of as small."));
  }

  @Override
  public Parameters parameters(ParameterValues v) {
    String before = period(v, "before");
    String after = period(v, "after");
    if ((before == null) != (after == null)) {
      throw new InvalidParameterException(parameter(before == null ? "before" : "after"),
          "is needed with " + (before == null ? "after" : "before") + ": give both periods, or around");
    }
    if (before != null && v.string("around") != null) {
      throw new InvalidParameterException(parameter("around"), "cannot go with before and after: give one or the "
          + "other");
    }
    if (before != null && v.given("days")) {
      throw new InvalidParameterException(parameter("days"), "is the length of the periods around an event or of "
          + "the latest ones; before and after give their own");
    }
    return new Parameters(v.string("by"), new Periods.Request(before, after, v.string("around"), v.integer("days")),
        v.integer("top"), v.integer("min_posts"));
  }

  @Override
  public CompareReport run(AnalysisContext context, PostQuery query, Parameters p) throws IOException {
    Periods periods;
    try {
      periods = Periods.resolve(p.periods(), context.codebook(), () -> newest(context, query), query.zone());
    } catch (Periods.UnknownEventException e) {
      throw new InvalidParameterException(parameter("around"), e.getMessage());
    }
    return new CompareService(context.store()).compare(query, periods, p.by(), p.top(), p.minPosts());
  }

  private static Optional<java.time.Instant> newest(AnalysisContext context, PostQuery query) throws IOException {
    return context.store().search(query, 1, SearchOrder.NEWEST).posts().stream().findFirst()
        .map(dev.chorus.post.Post::createdAt);
  }

  /** The period's text, refused here when it is no period (its days are read in the query's zone when it runs). */
  private String period(ParameterValues v, String name) {
    String text = v.string(name);
    if (text == null) {
      return null;
    }
    try {
      Period.parse(text);
      return text;
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(parameter(name), e.getMessage());
    }
  }

  private Parameter parameter(String name) {
    return parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
