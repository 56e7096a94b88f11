/**
 * The workspace: one folder holding a project's settings ({@code workspace.yaml}, which names its store's URL and its time zone),
 * index, rejects files and public-figure list, chosen by {@code --workspace}, else {@code CHORUS_WORKSPACE}, else
 * {@code ./chorus-data}. {@link dev.chorus.workspace.Workspace} opens the services that work on it.
 */
package dev.chorus.workspace;
