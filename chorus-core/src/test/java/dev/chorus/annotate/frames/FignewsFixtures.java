package dev.chorus.annotate.frames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small made-up FIGNEWS-format file: a handful of posts per bias class, vote patterns with majorities and ties. */
final class FignewsFixtures {
  private FignewsFixtures() {}

  static final String HEADER = "batch,source_language,id,text,english_mt,bias_majority,bias_votes,propaganda_votes,"
      + "not_propaganda_votes\n";

  /** 10 posts of each of three bias classes, 2 of a rare one, one Unclear and one tied-propaganda post. */
  static Path write(Path dir) throws IOException {
    StringBuilder b = new StringBuilder(HEADER);
    String[] words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"};
    for (int i = 0; i < 10; i++) {
      String w = words[i];
      String lang = i % 2 == 0 ? "English" : "French";
      b.append(row("B01", lang, "u" + i, "ceasefire talks resume in the city " + w,
          "Unbiased", 0, 3));
      b.append(row("B01", lang, "p" + i, "terrorists butchers savages attacked " + w,
          "Biased against Palestine", 4, 0));
      b.append(row("B02", lang, "i" + i, "occupation genocide apartheid regime bombs " + w,
          "Biased against Israel", 3, 1));
    }
    b.append(row("B03", "Hindi", "o1", "foreign envoys lie again", "Biased against others", 1, 0));
    b.append(row("B03", "Hindi", "o2", "foreign envoys lie once more", "Biased against others", 1, 0));
    b.append(row("B03", "Hebrew", "x1", "weather report for tomorrow", "Unclear", 1, 1));
    b.append(row("B03", "Arabic", "x2", "ceasefire talks resume again", "Unbiased", 2, 2));
    Path f = dir.resolve("fignews-fixture.csv");
    Files.writeString(f, b.toString());
    return f;
  }

  static String row(String batch, String lang, String id, String text, String bias, int yes, int no) {
    return batch + "," + lang + "," + id + ",\"" + text + "\",\"" + text + " (mt)\"," + bias + ",x=1," + yes + ","
        + no + "\n";
  }
}
