package dev.chorus.dictionary;

import java.util.List;

/**
 * One column or JSON field.
 *
 * @param name the column name, or the JSON path: {@code groups[].accounts} for a field of each item of an array,
 *     {@code languages{}} for the values of an object keyed by name
 * @param type {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code object}, {@code array of ...},
 *     {@code date-time} (ISO-8601, UTC) or {@code date}
 * @param meaning what it says, one or two sentences
 * @param values the values it takes when they are a fixed list (an enum, a dimension's codebook ids); empty otherwise
 */
public record DictionaryField(String name, String type, String meaning, List<String> values) {}
