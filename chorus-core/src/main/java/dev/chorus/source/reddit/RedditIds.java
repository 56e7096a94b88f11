package dev.chorus.source.reddit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.JsonFields;
import dev.chorus.source.RecordRejectedException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reddit ids as the archives hold them. Reddit's ids are base-36 numbers ({@code mmr4x1a}), its fullnames carry the
 * type ({@code t1_} comment, {@code t3_} submission). Records of the 2021–22 Pushshift API give {@code id},
 * {@code link_id} and {@code parent_id} as base-10 integers ({@code 36304730267}) and a top-level comment's
 * {@code parent_id} as null; clients of that API (timesearch, snscrape issues) convert them back the same way: an
 * integer is the base-36 id written in base 10, a null parent means the submission.
 */
final class RedditIds {
  private static final Pattern FULLNAME = Pattern.compile("t[13]_[a-z0-9]+");
  private static final Pattern PREFIX = Pattern.compile("^t\\d_");
  private static final Pattern BASE36 = Pattern.compile("[a-z0-9]+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private RedditIds() {}

  /**
   * The record's own id without its type prefix: {@code id} (base-36 text, or a base-10 integer), else {@code name}
   * (the fullname of API objects). An id written as text is base 36 even when all its characters are digits.
   */
  static String bareId(JsonNode d) {
    JsonNode id = JsonFields.at(d, "id");
    if (id != null && id.isIntegralNumber()) {
      return base36(id, "id");
    }
    String text = id == null || id.isContainerNode() ? null : id.asText().strip();
    if (text == null || text.isEmpty()) {
      text = JsonFields.requireText(d, "name").strip();
    }
    String bare = PREFIX.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
    if (!BASE36.matcher(bare).matches()) {
      throw RecordRejectedException.field(id != null ? "id" : "name", "expected a Reddit id (letters and digits), "
          + "found '" + excerpt(text) + "'");
    }
    return bare;
  }

  /**
   * The submission a comment belongs to, {@code t3_<id>}: {@code link_id} as a fullname, a bare base-36 id or a
   * base-10 integer; null when the record has none.
   */
  static String linkFullname(JsonNode d) {
    return fullname(d, "link_id", "t3_");
  }

  /**
   * What a comment replies to: {@code parent_id} as a fullname; as an integer (or a string of digits) a comment, unless
   * it is the comment's own submission ({@code link_id}); null or missing: the submission, as for a top-level comment.
   */
  static String parentFullname(JsonNode d) {
    JsonNode parent = JsonFields.at(d, "parent_id");
    String link = linkFullname(d);
    if (parent == null) {
      if (link == null) {
        throw RecordRejectedException.field("link_id", "missing, and parent_id is missing too: the comment "
            + "names neither the comment nor the submission it answers");
      }
      return link;
    }
    String p = fullname(d, "parent_id", "t1_");
    return link != null && p.substring(3).equals(link.substring(3)) ? link : p;
  }

  /** A crosspost's original: always a submission. */
  static String crosspostFullname(JsonNode d) {
    return fullname(d, "crosspost_parent", "t3_");
  }

  private static String fullname(JsonNode d, String field, String defaultPrefix) {
    JsonNode v = JsonFields.at(d, field);
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return defaultPrefix + base36(v, field);
    }
    if (v.isContainerNode() || v.isBoolean() || v.isNumber()) {
      throw RecordRejectedException.field(field, "expected a Reddit fullname such as 't3_1jxq7ab' or a numeric id, "
          + "found " + describe(v));
    }
    String s = v.asText().strip().toLowerCase(Locale.ROOT);
    if (FULLNAME.matcher(s).matches()) {
      return s;
    }
    if (DIGITS.matcher(s).matches() && s.length() <= 18) {
      return defaultPrefix + new BigInteger(s).toString(36); // a base-10 id that went through a CSV or a string
    }
    if (BASE36.matcher(s).matches()) {
      return defaultPrefix + s;
    }
    throw RecordRejectedException.field(field, "expected a Reddit fullname such as 't3_1jxq7ab' or a numeric id, "
        + "found '" + excerpt(v.asText()) + "'");
  }

  private static String base36(JsonNode v, String field) {
    BigInteger n = v.bigIntegerValue();
    if (n.signum() <= 0) {
      throw RecordRejectedException.field(field, "expected a positive numeric id, found " + n);
    }
    return n.toString(36);
  }

  private static String describe(JsonNode v) {
    return v.isObject() ? "an object" : v.isArray() ? "a list" : v.isBoolean() ? "true/false"
        : "the number " + v.asText();
  }

  private static String excerpt(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
