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
 * A page of another site can neither read the server under its own name ({@link dev.chorus.server.HostCheck}: 421)
 * nor make the browser write to it ({@link dev.chorus.server.CrossSiteCheck}: 403).
 *
 * <p>Load: a request computes in a turn of {@link dev.chorus.server.QueryGate} (bounded, with a short queue; past it a
 * 503 with {@code Retry-After} at once) and within a time budget ({@link dev.chorus.store.QueryBudget}: 503 past it);
 * a query past a {@link dev.chorus.store.QueryLimit} is a 400 naming {@code q}, the limit and its allowed value.
 * {@link dev.chorus.server.ServerLimits} sets the numbers.
 */
package dev.chorus.server;
