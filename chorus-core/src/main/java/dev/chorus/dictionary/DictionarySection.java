package dev.chorus.dictionary;

import java.util.List;

/**
 * The fields of one file or body.
 *
 * @param id a stable name: {@code csv} for the export, the analysis id, {@code post}, {@code alerts}
 * @param title what writes it: {@code GET /api/stats}, {@code chorus stats --json}
 * @param description what it is
 * @param fields its columns or fields, in the order they are written
 */
public record DictionarySection(String id, String title, String description, List<DictionaryField> fields) {}
