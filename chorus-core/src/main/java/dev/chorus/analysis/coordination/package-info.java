/**
 * Coordinated sharing detection: accounts that share the same objects (URLs, hashtags, reposted posts,
 * near-duplicate texts) within a short time window, more often than chance would have it. {@link
 * dev.chorus.analysis.coordination.CoordinationService} is the entry point for the CLI and the API; the CooRTweet-compatible
 * detector is in {@code coortweet}, the account network and its groups in {@code network}, copypasta detection in
 * {@code textsimilarity}, the seeded ground-truth generator in {@code synthetic}. What the analysis reads of a post is
 * one {@link dev.chorus.analysis.coordination.PostShare}: stores hand those over through
 * {@link dev.chorus.store.PostStore#forEachShare} (the embedded index from doc values, without loading posts), which
 * is why the store package knows this package's {@code ObjectKind} and {@code PostShare}.
 */
package dev.chorus.analysis.coordination;
