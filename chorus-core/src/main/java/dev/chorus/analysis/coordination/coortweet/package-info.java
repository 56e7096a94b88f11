/**
 * CooRTweet-compatible coordinated sharing detection: the share table ({@code object_id, account_id, content_id,
 * timestamp_share}), the detector that reproduces {@code detect_groups} of the R package CooRTweet (Righetti &amp;
 * Balluff, MIT; <a href="https://github.com/nicolarighetti/CooRTweet">github.com/nicolarighetti/CooRTweet</a>,
 * {@code R/detect_groups.R} and {@code R/calc_group_combinations.R}) with a sort-and-sweep instead of a self-join,
 * and the writer of its result table.
 */
package dev.chorus.analysis.coordination.coortweet;
