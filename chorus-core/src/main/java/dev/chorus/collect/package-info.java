/**
 * Collectors: keep a workspace current from platforms' public APIs and feeds. A {@link dev.chorus.collect.Collector}
 * pulls pages with {@link dev.chorus.collect.Http} (the JDK's {@code java.net.http}: retries with bounded jittered
 * back-off on 5xx and broken bodies, honours {@code Retry-After} and rate-limit headers, records every request), hands
 * the raw bodies to a {@link dev.chorus.collect.Harvest} and moves its cursor there. {@link
 * dev.chorus.collect.CollectService} then reads the bodies with the same {@code Source} as file ingest (in memory, the
 * collector as provenance) through the same idempotent ingest path, saves the cursor only after the commit
 * ({@link dev.chorus.collect.CursorStore}) and writes the run file ({@link dev.chorus.collect.CollectRun}).
 * {@link dev.chorus.collect.CollectorKinds} is the one registry of kinds, their options and how each pages.
 *
 * <p>Two collectors do not page over HTTP but fit the same contract: {@link dev.chorus.collect.JetstreamCollector}
 * reads a WebSocket stream for a while ({@link dev.chorus.collect.Http#openWebSocket}, the JDK's client), gathering
 * events into pages; {@link dev.chorus.collect.TelegramExportCollector} takes Telegram Desktop exports that landed,
 * complete, in a folder (an account-free route to public channels).
 *
 * <p>Collectors only read what they need to page (ids, cursors, {@code Link} headers); mapping posts stays in the
 * sources. Credentials come from the environment and are sent as headers only, never put in a URL, a record or a
 * message; account targets appear in cursors, provenance and run files as pseudonyms.
 */
package dev.chorus.collect;
