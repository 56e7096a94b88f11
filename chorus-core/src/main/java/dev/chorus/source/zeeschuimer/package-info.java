/**
 * Source {@code zeeschuimer}: NDJSON exported by the Zeeschuimer browser extension (Digital Methods Initiative), the
 * format 4CAT imports. One captured item a line: {@code nav_index}, {@code item_id}, {@code timestamp_collected},
 * {@code source_platform} (the capturing module, e.g. {@code twitter.com}, {@code tiktok.com}),
 * {@code source_platform_url}, {@code source_url}, {@code user_agent}, and {@code data}, the item as the platform's web
 * client received it.
 *
 * <p>Field names follow Zeeschuimer's capture modules ({@code modules/twitter.js}, {@code modules/tiktok.js}) and
 * 4CAT's mappers of the same data ({@code datasources/twitter-import}, {@code datasources/tiktok}):
 *
 * <ul>
 *   <li>X ({@code twitter.com}, {@code x.com}): a GraphQL tweet result ({@code rest_id}, {@code core.user_results},
 *       {@code legacy} with v1.1-style fields, {@code note_tweet}, {@code views}, {@code edit_control}), possibly
 *       wrapped as {@code TweetWithVisibilityResults}; also the older "adaptive" form ({@code legacy} + {@code user}).
 *       Retweeted and quoted posts embedded in a capture are emitted as posts of their own.
 *   <li>TikTok ({@code tiktok.com}): an item struct ({@code id}, {@code desc}, {@code createTime}, {@code author},
 *       {@code stats}, {@code textExtra}, {@code challenges}, {@code video}).
 * </ul>
 *
 * Lines of other platforms are rejected with a reason naming {@code source_platform}; reading goes on.
 */
package dev.chorus.source.zeeschuimer;
