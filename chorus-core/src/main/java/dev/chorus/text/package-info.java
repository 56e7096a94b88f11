/**
 * Text helpers shared by the sources: timestamps in the many forms platforms write them, URL normalisation (tracking
 * parameters dropped), hashtag/mention/URL extraction from plain text, and the visible text of HTML.
 */
package dev.chorus.text;
