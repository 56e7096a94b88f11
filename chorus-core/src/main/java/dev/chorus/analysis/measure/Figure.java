package dev.chorus.analysis.measure;

/** One label's share, and the filter that lists the posts it counts. */
public record Figure(String label, Proportion share, Drilldown drilldown) {}
