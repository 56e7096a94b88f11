/**
 * {@code chorus report}: one self-contained HTML file with the dashboard's views as static figures (SVG written
 * here, so the file needs no script and makes no request), the coverage, the method (codebook, annotators, models)
 * and the provenance (version, time of run, SHA-256 of the index files). Figures come from the same core services as
 * the API. The method part, anchored, is also written as a page of its own, which {@code chorus serve} answers at
 * {@code /api/method.html} for the dashboard's help to link to.
 */
package dev.chorus.report;
