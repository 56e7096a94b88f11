/**
 * The calls-to-action annotator ({@code calls}): which posts ask for something — end the talks, no deal, sign a
 * petition, stand with the Iranian people, "we urge ... to", and, in the other direction, support the talks — in
 * English, Persian, Arabic and Hebrew, and whom they address. The patterns are data
 * ({@code patterns-<lang>.txt} next to these classes), not code; the call types they may assign and the names the page
 * shows for them are listed once, in {@code CallTypes}.
 */
package dev.chorus.annotate.calls;
