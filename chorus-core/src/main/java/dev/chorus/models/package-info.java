/**
 * The trained models of a workspace: {@link dev.chorus.models.ModelRegistry} knows where each kind lives and lists
 * every model card; {@link dev.chorus.models.ModelStore} saves and loads one kind's models with their cards. Training
 * ({@code annotate.stance.StanceTraining}, {@code annotate.frames.FrameTraining}) writes through it, the annotators
 * and the server's {@code /api/models} read through it.
 */
package dev.chorus.models;
