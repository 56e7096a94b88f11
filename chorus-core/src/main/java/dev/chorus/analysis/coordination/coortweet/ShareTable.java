package dev.chorus.analysis.coordination.coortweet;

import java.util.Arrays;

/**
 * The share table of CooRTweet in columns: row {@code i} says that account {@code account(i)} shared object
 * {@code object(i)} as content {@code content(i)} at {@code time(i)} (epoch seconds). Ids are dictionary ints; the
 * dictionary gives the strings back. Columnar arrays keep a million rows in a few tens of megabytes.
 */
public final class ShareTable {
  private final IdDictionary dictionary;
  private final int[] objects;
  private final int[] accounts;
  private final int[] contents;
  private final long[] times;
  private final int size;

  private ShareTable(Builder b) {
    this.dictionary = b.dictionary;
    this.size = b.size;
    this.objects = Arrays.copyOf(b.objects, b.size);
    this.accounts = Arrays.copyOf(b.accounts, b.size);
    this.contents = Arrays.copyOf(b.contents, b.size);
    this.times = Arrays.copyOf(b.times, b.size);
  }

  public static Builder builder() {
    return new Builder();
  }

  public int size() {
    return size;
  }

  public int object(int row) {
    return objects[row];
  }

  public int account(int row) {
    return accounts[row];
  }

  public int content(int row) {
    return contents[row];
  }

  public long time(int row) {
    return times[row];
  }

  public String name(int id) {
    return dictionary.name(id);
  }

  /** Number of distinct interned ids (objects, accounts and contents together): the bound of every id. */
  public int idCount() {
    return dictionary.size();
  }

  /** Collects rows; {@link #build()} freezes them. */
  public static final class Builder {
    private final IdDictionary dictionary = new IdDictionary();
    private int[] objects = new int[1024];
    private int[] accounts = new int[1024];
    private int[] contents = new int[1024];
    private long[] times = new long[1024];
    private int size;

    public Builder add(String object, String account, String content, long epochSeconds) {
      if (size == objects.length) {
        int n = size * 2;
        objects = Arrays.copyOf(objects, n);
        accounts = Arrays.copyOf(accounts, n);
        contents = Arrays.copyOf(contents, n);
        times = Arrays.copyOf(times, n);
      }
      objects[size] = dictionary.intern(object);
      accounts[size] = dictionary.intern(account);
      contents[size] = dictionary.intern(content);
      times[size] = epochSeconds;
      size++;
      return this;
    }

    public int size() {
      return size;
    }

    public ShareTable build() {
      return new ShareTable(this);
    }
  }
}
