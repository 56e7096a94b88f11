/**
 * Source {@code telegram-export}: the JSON export of Telegram Desktop ("Export chat history" / "Export Telegram data",
 * format JSON), i.e. the {@code result.json} file, in both of its shapes.
 *
 * <ul>
 *   <li>One chat: {@code {"name", "type", "id", "messages": [...]}}.
 *   <li>The whole account: {@code {"about", "personal_information", "contacts", ..., "chats": {"about", "list":
 *       [chat, ...]}, "left_chats": {"about", "list": [chat, ...]}}}; every chat in both lists is read.
 * </ul>
 *
 * <p>The mapping follows the writer that produces the file, Telegram Desktop's
 * {@code Telegram/SourceFiles/export/output/export_output_json.cpp}
 * (https://github.com/telegramdesktop/tdesktop), which is the only specification of the format: message fields
 * {@code id}, {@code type} ("message", "service", "unsupported"), {@code date} + {@code date_unixtime},
 * {@code edited} + {@code edited_unixtime}, {@code from} + {@code from_id} ({@code user<n>}, {@code channel<n>},
 * {@code chat<n>}), {@code forwarded_from} (+ {@code forwarded_from_id} in newer exports), {@code reply_to_message_id}
 * (+ {@code reply_to_peer_id}), {@code photo}, {@code file}, {@code thumbnail}, {@code media_type}, {@code text}
 * (a string, or an array of strings and {@code {"type", "text", "href"|"user_id"}} parts) and {@code text_entities}
 * (the same parts, always objects), and {@code reactions} ({@code [{"type", "count", "emoji"}]}).
 *
 * <p>Decisions worth knowing (details in {@code TelegramMessageMapper} and
 * {@code ForwardOrigin}): service messages (joins, pins, calls) are skipped, not rejected;
 * native ids are {@code <chat id>/<message id>} because message ids are only unique within a chat; forwards are
 * reposts whose {@code sharedPostId} is the original when the export names it, else a stand-in derived from the
 * original's sender and text so that forwards of one original share one id; the export carries no usernames of
 * channels, so permalinks are not derivable and {@code url} stays null.
 */
package dev.chorus.source.telegram;
