/**
 * Alerts: rules in the workspace ({@code alerts.yaml}, with defaults that work without one: {@link
 * dev.chorus.alerts.AlertRules}) evaluated over the store after each collection and on {@code chorus alerts check}
 * ({@link dev.chorus.alerts.AlertCheck}). A volume rule is the trends analysis's own surge detector ({@link
 * dev.chorus.analysis.trends.BurstDetector}: robust z-score against a trailing baseline, a minimum count, no alert
 * without a baseline) applied to every value of a dimension; a view rule fires when the posts of a saved view ({@link
 * dev.chorus.views.SavedViews}) in a recent bucket reach its threshold ({@link dev.chorus.alerts.ViewRules}); a
 * coordination rule fires for each new coordinated group of the last days
 * ({@link dev.chorus.alerts.CoordinationRules}); a stance-shift rule when a cohort's share of a stance in the latest
 * bucket and in its baseline have Wilson intervals that do not overlap ({@link dev.chorus.alerts.StanceShiftRules}).
 * Each alert is written once to the workspace's alert log ({@link dev.chorus.alerts.AlertLog}): the same condition in
 * the same window never fires twice. It carries the drill-down filter of its posts, and may be POSTed to a webhook
 * ({@link dev.chorus.alerts.Webhook}).
 */
package dev.chorus.alerts;
