package dev.chorus.annotate.stance;

import java.util.ArrayList;
import java.util.List;

/** Made-up labelled posts: two targets (one English, one Arabic), three stances, a few dozen lines each. */
public final class StanceFixtures {
  private StanceFixtures() {}

  static final String[][] SOLAR = {
      {"favor", "I love solar power", "solar panels are great for our town", "we need more solar farms now",
          "solar energy is clean and cheap", "so proud of our new solar roofs", "support solar, it works"},
      {"against", "solar power is a scam", "solar panels are ugly and useless", "stop wasting money on solar",
          "solar farms ruin the land", "solar is a failure and a fraud", "no more solar subsidies"},
      {"none", "what time is the match tonight", "my cat sleeps all day", "traffic is heavy on the bridge",
          "new pizza place opened downtown", "the library closes at six", "rain expected this weekend"}};
  static final String[][] VACCINE = {
      {"favor", "اللقاح آمن ومفيد للجميع", "شكرا للأطباء على اللقاح", "أخذت اللقاح وأنا بخير والحمد لله",
          "التطعيم يحمي أطفالنا", "اللقاح خطوة رائعة للصحة", "أؤيد التطعيم بقوة"},
      {"against", "اللقاح خطير ومضر", "لن آخذ اللقاح أبدا", "التطعيم كذبة كبيرة",
          "اللقاح سبب لي مشاكل صحية", "ارفضوا التطعيم الإجباري", "اللقاح مؤامرة وفشل"},
      {"none", "الجو جميل اليوم", "مباراة الهلال مساء الغد", "افتتاح مطعم جديد في الرياض",
          "المكتبة تغلق الساعة السادسة", "زحمة السير في الطريق", "عطلة نهاية الأسبوع قريبة"}};

  /** Every line twice with a different ending, so each class has 12 posts per target. */
  public static List<StanceExample> examples() {
    List<StanceExample> out = new ArrayList<>();
    add(out, "Solar Power", SOLAR, new String[] {"!", " today"});
    add(out, "اللقاح", VACCINE, new String[] {"!", " اليوم"});
    return out;
  }

  private static void add(List<StanceExample> out, String target, String[][] table, String[] endings) {
    for (String ending : endings) {
      for (String[] row : table) {
        for (int i = 1; i < row.length; i++) {
          out.add(new StanceExample(out.size() + 2, row[i] + ending, target, row[0]));
        }
      }
    }
  }

  /** The examples as a generic {@code text,target,stance} CSV. */
  public static String csv() {
    StringBuilder b = new StringBuilder("text,target,stance\n");
    for (StanceExample e : examples()) {
      b.append('"').append(e.text().replace("\"", "\"\"")).append("\",").append(e.target()).append(',')
          .append(e.stance()).append('\n');
    }
    return b.toString();
  }
}
