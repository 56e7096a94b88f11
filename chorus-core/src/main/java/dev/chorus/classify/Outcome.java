package dev.chorus.classify;

/**
 * One evaluated item: its gold label, the predicted label and the group it belongs to (e.g. the debate target), for
 * metrics averaged over groups.
 */
public record Outcome(String gold, String predicted, String group) {}
