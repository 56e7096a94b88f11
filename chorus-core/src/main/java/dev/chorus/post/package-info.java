/**
 * The canonical post: one immutable model for every platform, and the small value types it is made of.
 *
 * <p>Every {@link dev.chorus.source.Source} maps its platform's records to {@link dev.chorus.post.Post}; everything
 * downstream (pseudonymisation, store, analyses) sees only this model.
 */
package dev.chorus.post;
