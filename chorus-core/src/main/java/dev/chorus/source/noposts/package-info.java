/**
 * Files that hold no posts, recognised by their shape so that they are refused saying what they are ("… is an X API
 * tweet counts response: no posts") instead of having every record rejected, or being called an unknown format.
 * {@link dev.chorus.source.noposts.NoPostShapes} is the one registry of such shapes; format detection
 * ({@link dev.chorus.source.SourceRegistry#detect}) and every read ({@link dev.chorus.source.SourceReads}) consult it
 * first. A shape must never match a file that holds posts: each one requires the fields that make it what it is
 * and the absence of the post fields ({@code text}, {@code content}, {@code body}, {@code record}) of the formats
 * Chorus reads. Shapes follow the platforms' documentation: X API v2 tweet counts, user and list lookups and batch
 * compliance (https://docs.x.com/x-api), Mastodon accounts (https://docs.joinmastodon.org/entities/Account/),
 * Bluesky profiles (app.bsky.actor.defs).
 */
package dev.chorus.source.noposts;
