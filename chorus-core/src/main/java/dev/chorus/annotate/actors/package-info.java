/**
 * Actor mentions (annotator id {@code actors}): a gazetteer of the codebook's actor aliases in English, Persian,
 * Arabic and Hebrew, matched on normalised text with an Aho–Corasick automaton at word boundaries, allowing the
 * Arabic proclitics and Hebrew prefixes that attach to names. Each actor found is one {@code actor} label (value: the
 * actor's id, confidence 1.0: a rule). {@link dev.chorus.annotate.actors.ActorsEvaluation} measures coverage and speed
 * on a CSV of texts.
 */
package dev.chorus.annotate.actors;
