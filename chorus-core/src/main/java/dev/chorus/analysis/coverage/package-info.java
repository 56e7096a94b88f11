/**
 * Coverage: what the workspace holds for a filter — per platform, per source format and per file, the time span, the
 * days inside it without a single post, and the posts — plus what past ingest runs rejected or found duplicated (from
 * their run logs), and why records were rejected (from the rejects files). Gaps say where a trend may be an artefact of collection rather than of the debate.
 */
package dev.chorus.analysis.coverage;
