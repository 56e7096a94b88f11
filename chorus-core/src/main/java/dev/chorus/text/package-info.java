/**
 * Text helpers: {@link dev.chorus.text.TextFolding}, the one spelling folding for Persian, Arabic, Hebrew and English
 * that search, the actor gazetteer, call patterns and classifier features share; and, for the sources, timestamps in
 * the many forms platforms write them, URL normalisation (tracking parameters dropped), hashtag/mention/URL extraction
 * from plain text, and the visible text of HTML; {@link dev.chorus.text.AhoCorasick}, the many-literal search the actor
 * gazetteer and the call rules' prefilter share.
 */
package dev.chorus.text;
