/**
 * Language identification of posts (annotator {@code language}, key {@code lang}). The script decides alone where
 * it is one language's (Hebrew, Devanagari, Cyrillic, Greek, ...); Persian, Arabic and Urdu, which share a script,
 * are told apart by letters and function words (Persian typed with Arabic ي/ك included), with the character n-gram
 * weights of Apache OpenNLP's langdetect-183 model as tie-breaker; Latin-script languages by those weights
 * restricted to the languages we watch. URLs, mentions, hashtags, emoji and digits are set aside first. Chosen by
 * measurement on the shared dev file: see {@code bench/eval-language.sh} and {@code chorus eval language}.
 */
package dev.chorus.annotate.language;
