/**
 * Coordinated sharing in the stream: the pairs of {@code chorus coordination}'s detector (CooRTweet's
 * {@code detect_groups}, {@link dev.chorus.analysis.coordination.coortweet.CoortweetDetector}) computed incrementally
 * from the job's annotated posts, for the object kinds a single post decides (URL, hashtag, reposted post; near-duplicate
 * text stays batch-only: its objects are clusters of the whole input).
 *
 * <p>Flow ({@link dev.chorus.stream.coordination.StreamCoordination}): posts keyed by id → {@link
 * dev.chorus.stream.coordination.ExtractShares} (once per post id, collected posts only, the objects of {@link
 * dev.chorus.analysis.coordination.SharedObjects}) → shares with event time = the post's creation time, then two
 * branches: keyed by (kind, object), {@link dev.chorus.stream.coordination.CoSharesInWindow} pairs each share with the
 * kept shares of its object inside the time window (steps 2 and 3 of the detector); keyed by (kind, account), {@link
 * dev.chorus.stream.coordination.AccountRows} says once when an account has enough rows (step 1). Both meet keyed by
 * kind in {@link dev.chorus.stream.coordination.Participation}, which holds pairs back until the participation rules
 * (steps 1 and 4) admit them. Every rule is the detector's own ({@link
 * dev.chorus.analysis.coordination.coortweet.DetectionParameters}).
 *
 * <p>Why the result equals the batch one whatever the arrival order: every step of the detector is monotone in its
 * input (more shares only add candidate pairs, add rows to accounts, add contents to the result), so a pair, once
 * admitted, stays in the batch result of any larger input, and a pair not admitted yet is kept until it is. The only
 * order-dependent part is dropping old shares, whose bound is explained on {@link
 * dev.chorus.stream.coordination.CoSharesInWindow}.
 */
package dev.chorus.stream.coordination;
