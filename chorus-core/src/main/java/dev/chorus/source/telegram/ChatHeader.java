package dev.chorus.source.telegram;

import java.util.Locale;

/**
 * What the export says about one chat before its messages: the bare numeric id (as in {@code "id": 123}), its
 * display name and its type ({@code public_channel}, {@code private_group}, {@code personal_chat}, ...).
 *
 * @param id the chat's bare id, or null when the chat object names none before its messages
 * @param name the chat's name, or null (saved messages have none)
 * @param type the chat type, or null
 */
record ChatHeader(String id, String name, String type) {
  static final ChatHeader EMPTY = new ChatHeader(null, null, null);

  ChatHeader withId(String v) {
    return new ChatHeader(v, name, type);
  }

  ChatHeader withName(String v) {
    return new ChatHeader(id, v, type);
  }

  ChatHeader withType(String v) {
    return new ChatHeader(id, name, v);
  }

  /** Channels post as themselves, so a post without a sender belongs to the channel. */
  boolean isChannel() {
    return type != null && type.toLowerCase(Locale.ROOT).endsWith("_channel");
  }
}
