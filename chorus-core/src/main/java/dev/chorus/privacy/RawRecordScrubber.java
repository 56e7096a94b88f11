package dev.chorus.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pseudonymises excerpts of raw records before they are written to a rejects file, like a post: excerpts of rejected
 * records are for debugging formats, not for reading people's names. The record's accounts are found by the JSON keys
 * platforms use for them (handles and names, account ids, and the {@code id} of an object that has a handle, such as
 * an X user or a Mastodon account); each is then replaced wherever it occurs in the excerpt (also inside URLs and
 * ids), and links, DIDs and {@code @mentions} are treated as in posts ({@link PostIdentifiers}). The platform is not
 * known here, so the pseudonyms are those of platform {@code raw}.
 */
public final class RawRecordScrubber {
  /** A JSON string value; one cut off by the end of the excerpt runs to its end. */
  private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)(?:\"|$)";
  private static final Pattern NAME_FIELDS = Pattern.compile(
      "\"(?:screen_name|username|handle|acct|author|from|name|display_name|displayName|uniqueId|nickname"
          + "|author_handle|author_name|in_reply_to_screen_name|user_name|userName)\"\\s*:\\s*" + STRING);
  private static final Pattern ID_FIELDS = Pattern.compile(
      "\"(?:author_id|user_id|user_id_str|in_reply_to_user_id|in_reply_to_user_id_str|from_id|actor_id|did"
          + "|author_fullname|owner_id|creator_id|sender_id|account_id|authorId|author_did|uid|userId)\"\\s*:\\s*"
          + "(?:" + STRING + "|(-?\\d+))");
  /** An object without nested objects that names an account: its {@code id} is the account's. */
  private static final Pattern ACCOUNT_OBJECT = Pattern.compile(
      "\\{[^{}]*\"(?:screen_name|username|handle|acct|uniqueId)\"\\s*:[^{}]*}");
  private static final Pattern OBJECT_ID = Pattern.compile("\"(?:id|id_str)\"\\s*:\\s*(?:" + STRING + "|(-?\\d+))");
  /** Shorter values are left where they are found elsewhere: they would match too much. */
  private static final int MIN_GLOBAL = 3;

  private final Pseudonymizer pseudonymizer;

  public RawRecordScrubber(Pseudonymizer pseudonymizer) {
    this.pseudonymizer = pseudonymizer;
  }

  public String scrub(String excerpt) {
    if (excerpt == null || excerpt.isEmpty()) {
      return excerpt;
    }
    Map<String, String> accounts = new LinkedHashMap<>();
    collect(NAME_FIELDS.matcher(excerpt), false, accounts);
    collect(ID_FIELDS.matcher(excerpt), true, accounts);
    Matcher objects = ACCOUNT_OBJECT.matcher(excerpt);
    while (objects.find()) {
      collect(OBJECT_ID.matcher(objects.group()), true, accounts);
    }
    String out = replaceEverywhere(excerpt, accounts);
    return pseudonymizer.identifiers().inText(pseudonymizer.scrubText("raw", out));
  }

  /** A reject reason, which may quote a value of the record (a link, a DID, an {@code @handle}). */
  public String scrubReason(String reason) {
    if (reason == null) {
      return null;
    }
    return pseudonymizer.identifiers().inText(pseudonymizer.scrubText("raw", reason));
  }

  private void collect(Matcher m, boolean ids, Map<String, String> accounts) {
    while (m.find()) {
      String value = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
      if (value == null || value.isBlank() || accounts.containsKey(value) || pseudonymizer.isPublic("any", value)
          || IdentifierRules.PSEUDONYM.matcher(value).matches()) {
        continue;
      }
      accounts.put(value, ids ? pseudonymizer.accountPseudonym("raw", value)
          : pseudonymizer.handlePseudonym("raw", value));
    }
  }

  /** Each account value, as a whole token, replaced by its pseudonym (longest first, so no value eats another). */
  private static String replaceEverywhere(String s, Map<String, String> accounts) {
    List<String> values = new ArrayList<>(accounts.keySet());
    values.sort(Comparator.comparingInt(String::length).reversed());
    String out = s;
    for (String v : values) {
      String quoted = Pattern.quote(v);
      String token = v.length() >= MIN_GLOBAL ? "(?<![\\p{L}\\p{N}_])" + quoted + "(?![\\p{L}\\p{N}_])"
          : "(?<=:\\s{0,3}\"?)" + quoted + "(?=\"|,|}|$)";
      out = Pattern.compile(token, Pattern.CASE_INSENSITIVE).matcher(out)
          .replaceAll(Matcher.quoteReplacement(accounts.get(v)));
    }
    return out;
  }
}
