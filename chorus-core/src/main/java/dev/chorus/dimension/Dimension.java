package dev.chorus.dimension;

import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * One label dimension of posts, declared once. Everything else (store fields and facets, filters of the CLI, the API
 * and the page, drill-downs, trends' split-by choices, the OpenAPI document) is derived from these fields.
 *
 * @param id the filter, facet and split-by name ({@code frame}); also the CLI option {@code --frame}
 * @param name the display name ({@code Frame})
 * @param description one line for help texts and the OpenAPI document
 * @param filter how it filters: not at all, by one value, or by a list of alternatives
 * @param multiValued whether a post may carry several values
 * @param splittable whether trends and top lists may split by it
 * @param placeholder an example value for forms ({@code en, fa})
 * @param labelSource where the values' display names come from ({@code codebook.frames}), null when values are shown
 *     as they are
 * @param knownValues when not empty, the only values a filter accepts (others are an error naming them)
 * @param valueNames the built-in names of values no codebook names (the calls annotator's call types: {@code
 *     end-talks} → "End the talks"), id lower-cased → name; the codebook's names take precedence
 * @param defaultValues the filter of a query that does not name this dimension (empty: no restriction); the filter
 *     value {@value #ANY} lifts it (all known values)
 * @param perTarget values are {@code target:value}; a filter may also name the bare value (any target)
 * @param order where forms and documents list it (smaller first)
 * @param extractor the values of a post (as shown; the indexed term is {@link #term})
 * @param termRule how a value becomes the indexed and queried term (case folding, prefixes)
 * @param inputRule how a typed filter value is read ({@code #NoDeal} → {@code NoDeal}); as typed by default
 */
public record Dimension(String id, String name, String description, Filter filter, boolean multiValued,
    boolean splittable, String placeholder, String labelSource, Set<String> knownValues,
    Map<String, String> valueNames, Set<String> defaultValues, boolean perTarget, int order,
    Function<Post, List<String>> extractor, UnaryOperator<String> termRule,
    UnaryOperator<String> inputRule) {
  /** How a dimension filters posts. */
  public enum Filter { NONE, SINGLE, LIST }

  /** The filter value that lifts a dimension's default filter: every known value. */
  public static final String ANY = "any";

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  public Dimension {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("dimension id '" + id + "' is not of the form [a-z][a-z0-9_]*");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(extractor, "extractor");
    knownValues = knownValues == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(knownValues));
    valueNames = valueNames == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(valueNames));
    defaultValues = defaultValues == null ? Set.of()
        : Collections.unmodifiableSet(new LinkedHashSet<>(defaultValues));
    termRule = termRule == null ? Dimension::lowerCase : termRule;
    filter = filter == null ? Filter.NONE : filter;
    if (!knownValues.containsAll(defaultValues) || (!defaultValues.isEmpty() && filter == Filter.NONE)) {
      throw new IllegalArgumentException("dimension '" + id + "': a default filter needs a filter and known values");
    }
    inputRule = inputRule == null ? UnaryOperator.identity() : inputRule;
  }

  /** Starts the declaration of a dimension. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** The values of a post in this dimension, as shown and counted (never null). */
  public List<String> values(Post post) {
    List<String> v = extractor.apply(post);
    return v == null ? List.of() : v;
  }

  /** The indexed and queried form of a value. */
  public String term(String value) {
    return termRule.apply(value);
  }

  /** A filter value as the user typed it, read as this dimension's value. */
  public String read(String typed) {
    return inputRule.apply(typed);
  }

  public boolean filterable() {
    return filter != Filter.NONE;
  }

  /** Whether a query that does not name this dimension is still restricted by it ({@link #defaultValues}). */
  public boolean hasDefault() {
    return !defaultValues.isEmpty();
  }

  /**
   * The filter a query holds for the values it was given: the default when none, every known value for {@value
   * #ANY}, else the values as given.
   */
  public Set<String> effectiveFilter(Set<String> given) {
    if (!hasDefault()) {
      return given == null ? Set.of() : given;
    }
    if (given == null || given.isEmpty()) {
      return defaultValues;
    }
    return given.contains(ANY) ? knownValues : given;
  }

  static String lowerCase(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  /**
   * The values of an annotation key's labels: {@code target:value} for per-target keys (every label, {@code
   * uncertain} included, so it can be filtered), else the labels' values without {@code uncertain} (a model that is
   * unsure put no frame or actor on the post).
   */
  public static Function<Post, List<String>> labelsOf(AnnotationKey key, boolean perTarget) {
    // compared as stored strings: this runs for every post and dimension while indexing
    String exact = key.toString();
    String family = key.target() == null ? key.name() + ":" : null;
    return post -> {
      List<String> out = null; // most dimensions of most posts have no label: no list made for them
      for (Map.Entry<String, List<Label>> e : post.annotations().labels().entrySet()) {
        String stored = e.getKey();
        String target = family != null && stored.startsWith(family) ? stored.substring(family.length()) : null;
        if (target == null && !stored.equals(exact)) {
          continue;
        }
        for (Label l : e.getValue()) {
          String value = perTarget && target != null ? target + ":" + l.value()
              : !perTarget && !Label.UNCERTAIN.equals(l.value()) ? l.value() : null;
          if (value != null) {
            out = out == null ? new ArrayList<>() : out;
            out.add(value);
          }
        }
      }
      return out == null ? List.of() : out;
    };
  }

  /** Fluent declaration; defaults: list filter, single-valued, splittable, values as they are. */
  public static final class Builder {
    private final String id;
    private final String name;
    private String description = "";
    private Filter filter = Filter.LIST;
    private boolean multiValued;
    private boolean splittable = true;
    private String placeholder = "";
    private String labelSource;
    private Set<String> knownValues = Set.of();
    private Map<String, String> valueNames = Map.of();
    private Set<String> defaultValues = Set.of();
    private boolean perTarget;
    private int order = 100;
    private UnaryOperator<String> termRule;
    private UnaryOperator<String> inputRule;

    private Builder(String id, String name) {
      this.id = id;
      this.name = name;
    }

    public Builder description(String d) { this.description = d; return this; }
    public Builder filter(Filter f) { this.filter = f; return this; }
    public Builder multiValued() { this.multiValued = true; return this; }
    public Builder notSplittable() { this.splittable = false; return this; }
    public Builder placeholder(String p) { this.placeholder = p; return this; }
    public Builder labelSource(String s) { this.labelSource = s; return this; }
    public Builder knownValues(Set<String> v) { this.knownValues = v; return this; }
    /** Names of values for the page, where the codebook has none (id lower-cased → name). */
    public Builder valueNames(Map<String, String> names) { this.valueNames = names; return this; }
    /** The filter when a query names none of its values; {@value Dimension#ANY} lifts it. */
    public Builder defaultValues(Set<String> v) { this.defaultValues = v; return this; }
    public Builder order(int o) { this.order = o; return this; }
    public Builder term(UnaryOperator<String> rule) { this.termRule = rule; return this; }
    public Builder input(UnaryOperator<String> rule) { this.inputRule = rule; return this; }

    /** Values are {@code target:value} of a per-target annotation key. */
    public Builder perTarget() { this.perTarget = true; return this; }

    public Dimension from(Function<Post, List<String>> extractor) {
      return new Dimension(id, name, description, filter, multiValued, splittable, placeholder, labelSource,
          knownValues, valueNames, defaultValues, perTarget, order, extractor, termRule, inputRule);
    }

    /** The dimension of the labels an annotator writes under {@code key}. */
    public Dimension fromLabels(AnnotationKey key) {
      return from(labelsOf(key, perTarget));
    }
  }
}
