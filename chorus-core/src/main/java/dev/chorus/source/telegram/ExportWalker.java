package dev.chorus.source.telegram;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.JsonRecords;
import java.io.IOException;

/**
 * Walks a {@code result.json} with the streaming parser to every {@code messages} array, of the root (one-chat
 * export) or of each chat in {@code chats.list} and {@code left_chats.list} (whole-account export), and builds one
 * message at a time; everything else (contacts, sessions, profile pictures) is skipped without being built.
 *
 * <p>Records are numbered across the whole file, service messages included, so a record number points at one message
 * even when the file holds many chats. One walker reads one file; it is not shared.
 */
final class ExportWalker {
  private final JsonRecords json;
  private final TelegramMessageMapper mapper;
  private final SourceInput input;
  private final RecordSink sink;
  private long recordNumber;
  private int messageArrays;

  ExportWalker(JsonRecords json, TelegramMessageMapper mapper, SourceInput input, RecordSink sink) {
    this.json = json;
    this.mapper = mapper;
    this.input = input;
    this.sink = sink;
  }

  void walk() throws IOException, UnreadableInputException {
    try (JsonParser parser = json.parser(input)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new UnreadableInputException(input.name() + ": not a Telegram Desktop export; expected a JSON object "
            + "(one chat with \"messages\", or the whole account with \"chats\")");
      }
      readChat(parser, true);
    } catch (JsonProcessingException e) {
      throw new UnreadableInputException(input.name() + ": not well-formed JSON ("
          + dev.chorus.source.input.JsonProblems.describe(e) + ")", e);
    } catch (java.io.CharConversionException e) {
      throw new UnreadableInputException(input.name() + ": not JSON text in UTF-8, UTF-16 or UTF-32", e);
    }
    if (messageArrays == 0) {
      // Nothing was emitted: without a "messages" array there are no messages to emit.
      throw new UnreadableInputException(input.name() + ": no \"messages\" array; expected a Telegram Desktop "
          + "export (result.json of one chat, or of the whole account with \"chats\"/\"left_chats\" lists)");
    }
  }

  /** Reads one chat object; at the root it also descends into the account export's chat lists. */
  private void readChat(JsonParser parser, boolean root) throws IOException {
    ChatHeader chat = ChatHeader.EMPTY;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "id" -> chat = chat.withId(PeerIds.bare(scalar(parser, value)));
        case "name" -> chat = chat.withName(scalar(parser, value));
        case "type" -> chat = chat.withType(scalar(parser, value));
        case "messages" -> readMessages(parser, value, chat);
        case "chats", "left_chats" -> {
          if (root && value == JsonToken.START_OBJECT) {
            readChatList(parser);
          } else {
            parser.skipChildren();
          }
        }
        default -> parser.skipChildren();
      }
    }
  }

  /** {@code {"about": ..., "list": [chat, ...]}}. */
  private void readChatList(JsonParser parser) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      if (parser.nextToken() == JsonToken.START_ARRAY && field.equals("list")) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (parser.currentToken() == JsonToken.START_OBJECT) {
            readChat(parser, false);
          } else {
            parser.skipChildren();
          }
        }
      } else {
        parser.skipChildren();
      }
    }
  }

  private void readMessages(JsonParser parser, JsonToken value, ChatHeader chat) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return;
    }
    messageArrays++;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      recordNumber++;
      JsonNode message = json.mapper().readTree(parser);
      JsonInput.mapSafely(recordNumber, message, null, sink, (n, m, s) -> mapper.map(n, m, chat, s));
    }
  }

  private static String scalar(JsonParser parser, JsonToken value) throws IOException {
    if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
      return parser.getText();
    }
    parser.skipChildren();
    return null;
  }
}
