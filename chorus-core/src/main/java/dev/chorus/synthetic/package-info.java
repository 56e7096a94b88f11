/**
 * Seeded generator of synthetic campaign posts (marked synthetic wherever they are stored or shown) for the demo,
 * benchmarks and recall tests. Writes them in a real platform format so they pass through the same source and ingest
 * code as collected data.
 */
package dev.chorus.synthetic;
