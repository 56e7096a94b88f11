/**
 * Source {@code x-archive}: the tweets file of the account archive that X (Twitter) lets a user download
 * ("Download an archive of your data"): {@code data/tweets.js}, or {@code tweet.js} in older archives, and the
 * continuation files {@code tweets-part1.js}, ... A JavaScript assignment {@code window.YTD.tweets.part0 = [...]}
 * around a JSON array of {@code {"tweet": {...}}} (very old archives: the bare tweet objects).
 *
 * <p>The tweet objects follow X's v1.1 "Tweet object" data dictionary with every number as a string:
 * {@code id_str}, {@code full_text}, {@code created_at} ({@code Wed Oct 10 20:19:24 +0000 2018}), {@code lang},
 * {@code entities} (hashtags, user_mentions, urls, media), {@code extended_entities}, {@code in_reply_to_*},
 * {@code favorite_count}, {@code retweet_count} and {@code edit_info} (an {@code initial} version lists its
 * {@code editTweetIds}; a later version names its {@code initialTweetId}).
 *
 * <p>Documented choices, because the file has less than a post needs:
 *
 * <ul>
 *   <li>Author: tweets.js never names its account (that is in the sibling {@code account.js}); a source reads one
 *       file and stays pure, so every post gets the constant author id {@code x-archive-owner}
 *       with no handle, and the handle-less permalink
 *       {@code https://x.com/i/web/status/{id}}. Relabelling the owner is the ingest's job.
 *   <li>Retweets have no {@code retweeted_status} in archives, only the text {@code RT @user: ...}: they are
 *       {@code REPOST}s whose original id is known only when an attached medium names it
 *       ({@code source_status_id_str}); otherwise {@code sharedPostId} is null. The retweeted account is a mention.
 *   <li>Quotes are not marked in archives (the quoted post is only a link in {@code urls}); they are {@code QUOTE}s
 *       only when a {@code quoted_status_id_str} is present.
 *   <li>Long posts: archives keep the full text of posts over 280 characters in {@code note-tweet.js}, a separate
 *       file; here {@code full_text} is taken as it is.
 * </ul>
 */
package dev.chorus.source.xarchive;
