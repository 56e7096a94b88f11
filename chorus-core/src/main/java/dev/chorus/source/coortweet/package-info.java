/**
 * CooRTweet tables ({@link dev.chorus.source.coortweet.CooRTweetSource}, format {@code coortweet}), the input of the
 * CooRTweet R package for coordinated-behaviour detection (Righetti &amp; Balluff; CRAN documentation of
 * {@code russian_coord_tweets}, {@code german_elections} and {@code prep_data}).
 *
 * <p><b>Share table</b>, header {@code object_id,account_id,content_id,timestamp_share} in any order, extra columns
 * ignored. A row: account {@code account_id} shared {@code object_id} in its post {@code content_id} at
 * {@code timestamp_share} (POSIX seconds; other {@link dev.chorus.text.Timestamps} forms are accepted too). The post
 * has native id {@code content_id}, author {@code account_id} and empty text. CooRTweet is content-agnostic:
 * <ul>
 *   <li>an object starting with {@code http://} or {@code https://} is a shared link: kind POST, the URL (normalised)
 *       in {@code urls};
 *   <li>an object starting with {@code #} is a hashtag: kind POST, the tag in {@code hashtags};
 *   <li>any other object is a post id (a retweeted tweet, Twitter's {@code referenced_tweet_id}): kind REPOST with
 *       {@code sharedPostId} = its stable id, unless it equals {@code content_id} (an original: kind POST).
 * </ul>
 * The platform is X (CooRTweet's data are mostly Twitter retweets) unless the {@code platform} option says otherwise.
 *
 * <p><b>Multi-modal post table</b> (CooRTweet's German 2021 election sample), header
 * {@code account_id,post_id,url_id,hashtag_id,domain_id,phash_id,timestamp}: one row per post and object, with
 * anonymised integer ids. Native id {@code post_id}; platform from the account prefix ({@code fb_} Facebook,
 * {@code tw_} X, else other) unless the option is given; {@code url_id}, {@code hashtag_id} and {@code phash_id} are
 * kept as given (hashed ids, not real URLs or tags) in urls, hashtags and media; {@code domain_id} is dropped.
 * Consecutive rows of the same post are merged into one post.
 */
package dev.chorus.source.coortweet;
