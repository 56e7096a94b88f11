/**
 * The data dictionary: every column of the CSV export and every field of the analyses' JSON (the API's bodies and
 * {@code chorus ID --json}) and of the server's own bodies (health, dimensions, model cards) with its meaning, type
 * and values; {@link dev.chorus.dictionary.BodyCheck} holds a body as written against it. Names and types are read from the code (Jackson's view
 * of the result records, {@code PostCsv}'s columns, the dimension registry and the codebook), the meanings from one
 * file ({@code fields.properties} here), so the dictionary cannot list a field that is not written nor miss one that
 * is: {@code chorus dictionary}, {@code /api/dictionary} and {@code docs/data-dictionary.md} are all this.
 */
package dev.chorus.dictionary;
