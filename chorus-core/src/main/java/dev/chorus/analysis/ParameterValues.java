package dev.chorus.analysis;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The checked values of an analysis' parameters, the defaults filled in, and which of them were given. */
public final class ParameterValues {
  private final Map<String, Object> values;
  private final Set<String> given;

  private ParameterValues(Map<String, Object> values, Set<String> given) {
    this.values = values;
    this.given = given;
  }

  /**
   * Reads every parameter from {@code raw} (null or blank: not given).
   *
   * @throws InvalidParameterException naming the first parameter whose value is not accepted
   */
  public static ParameterValues read(List<Parameter> parameters, Function<String, String> raw) {
    Map<String, Object> values = new LinkedHashMap<>();
    Set<String> given = new HashSet<>();
    for (Parameter p : parameters) {
      String v = raw.apply(p.name());
      if (v != null && !v.isBlank()) {
        given.add(p.name());
      }
      values.put(p.name(), p.parse(v));
    }
    return new ParameterValues(values, given);
  }

  /** Every parameter at its default. */
  public static ParameterValues defaults(List<Parameter> parameters) {
    return read(parameters, name -> null);
  }

  public int integer(String name) {
    return ((Number) get(name)).intValue();
  }

  /** A number parameter, null when it has no default and is not given. */
  public Double number(String name) {
    Object v = get(name);
    return v == null ? null : ((Number) v).doubleValue();
  }

  public String string(String name) {
    return (String) get(name);
  }

  /** A time zone parameter, null when not given (then the workspace's zone applies). */
  public java.time.ZoneId zone(String name) {
    return (java.time.ZoneId) get(name);
  }

  public boolean flag(String name) {
    return (Boolean) get(name);
  }

  /** True when the caller gave the parameter (rather than taking its default). */
  public boolean given(String name) {
    return given.contains(name);
  }

  private Object get(String name) {
    if (!values.containsKey(name)) {
      throw new IllegalArgumentException("no parameter '" + name + "' (a bug: the analysis does not declare it)");
    }
    return values.get(name);
  }
}
