/**
 * The cohort annotator: which of the codebook's cohorts (opposition activists, diaspora pragmatists, Israeli
 * officials, Iranian state media, ...) a post's author belongs to, from the cohort's member list and its rules.
 */
package dev.chorus.annotate.cohort;
