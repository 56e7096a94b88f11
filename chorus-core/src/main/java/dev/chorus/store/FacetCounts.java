package dev.chorus.store;

import java.util.Map;

/**
 * Label counts of one dimension among the posts matching a query.
 *
 * @param posts number of matching posts (the denominator of shares)
 * @param distinct number of distinct labels among them
 * @param counts the most frequent labels with their post counts, largest first
 */
public record FacetCounts(long posts, long distinct, Map<String, Long> counts) {}
