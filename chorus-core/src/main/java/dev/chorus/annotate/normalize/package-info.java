/**
 * Text normalisation for matching (annotator id {@code normalize}): one folded form of a post's text
 * ({@link dev.chorus.text.TextFolding#forMatching}) in which the spelling variants of Persian, Arabic and Hebrew that
 * mean the same word compare equal. The original text is never changed; the folded form goes into
 * {@code Annotations.normalizedText} for the annotators that match words and names.
 */
package dev.chorus.annotate.normalize;
