package dev.chorus.analysis.trends;

import dev.chorus.codebook.Codebook;
import dev.chorus.store.TimeSeries;
import java.util.List;

/**
 * A time series with what explains it: the codebook's events inside its span and the surges of the total.
 *
 * @param dimension the dimension the series is split by, or null for totals only
 * @param series the counts
 * @param events codebook events between the first and the last bucket
 * @param surges flagged buckets of the total
 * @param detector the burst detector's parameters
 */
public record Trends(String dimension, TimeSeries series, List<Codebook.Event> events,
    List<BurstDetector.Surge> surges, BurstDetector detector) {}
