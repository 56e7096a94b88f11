package dev.chorus.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes account names from raw record excerpts before they are written to a rejects file or printed: values of the
 * JSON keys that platforms use for handles and names are replaced by their pseudonyms, and {@code @mentions} in the
 * rest are pseudonymised. Excerpts of rejected records are for debugging formats, not for reading people's names.
 */
public final class RawRecordScrubber {
  private static final Pattern NAME_FIELDS = Pattern.compile(
      "(\"(?:screen_name|username|handle|acct|author|from|name|display_name|displayName|uniqueId|nickname"
          + "|author_handle|author_name|in_reply_to_screen_name)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)\"");

  private final Pseudonymizer pseudonymizer;

  public RawRecordScrubber(Pseudonymizer pseudonymizer) {
    this.pseudonymizer = pseudonymizer;
  }

  public String scrub(String excerpt) {
    if (excerpt == null || excerpt.isEmpty()) {
      return excerpt;
    }
    Matcher m = NAME_FIELDS.matcher(excerpt);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = m.group(2);
      String shown = value.isEmpty() || pseudonymizer.isPublic("any", value)
          ? value : pseudonymizer.handlePseudonym("raw", value);
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + shown + "\""));
    }
    m.appendTail(sb);
    return pseudonymizer.scrubText("raw", sb.toString());
  }
}
