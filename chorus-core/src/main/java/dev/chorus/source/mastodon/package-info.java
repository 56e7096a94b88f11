/**
 * Mastodon REST API statuses ({@code mastodon-api}): the JSON that a client gets from timelines
 * ({@code GET /api/v1/timelines/...}), account statuses ({@code GET /api/v1/accounts/:id/statuses}) and search
 * ({@code GET /api/v2/search}, its {@code statuses} array), saved as one document or as NDJSON.
 *
 * <p>The mapping follows the Status entity documented at https://docs.joinmastodon.org/entities/Status/ (with
 * {@code Account}, {@code Tag}, {@code StatusMention}, {@code MediaAttachment}, {@code PreviewCard}) and the quote
 * entities of Mastodon 4.4+ (https://docs.joinmastodon.org/entities/Quote/ and
 * https://docs.joinmastodon.org/entities/ShallowQuote/).
 *
 * <p>Identity: a status {@code id} is only meaningful on the server that answered, and collections mix servers.
 * A post's native id is therefore derived from its fediverse-wide {@code uri}: for Mastodon origins
 * ({@code https://host/users/name/statuses/ID}) it is {@code host/ID}, which equals {@code host/id} for a local
 * status; for other software it is the uri without its scheme. The same status collected from two servers gets the
 * same id. {@code in_reply_to_id} and a shallow quote's {@code quoted_status_id} are ids of the answering server, so
 * they become stable ids only when the target is known to be local there (see {@link
 * dev.chorus.source.mastodon.MastodonStatusMapper}); otherwise the post keeps its kind but no target id. Accounts are
 * {@code user@instance}, local {@code acct}s completed with the host of the account's profile url.
 */
package dev.chorus.source.mastodon;
