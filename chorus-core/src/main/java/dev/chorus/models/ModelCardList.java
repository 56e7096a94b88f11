package dev.chorus.models;

import java.util.List;

/**
 * The body of {@code GET /api/models}: the workspace's model cards as {@link ModelRegistry#cards(String)} lists them
 * (the card itself as written, any JSON). A record so the data dictionary reads its fields from the code.
 *
 * @param models every card, or those of one label key, sorted by path
 */
public record ModelCardList(List<ModelRegistry.CardEntry> models) {}
