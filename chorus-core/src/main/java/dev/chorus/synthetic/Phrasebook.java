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

  /**
   * A synthetic camp: the stance its accounts mostly voice and the languages they mostly write in. Unaffiliated
   * accounts pick anything.
   */
  enum Camp {
    OPPOSITION_ACTIVISTS("opposition-activists", "against", List.of("en", "fa")),
    DIASPORA_PRAGMATISTS("diaspora-pragmatists", "favor", List.of("en", "fa")),
    ISRAELI_OFFICIALS("israeli-officials", "against", List.of("he", "en")),
    IRANIAN_STATE_MEDIA("iranian-state-media", "none", List.of("fa", "ar")),
    UNAFFILIATED(null, null, List.of());

    final String cohort;
    final String stance;
    final List<String> languages;

    Camp(String cohort, String stance, List<String> languages) {
      this.cohort = cohort;
      this.stance = stance;
      this.languages = languages;
    }
  }

  /** Three times in four a camp's account says what its camp says, in one of its languages. */
  static Entry pick(SplittableRandom rnd, Camp camp) {
    if (camp == Camp.UNAFFILIATED || rnd.nextInt(4) == 0) {
      return pick(rnd);
    }
    String lang = camp.languages.get(rnd.nextInt(camp.languages.size()));
    List<Entry> fitting = ENTRIES.stream().filter(e -> e.lang().equals(lang) && e.stance().equals(camp.stance))
        .toList();
    return fitting.isEmpty() ? pick(rnd) : fitting.get(rnd.nextInt(fitting.size()));
  }

  /** Languages weighted roughly as in the debate's collections: English, then Persian, Arabic, Hebrew. */
  static Entry pick(SplittableRandom rnd) {
    int r = rnd.nextInt(100);
    String lang = r < 45 ? "en" : r < 75 ? "fa" : r < 90 ? "ar" : "he";
    List<Entry> ofLang = ENTRIES.stream().filter(e -> e.lang().equals(lang)).toList();
    return ofLang.get(rnd.nextInt(ofLang.size()));
  }
}
