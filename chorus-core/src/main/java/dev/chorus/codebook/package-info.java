/**
 * The codebook: a versioned YAML file in the workspace naming the debate's targets, stance definitions, frames,
 * actors with multilingual aliases, cohorts and dated events. Annotators and analyses read it; every label records
 * the codebook version it was made with.
 */
package dev.chorus.codebook;
