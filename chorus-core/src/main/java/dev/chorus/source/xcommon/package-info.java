/**
 * Conventions shared by the X/Twitter sources ({@code x-api-v2}, {@code x-archive}, {@code zeeschuimer}): reading the
 * v1.1-style {@code entities} object that both the account archive and the web client's GraphQL ({@code legacy})
 * use, mapping edit chains to one post, X's language codes and permalinks.
 *
 * <p>Follows X's public documentation: the v1.1 "Tweet object" and "Entities" data dictionary, "Edit Tweets"
 * fundamentals (every edit is a new Tweet id; the chain is listed oldest first) and "Twitter IDs" (Snowflake ids carry
 * their creation time in milliseconds since 2010-11-04T01:42:54.657Z in the bits above bit 22).
 */
package dev.chorus.source.xcommon;
