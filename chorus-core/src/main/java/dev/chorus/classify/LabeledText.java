package dev.chorus.classify;

/** One training or test text with its gold label. */
public record LabeledText(String text, String label) {
  public LabeledText {
    if (text == null || label == null || label.isBlank()) {
      throw new IllegalArgumentException("labelled text needs a text and a label");
    }
  }
}
