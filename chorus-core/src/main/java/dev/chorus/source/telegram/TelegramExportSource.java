package dev.chorus.source.telegram;

import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.JsonRecords;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Telegram Desktop's JSON export ({@code result.json}) of one chat or of the whole account; see the package
 * documentation for the mapping.
 */
public final class TelegramExportSource extends AbstractSource {
  /** The chat types Telegram Desktop writes, right before a chat's "id" and "messages". */
  private static final Pattern CHAT_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(personal_chat|bot_chat|private_group"
      + "|private_supergroup|public_supergroup|private_channel|public_channel|saved_messages|replies)\"");
  private static final Pattern MESSAGES = Pattern.compile("\"messages\"\\s*:\\s*\\[");
  private static final Pattern ACCOUNT = Pattern.compile("\"personal_information\"\\s*:\\s*\\{");
  private static final Pattern CHAT_LIST = Pattern.compile("\"(left_)?chats\"\\s*:\\s*\\{\\s*\"about\"");
  private static final Pattern UNIXTIME = Pattern.compile("\"date_unixtime\"\\s*:\\s*\"\\d+\"");
  private static final Pattern FROM_ID = Pattern.compile("\"from_id\"\\s*:\\s*\"(user|channel|chat)\\d+\"");

  private final JsonRecords json = new JsonRecords();
  private final TelegramMessageMapper mapper = new TelegramMessageMapper();

  public TelegramExportSource() {
    super("telegram-export",
        "Telegram Desktop JSON export (result.json) of one chat or of the whole account");
  }

  @Override
  public int detect(FileSniff sniff) {
    if (sniff.binary() || !sniff.trimmedHead().startsWith("{")) {
      return 0;
    }
    String head = sniff.head();
    if (CHAT_TYPE.matcher(head).find() && MESSAGES.matcher(head).find()) {
      return 95;
    }
    if (ACCOUNT.matcher(head).find() || CHAT_LIST.matcher(head).find()) {
      return 90;
    }
    if (MESSAGES.matcher(head).find() && UNIXTIME.matcher(head).find() && FROM_ID.matcher(head).find()) {
      return 80;
    }
    return 0;
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    json.checkWellFormed(input);
    new ExportWalker(json, mapper, input, sink).walk();
  }
}
