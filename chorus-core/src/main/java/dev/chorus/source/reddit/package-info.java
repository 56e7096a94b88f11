/**
 * Reddit comments and submissions ({@code reddit-pushshift}): Pushshift / Arctic Shift dump lines ({@code RC_*},
 * {@code RS_*}, one JSON object a line, plain or {@code .gz}; the {@code .zst} originals must be decompressed first)
 * and documents saved from Reddit's own JSON API ({@code {"kind":"Listing","data":{"children":[...]}}}, or the
 * two-listing array of a comment page, with nested {@code replies}), and Pushshift API responses
 * ({@code {"data": [...], "metadata": ...}}, one document or one a line).
 *
 * <p>The mapping follows Reddit's API documentation of "things" (https://www.reddit.com/dev/api, the
 * {@code t1_}/{@code t3_} fullname prefixes) and the field list of the Pushshift Reddit dataset (Baumgartner et al.,
 * ICWSM 2020, https://doi.org/10.5281/zenodo.3608135):
 *
 * <ul>
 *   <li>A comment ({@code body}, {@code link_id}, {@code parent_id}) becomes a {@link dev.chorus.post.PostKind#COMMENT}
 *       with native id {@code t1_<id>} and {@code replyToId} the stable id of {@code parent_id} ({@code reddit:t1_…}
 *       for a reply to a comment, {@code reddit:t3_…} for a top-level comment).
 *   <li>Ids as the 2021–22 Pushshift API wrote them ({@link dev.chorus.source.reddit.RedditIds}): an integer
 *       {@code id}, {@code link_id} or {@code parent_id} is the base-36 id written in base 10 and is converted back
 *       ({@code 36304730267} → {@code goewd5n}); an integer {@code parent_id} is a comment ({@code t1_}) unless it
 *       equals {@code link_id}; a null {@code parent_id} makes a top-level comment (its parent is {@code link_id}).
 *   <li>A submission ({@code title}) becomes a {@link dev.chorus.post.PostKind#POST} with native id {@code t3_<id>},
 *       {@code title}, text = {@code selftext}. Its {@code url} goes to {@code urls} when it points outside Reddit's
 *       own pages, to {@code media} when Reddit hosts it ({@code i.redd.it}, {@code v.redd.it}, gallery items). A
 *       crosspost ({@code crosspost_parent}) is a {@link dev.chorus.post.PostKind#REPOST} whose {@code sharedPostId}
 *       is the original; when the dump embeds the original ({@code crosspost_parent_list}) it is emitted too.
 *   <li>Author: {@code author_fullname} ({@code t2_…}) is the stable account id, the {@code author} name the handle;
 *       older dumps without {@code author_fullname} fall back to the name. A deleted account ({@code [deleted]}) gets
 *       the per-post placeholder id {@code [deleted]:<native id>}: brackets never occur in Reddit names or ids, so
 *       it cannot collide with a real account, and unknown authors are not merged into one giant fake account.
 *   <li>A removed or deleted body ({@code [removed]}, {@code [deleted]}) becomes empty text; the record is kept
 *       because it still shows activity in the thread.
 *   <li>{@code created_utc} (number or numeric string) is required; {@code edited} (false or epoch seconds) gives
 *       {@code editedAt}; {@code score} → likes, {@code num_comments} → replies; {@code permalink} → url.
 *   <li>Text is kept as the Markdown the author wrote, with the HTML entities Reddit adds ({@code &amp;},
 *       {@code &lt;}, {@code &gt;}) undone. Link targets ({@code [text](https://…)} and bare URLs), {@code u/name}
 *       mentions and {@code #hashtags} are extracted from it.
 *   <li>The subreddit has no field of its own in {@link dev.chorus.post.Post}; it stays visible in the permalink
 *       ({@code /r/<subreddit>/comments/…}) and is not forced into hashtags or mentions.
 * </ul>
 */
package dev.chorus.source.reddit;
