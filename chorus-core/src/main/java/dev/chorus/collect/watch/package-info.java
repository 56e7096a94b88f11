/**
 * Watching: every collector listed in the workspace's {@code sources.yaml} ({@link
 * dev.chorus.collect.watch.WatchSources}) run on its own interval until the process is asked to stop ({@link
 * dev.chorus.collect.watch.Watcher}). Each run is an ordinary {@code chorus collect} run (same cursor, same run file,
 * same idempotent store path); the watcher only decides when: the interval with a little jitter after a success, a
 * jittered exponential back-off after a failure, never before the platform's {@code Retry-After}
 * ({@link dev.chorus.collect.watch.Backoff}), and one per-host request budget shared by all sources
 * ({@link dev.chorus.collect.HostBudget}). A stop lets the run in hand store what it fetched and keep its cursor.
 */
package dev.chorus.collect.watch;
