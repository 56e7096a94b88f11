/**
 * The HTTP API and the dashboard ({@code chorus serve}). The API renders results of core services only
 * ({@link dev.chorus.store.PostStore}, {@link dev.chorus.analysis.trends.TrendsService}, {@link dev.chorus.analysis.camps.CampsService},
 * {@link dev.chorus.analysis.calls.CallsService}, {@link dev.chorus.analysis.coordination.CoordinationService},
 * {@link dev.chorus.analysis.coverage.CoverageService}), like the CLI, with the CLI's filter names as query parameters (both read
 * by {@link dev.chorus.store.PostQueryParser}). Routes are declared once in a table
 * ({@link dev.chorus.server.ApiRoutes}) from which the server registers them and the OpenAPI document is written;
 * adding a route is one entry there plus the service call it renders.
 *
 * <p>Security: loopback binding needs no login; any other binding needs an access token on every request
 * ({@link dev.chorus.server.AccessPolicy}). Every response carries a strict Content-Security-Policy (no inline script
 * or style, nothing from other hosts) and the dashboard puts post text into the page with {@code textContent} only.
 * Errors are JSON {@code {"error": ..., "parameter": ...}}, mapped in one place ({@link dev.chorus.server.ApiErrors}).
 */
package dev.chorus.server;
