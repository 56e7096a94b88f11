package dev.chorus.annotate.stance;

/**
 * One labelled post of a stance file.
 *
 * @param line line (or record) number in the file, for messages
 * @param text the post's text
 * @param target the debate target as written in the file, e.g. "Hillary Clinton"
 * @param stance {@code favor}, {@code against} or {@code none}
 */
public record StanceExample(long line, String text, String target, String stance) {}
