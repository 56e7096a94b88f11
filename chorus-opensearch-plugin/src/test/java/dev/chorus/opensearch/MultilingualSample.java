package dev.chorus.opensearch;

import java.util.List;

/**
 * Texts written for the analyser parity test (not taken from any data set): the spellings that each step of the
 * chains exists for. Invisible characters are written as escapes so that the source shows them.
 */
final class MultilingualSample {
  private MultilingualSample() {}

  static final List<String> TEXTS = List.of(
      // English: stemming, stop words, possessives, case, accents, ligatures, full-width letters
      "The runners were running quickly through the city's streets",
      "Parliament RATIFIES the treaty; ministers' statements follow.",
      "Café naïve résumé coöperate façade",
      "The ﬁnal ﬂight of ＡＢＣ Airlines",
      "I can't believe it's not butter, isn't it?",
      "COVID-19 vaccines: 3.14 percent, 1,000,000 doses, 24/7 support",
      // hashtags, mentions, URLs, e-mail, emoji
      "#FreeSpeech and #آزادی_بیان trending with @some_user today",
      "Read more at https://example.org/news/2024/03?id=42&lang=fa#top now",
      "Write to press@example.com or visit www.example.net/contact",
      "Great news 👍🏽🎉 for everyone ❤️ 🇮🇷 🇮🇱 🇸🇦",
      "RT @newsdesk: breaking — vote delayed 😡😡 #vote2024",
      // Persian: ZWNJ compounds, Arabic-script variants, Persian and Arabic-Indic digits, tatweel, harakat, hamza
      "من می\u200Cخواهم به کتاب\u200Cخانه بروم",
      "آنها کتاب\u200Cهای زیادی خریده\u200Cاند",
      "اين يك كتاب است و آن يكي نيز",
      "این یک کتاب است و آن یکی نیز",
      "سال ۱۴۰۲ و ماه ۱۲ با ٢٠٢٤ میلادی",
      "ســـــلام دوســـتان عزیز",
      "مسئله\u200Cی مهم در خانۀ ما و مسأله\u200Cها",
      "دانشجویان دانشگاه تهران تجمع کردند",
      "نمی\u200Cدانم چرا نمی\u200Cتوانند بیایند",
      "#زن_زندگی_آزادی در خیابان\u200Cهای شیراز",
      "قیمت دلار ۵۸٬۰۰۰ تومان شد (۲۳٪ افزایش)",
      // Arabic: articles and prefixes, taa marbuta, alef variants, harakat, ligatures
      "أعلنت الحكومة عن خطة جديدة للمدارس",
      "والمدارس والمعلمون في المدينة المنورة",
      "مُحَمَّدٌ رَسُولُ اللَّهِ",
      "إلى آخر ما قالته الوزيرة للصحفيين",
      "ﻻ ﷲ ﷺ بسم",
      "عدد السكان ٣٥٠٠٠ نسمة في عام ٢٠٢٣",
      // Hebrew: one-letter prefixes, niqqud, geresh and gershayim, maqaf
      "והממשלה החליטה לקצץ בתקציב",
      "בתל אביב ובירושלים הפגינו אלפים",
      "שָׁלוֹם עֲלֵיכֶם וּבְרָכָה",
      "צ׳יפס וצה״ל בבית־ספר",
      "ושהמשא ומתן נמשך כשהשר הגיע",
      "ל״ג בעומר 2024 #ישראל",
      // mixed scripts, other scripts ICU segments by dictionary, odd white space and controls
      "Tehran تهران טהראן Téhéran",
      "北京欢迎你 and 東京 too",
      "สวัสดีครับ ภาษาไทย",
      "tabs\tand\nnew\r\nlines  and\u00A0no-break\u2009spaces",
      "direction\u200Fmarks\u200E and soft\u00ADhyphen and zero\u200Bwidth",
      "Привет, мир! Ελληνικά κείμενα",
      "x".repeat(300) + " after a very long token");
}
