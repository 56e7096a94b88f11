package dev.chorus.fuzz;

import dev.chorus.post.Post;
import dev.chorus.source.RecordSink;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.InputLimitException;
import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.QueryBudgetExceededException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fuzz oracle: which exceptions are Chorus's reasoned refusals, and what their reasons must look like. Anything
 * else thrown is rethrown, so that Jazzer reports it as a finding.
 */
final class Refusals {
  /**
   * What a reason a person reads may not contain: a qualified class name, or an exception's {@code toString} ("...
   * Exception: ..."), the marks of a library's text passed through. (A reason may quote the data: an X API error's
   * type such as 'ConnectionException' is fine.)
   */
  private static final Pattern RAW = Pattern.compile(
      "\\b(java|javax|org|com|net|sun|jdk)\\.[a-z][\\w.]*\\.[A-Z]|\\w(Exception|Error): ");

  private Refusals() {}

  /** The refusal types of the input layer: the whole file cannot be read, or is past a limit. */
  static final List<Class<? extends Throwable>> INPUT = List.of(UnreadableInputException.class,
      InputLimitException.class);

  /** The refusal types of the query layer: a filter or query in words, or a query past its time budget. */
  static final List<Class<? extends Throwable>> QUERY = List.of(InvalidFilterException.class,
      QueryBudgetExceededException.class);

  /** Returns normally when {@code t} is one of {@code allowed} with a reason in words; else throws {@code t}. */
  static void check(Throwable t, List<Class<? extends Throwable>> allowed) throws Throwable {
    check(t, allowed, null);
  }

  /**
   * As {@link #check(Throwable, List)}, for an input named {@code inputName} (made from the fuzz data): a reason names
   * its input, and a name such as "csvError" is the data's, not the mark of an exception's text.
   */
  static void check(Throwable t, List<Class<? extends Throwable>> allowed, String inputName) throws Throwable {
    if (allowed.stream().noneMatch(c -> c.isInstance(t))) {
      throw t;
    }
    requireWords(t.getMessage(), t, inputName);
  }

  /** A reason must be a sentence for a person: not blank, no exception or class names. */
  static void requireWords(String reason, Throwable cause) {
    requireWords(reason, cause, null);
  }

  /** As {@link #requireWords(String, Throwable)}, judging the reason without the input's own name in it. */
  static void requireWords(String reason, Throwable cause, String inputName) {
    String judged = reason == null || inputName == null || inputName.isBlank() ? reason
        : reason.replace(inputName, "INPUT");
    if (judged == null || judged.isBlank() || RAW.matcher(judged).find()) {
      throw new AssertionError("not a reason in words: " + reason, cause);
    }
  }

  /** A sink that checks what a source emits: posts with an id, rejects with a reason in words. */
  static final class CheckingSink implements RecordSink {
    private final String inputName;
    long posts;
    long rejects;

    CheckingSink() {
      this(null);
    }

    /** @param inputName the input's name, made from the fuzz data (see {@link #check(Throwable, List, String)}) */
    CheckingSink(String inputName) {
      this.inputName = inputName;
    }

    @Override
    public void post(long recordNumber, Post post) {
      if (recordNumber < 1 || post == null || post.id() == null) {
        throw new AssertionError("record " + recordNumber + ": a post without an id: " + post);
      }
      posts++;
    }

    @Override
    public void reject(long recordNumber, String reason, String rawExcerpt) {
      if (recordNumber < 0) {
        throw new AssertionError("a reject numbered " + recordNumber + ": " + reason);
      }
      requireWords(reason, null, inputName);
      rejects++;
    }
  }
}
