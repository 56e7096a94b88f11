/**
 * Pseudonymisation of every account identifier with a keyed HMAC-SHA256, so that diaspora activists and other people
 * at risk are not exposed by a Chorus workspace, export or log. The key lives outside the workspace
 * ({@link dev.chorus.privacy.PseudonymKey}); accounts on the workspace's public-figure list keep their handle.
 *
 * <p>One step on the ingest path, {@link dev.chorus.privacy.Pseudonymizer#apply}, treats every mapped post alike:
 * author, mentions and {@code @handles} in text, and, by the per-platform {@link dev.chorus.privacy.IdentifierRules}
 * ({@link dev.chorus.privacy.PostIdentifiers}), the accounts inside post ids, references, permalinks, links and media.
 * {@link dev.chorus.privacy.RawRecordScrubber} does the same for excerpts of rejected records. The way back is the
 * encrypted {@link dev.chorus.privacy.RevealLedger}, opened only with the key ({@code chorus reveal}).
 *
 * <p>Every post passes here, so the rules are cheap where they cannot apply: links are read and found in text by scans
 * ({@code LinkParts}, {@code LinksInText}) and a platform's regexes run only on links and texts a cheap check finds
 * they could match (each scan and check property-tested against its regex); a thread's recent pseudonyms are answered
 * from a cache ({@code PseudonymHasher}), and what the ledger has written is kept in a compact {@code PseudonymSet},
 * since it grows with the accounts of the corpus.
 */
package dev.chorus.privacy;
