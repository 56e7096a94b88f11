/**
 * Posts per day split by one dimension (language, platform, kind, stance, frame): the series behind the stacked
 * "volume over time" charts of the dashboard and the report, computed through {@link dev.chorus.store.PostStore}.
 */
package dev.chorus.volume;
