package dev.chorus.annotate.frames;

import java.util.function.Function;

/** The label sets of FIGNEWS-2024 and where each row's gold label comes from (null: the row has none). */
public enum FignewsLabelSet {
  BIAS(FignewsRow::bias),
  PROPAGANDA(FignewsRow::propaganda);

  private final Function<FignewsRow, String> gold;

  FignewsLabelSet(Function<FignewsRow, String> gold) {
    this.gold = gold;
  }

  public String gold(FignewsRow row) {
    return gold.apply(row);
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
