/**
 * Saved views: named filter sets kept in the workspace ({@code WORKSPACE/views.yaml}, {@link
 * dev.chorus.views.SavedViews}), each checked by the one filter parser ({@link dev.chorus.store.PostQueryParser}) when
 * it is read and when it is saved. The {@code view} filter ({@link dev.chorus.views.ViewFilter}) expands a view's
 * name into its filter values for the CLI ({@code --view NAME}), the API ({@code view=NAME}) and the alert rules
 * alike, explicit filters replacing the saved ones of the same name; {@link dev.chorus.views.ViewListing} lists the
 * views with the number of posts each matches now.
 */
package dev.chorus.views;
