/**
 * Camps compared: per cohort of the codebook, volume, stance and frame shares with Wilson intervals, top actors,
 * hashtags and domains, and series over time; how alike two cohorts' frame mixes are bucket by bucket (Jensen–Shannon
 * distance); and how often one cohort refers to another's accounts or posts. Every figure carries the drill-down
 * filter of the posts behind it.
 */
package dev.chorus.analysis.camps;
