/**
 * Time series around events: post counts per hour, day, week or calendar month by stance, frame, cohort, language,
 * platform or actor, with the codebook's dated events and surges flagged by a robust burst detector whose parameters
 * are reported with every result.
 */
package dev.chorus.analysis.trends;
