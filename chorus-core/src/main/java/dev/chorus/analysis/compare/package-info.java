/**
 * Two periods compared under the same filters (before and after an event): per value of one dimension, its share of
 * the posts of each period with a 95% Wilson interval, the change in percentage points with Newcombe's interval, and
 * a flag where the two intervals do not overlap ({@link dev.chorus.analysis.compare.CompareService}). The periods are
 * given as spans, around a day or a codebook event, or default to the latest days of the data
 * ({@link dev.chorus.analysis.compare.Periods}).
 */
package dev.chorus.analysis.compare;
