/**
 * Seeded synthetic ground truth for coordination detection: organic accounts plus one injected coordinated group,
 * all posts marked synthetic. Used by the recall tests and the benchmark; never mixed with collected data.
 */
package dev.chorus.analysis.coordination.synthetic;
