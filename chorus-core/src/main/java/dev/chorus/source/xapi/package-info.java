/**
 * Source {@code x-api-v2}: responses of the X (Twitter) API v2 tweet endpoints (search, timelines, tweet lookup),
 * as saved by clients such as twarc2: one response as a JSON document, or NDJSON with one full response per line, or
 * {@code twarc2 flatten} output (one tweet a line, expansions inline: {@link dev.chorus.source.xapi.FlattenedTweet}).
 * A line of errors only ({@code twarc2 stream}'s disconnect messages) is rejected with the error's title.
 *
 * <p>The mapping follows X's API v2 data dictionary ("Tweet object", "User object", "Media object", "Using fields and
 * expansions", "Edit Tweets"): tweets in {@code data} (an array, or a single object for a one-tweet lookup), their
 * authors in {@code includes.users} by {@code author_id}, referenced tweets ({@code retweeted}, {@code quoted},
 * {@code replied_to}) in {@code includes.tweets}, attachments in {@code includes.media} by {@code media_key}, and
 * partial errors in {@code errors}. Referenced tweets found in {@code includes.tweets} are emitted as posts too, with
 * the role {@code referenced}.
 */
package dev.chorus.source.xapi;
