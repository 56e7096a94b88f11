/**
 * Calls to action counted: by call type, by addressee and by cohort, each with its Wilson interval and the drill-down
 * filter of its posts. The labels come from the {@code calls} annotator ({@code dev.chorus.annotate.calls}).
 */
package dev.chorus.analysis.calls;
