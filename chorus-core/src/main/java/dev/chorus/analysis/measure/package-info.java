/**
 * Figures that can be checked: a {@link dev.chorus.analysis.measure.Proportion} is a count out of a total with its 95% Wilson
 * interval, and a {@link dev.chorus.analysis.measure.Drilldown} is the filter (in the CLI's and the API's parameter names) that
 * lists exactly the posts behind a figure. The analysis services (cohorts, calls, coverage) compute every figure by
 * running the query of its drill-down, so the two cannot drift apart.
 */
package dev.chorus.analysis.measure;
