/**
 * Coordinated sharing detection: accounts that share the same objects (URLs, hashtags, reposted posts,
 * near-duplicate texts) within a short time window, more often than chance would have it. {@link
 * dev.chorus.analysis.coordination.CoordinationService} is the entry point for the CLI and the API; the CooRTweet-compatible
 * detector is in {@code coortweet}, the account network and its groups in {@code network}, copypasta detection in
 * {@code textsimilarity}, the seeded ground-truth generator in {@code synthetic}.
 */
package dev.chorus.analysis.coordination;
