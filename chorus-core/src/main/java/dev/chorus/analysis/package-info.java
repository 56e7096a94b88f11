/**
 * Corpus analyses behind one contract ({@link dev.chorus.analysis.Analysis}): an id, parameters declared once with
 * their defaults and ranges, a result record. The CLI verbs and the API routes are both derived from
 * {@link dev.chorus.analysis.Analyses}, so {@code chorus X --json} prints the body of {@code GET /api/X}. The
 * analyses call the core services (trends, camps, calls, coverage, coordination); this package only declares and
 * wires them.
 */
package dev.chorus.analysis;
