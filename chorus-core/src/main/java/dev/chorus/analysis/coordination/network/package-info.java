/**
 * The coordination network built from coordinated pairs: edge weights (distinct co-shared objects), thresholds
 * (absolute or quantile), groups (connected components split by a JGraphT community algorithm), per-group
 * statistics, and GEXF / GraphML export for Gephi.
 */
package dev.chorus.analysis.coordination.network;
