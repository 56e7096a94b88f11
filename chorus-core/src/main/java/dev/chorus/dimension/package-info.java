/**
 * Label dimensions: the one declaration of every way posts can be filtered, counted and split (platform, language,
 * frame, stance, ...). A dimension is declared by what produces it: the post itself ({@link
 * dev.chorus.dimension.PostDimensions}: platform, kind, role, language, author, hashtag, domain, source) or an
 * annotator factory ({@link dev.chorus.annotate.AnnotatorFactory#dimensions()}). Store documents, filter parsing, drill-downs,
 * facets, trends' split-by choices, CLI filter options, the OpenAPI document and the dashboard's filter form are all
 * derived from {@link dev.chorus.dimension.Dimensions}.
 */
package dev.chorus.dimension;
