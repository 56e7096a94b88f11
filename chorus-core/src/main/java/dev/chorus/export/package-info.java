/**
 * Posts written out for other tools: the CSV form shared by {@code chorus export} and the HTTP API's export, with
 * cells a spreadsheet would run as formulas defused.
 */
package dev.chorus.export;
