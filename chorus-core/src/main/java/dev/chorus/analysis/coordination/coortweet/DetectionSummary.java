package dev.chorus.analysis.coordination.coortweet;

/**
 * What a detection run produced.
 *
 * @param inputRows rows read
 * @param pairs coordinated pairs written (rows of CooRTweet's result table)
 * @param accounts distinct accounts in those pairs
 * @param objects distinct objects in those pairs
 */
public record DetectionSummary(long inputRows, long pairs, int accounts, int objects) {}
