/**
 * Pseudonymisation of authors and mentioned accounts with a keyed HMAC-SHA256, so that diaspora activists and other
 * people at risk are not exposed by a Chorus workspace, export or log. The key lives outside the workspace
 * ({@link dev.chorus.privacy.PseudonymKey}); accounts on the workspace's public-figure list keep their handle.
 */
package dev.chorus.privacy;
