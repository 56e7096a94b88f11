package dev.chorus.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Short made-up sentences for the synthetic campaign, in the project's own words, balanced between the camps: against
 * talks, for talks, and neutral reporting, in English, Persian, Arabic and Hebrew.
 */
final class Phrasebook {
  record Entry(String lang, String stance, String text, String hashtag) {}

  private static final List<Entry> ENTRIES = List.of(
      new Entry("en", "against", "Talks with Tehran reward repression. End the talks now.", "NoDealWithTehran"),
      new Entry("en", "against", "Students in Iran ask Washington to stand with them, not with the regime.",
          "IranRevolution"),
      new Entry("en", "favor", "Diplomacy and inspections are the only way to keep the program in check.",
          "DiplomacyNotWar"),
      new Entry("en", "favor", "Sanctions hurt ordinary families; a verified deal could ease that.", "IranTalks"),
      new Entry("en", "none", "Negotiators meet again this week in Muscat, officials say.", "IranTalks"),
      new Entry("fa", "against", "مذاکره با جمهوری اسلامی خیانت به مردم ایران است", "نه_به_مذاکره"),
      new Entry("fa", "against", "دانشجویان از آمریکا می‌خواهند مذاکرات را متوقف کند", "نه_به_مذاکره"),
      new Entry("fa", "favor", "گفت‌وگو و دیپلماسی از جنگ بهتر است", "دیپلماسی"),
      new Entry("fa", "none", "دور تازه مذاکرات ایران و آمریکا در مسقط برگزار شد", "مذاکرات"),
      new Entry("ar", "against", "المفاوضات مع طهران تمنح النظام شرعية جديدة", "لا_للاتفاق"),
      new Entry("ar", "favor", "الحوار الدبلوماسي يجنب المنطقة حربا جديدة", "الدبلوماسية"),
      new Entry("ar", "none", "جولة جديدة من المحادثات بين إيران والولايات المتحدة", "المحادثات"),
      new Entry("he", "against", "הסכם עם איראן יסכן את ביטחון האזור", "לא_להסכם"),
      new Entry("he", "favor", "פיקוח בינלאומי עדיף על עימות צבאי", "דיפלומטיה"),
      new Entry("he", "none", "סבב שיחות נוסף בין ארצות הברית לאיראן החל היום", "איראן"));

  private Phrasebook() {}

  static List<Entry> entries() {
    return ENTRIES;
  }

  /** Languages weighted roughly as in the debate's collections: English, then Persian, Arabic, Hebrew. */
  static Entry pick(SplittableRandom rnd) {
    int r = rnd.nextInt(100);
    String lang = r < 45 ? "en" : r < 75 ? "fa" : r < 90 ? "ar" : "he";
    List<Entry> ofLang = ENTRIES.stream().filter(e -> e.lang().equals(lang)).toList();
    return ofLang.get(rnd.nextInt(ofLang.size()));
  }
}
