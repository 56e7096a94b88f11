package dev.chorus.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One parameter of an {@link Analysis}, declared once: the API takes it as {@code name}, the CLI as
 * {@code --name-with-dashes}, and both read its default, range and choices from here.
 *
 * @param name snake_case, as in the API ({@code min_count})
 * @param type how the value is read
 * @param defaultValue used when the parameter is not given; null for "not set" (e.g. no split)
 * @param min smallest value of a number, null otherwise
 * @param max largest value of a number, null otherwise
 * @param choices the allowed values of a {@link Type#CHOICE}, empty otherwise
 * @param description what it does, one sentence
 */
public record Parameter(String name, Type type, Object defaultValue, Double min, Double max, List<String> choices,
    String description) {
  /** The kinds of value, with their OpenAPI type. */
  public enum Type {
    INTEGER("integer"), NUMBER("number"), CHOICE("string"), FLAG("boolean"), TEXT("string"),
    /** An IANA time zone id ({@code Asia/Tehran}), read as a {@link java.time.ZoneId}. */
    ZONE("string");

    private final String openApi;

    Type(String openApi) {
      this.openApi = openApi;
    }

    /** The OpenAPI schema type. */
    public String openApi() {
      return openApi;
    }
  }

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    choices = List.copyOf(choices);
  }

  public static Parameter integer(String name, Integer defaultValue, int min, int max, String description) {
    return new Parameter(name, Type.INTEGER, defaultValue, (double) min, (double) max, List.of(), description);
  }

  public static Parameter number(String name, Double defaultValue, double min, double max, String description) {
    return new Parameter(name, Type.NUMBER, defaultValue, min, max, List.of(), description);
  }

  public static Parameter choice(String name, String defaultValue, List<String> choices, String description) {
    return new Parameter(name, Type.CHOICE, defaultValue, null, null, choices, description);
  }

  /** A yes/no switch, off unless given (the CLI's {@code --files}, the API's {@code files=true}). */
  public static Parameter flag(String name, String description) {
    return new Parameter(name, Type.FLAG, false, null, null, List.of(), description);
  }

  /** A free text value, unset unless given (e.g. a paging cursor); its reader checks it. */
  public static Parameter text(String name, String description) {
    return new Parameter(name, Type.TEXT, null, null, null, List.of(), description);
  }

  /** A time zone, unset unless given (then the workspace's applies). */
  public static Parameter zone(String name, String description) {
    return new Parameter(name, Type.ZONE, null, null, null, List.of(), description);
  }

  /** The CLI option: {@code --} and the name with dashes. */
  public String option() {
    return option(name);
  }

  /**
   * The CLI spelling of an API parameter or filter name ({@code min_count} → {@code --min-count}): the one rule, for
   * analysis parameters and filters alike.
   */
  public static String option(String apiName) {
    return "--" + apiName.replace('_', '-');
  }

  /** The description with the range or choices and the default, as the CLI help and the OpenAPI document show it. */
  public String help() {
    StringBuilder b = new StringBuilder(description);
    if (!choices.isEmpty()) {
      b.append(" One of ").append(String.join(", ", choices)).append('.');
    } else if (min != null) {
      b.append(' ').append(format(min)).append(" to ").append(format(max)).append('.');
    }
    if (defaultValue != null && type != Type.FLAG) {
      b.append(" Default ").append(defaultValue).append('.');
    }
    return b.toString();
  }

  /**
   * The value of {@code raw} (null or blank: the default).
   *
   * @throws InvalidParameterException when it is not a value of this parameter
   */
  public Object parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return defaultValue;
    }
    String v = raw.trim();
    return switch (type) {
      case INTEGER -> (int) inRange(v, number(v, true));
      case NUMBER -> inRange(v, number(v, false));
      case CHOICE -> {
        if (!choices.contains(v)) {
          throw new InvalidParameterException(this, "must be one of " + String.join(", ", choices) + ", not '" + v
              + "'");
        }
        yield v;
      }
      case TEXT -> v;
      case ZONE -> {
        try {
          yield dev.chorus.store.TimeZones.parse(v);
        } catch (IllegalArgumentException e) {
          throw new InvalidParameterException(this, e.getMessage());
        }
      }
      case FLAG -> switch (v.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "1" -> true;
        case "false", "no", "0" -> false;
        default -> throw new InvalidParameterException(this, "must be true or false, not '" + v + "'");
      };
    };
  }

  private double number(String v, boolean whole) {
    try {
      return whole ? Long.parseLong(v) : Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(this, "must be a " + (whole ? "whole number" : "number") + ", not '" + v
          + "'");
    }
  }

  private double inRange(String v, double n) {
    if (!(n >= min && n <= max)) {
      throw new InvalidParameterException(this, "must be between " + format(min) + " and " + format(max) + ", not "
          + v);
    }
    return n;
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
