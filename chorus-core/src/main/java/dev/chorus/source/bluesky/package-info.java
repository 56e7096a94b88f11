/**
 * Bluesky (AT Protocol) posts, in two forms.
 *
 * <ul>
 *   <li>{@code bluesky}: App View responses of {@code app.bsky.feed.getAuthorFeed} / {@code getTimeline}
 *       ({@code feed} of feedViewPost) and {@code app.bsky.feed.searchPosts} ({@code posts} of postView), as one
 *       document or as NDJSON with one response (or one feed item / postView) per line. Lexicons:
 *       https://docs.bsky.app/docs/api/app-bsky-feed-get-author-feed, {@code lexicons/app/bsky/feed/defs.json} and
 *       {@code lexicons/app/bsky/feed/post.json} in github.com/bluesky-social/atproto.
 *   <li>{@code bluesky-jetstream}: Jetstream event NDJSON ({@code kind} commit / identity / account), as described at
 *       https://docs.bsky.app/docs/advanced-guides/jetstream and github.com/bluesky-social/jetstream.
 * </ul>
 *
 * <p>Both map the same {@code app.bsky.feed.post} record through {@link
 * dev.chorus.source.bluesky.BlueskyRecordMapper}, so a post read from a feed and from Jetstream gets the same id
 * (its {@code at://did/app.bsky.feed.post/rkey} uri), the same author id (the DID), mentions, hashtags, links and
 * media references. Rich-text facet offsets are UTF-8 byte offsets ({@link dev.chorus.source.bluesky.BlueskyFacets}).
 * Media references are the App View CDN URLs built from the record's blob CIDs (the same URLs the App View puts in
 * its embed views), so they need no view and agree between the two formats.
 *
 * <p>Reposts are REPOST posts whose {@code sharedPostId} is the stable id of the reposted post: from a feed item's
 * {@code reason} ({@code app.bsky.feed.defs#reasonRepost}, native id its {@code uri} when given, else
 * {@code <reposter did>/repost/<original did>/<original rkey>}, time {@code reason.indexedAt}) and from Jetstream
 * {@code app.bsky.feed.repost} creates (native id the repost record's at:// uri). Likes, follows, deletes and identity
 * or account events are not posts and are skipped without a reject.
 */
package dev.chorus.source.bluesky;
