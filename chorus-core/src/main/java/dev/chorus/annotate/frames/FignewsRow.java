package dev.chorus.annotate.frames;

/**
 * One post of a FIGNEWS-2024 file.
 *
 * @param line line number, for messages
 * @param id the file's post id (not unique across languages)
 * @param batch the annotation batch ({@code B01}…; empty when the file has no {@code batch} column): posts of one
 *     batch share annotators and period, so the development protocol keeps each batch in one fold
 * @param lang language code from {@code source_language}
 * @param text the post in its language
 * @param englishMt its machine translation into English (the text itself for English posts)
 * @param bias bias id ({@link FignewsLabels}), or null when the annotators could not judge bias
 * @param propaganda {@code propaganda} / {@code not-propaganda}, or null on a tie
 */
public record FignewsRow(long line, String id, String batch, String lang, String text, String englishMt, String bias,
    String propaganda) {

  /** Which text a model reads. */
  public enum Fields {
    /** The post as written. */
    TEXT,
    /** The English machine translation. */
    MT,
    /** Both, the translation after the text (once when they are the same). */
    BOTH
  }

  public String input(Fields fields) {
    return switch (fields) {
      case TEXT -> text;
      case MT -> englishMt.isBlank() ? text : englishMt;
      case BOTH -> englishMt.isBlank() || englishMt.strip().equals(text.strip()) ? text : text + "\n" + englishMt;
    };
  }
}
