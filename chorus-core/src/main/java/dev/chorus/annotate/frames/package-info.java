/**
 * Frames (multi-label): one calibrated one-vs-rest {@link dev.chorus.classify.TextClassifier} per frame of the
 * codebook, each with its own assignment threshold chosen by cross-validation to maximise the frame's F1 (never below
 * 0.5: under one half a calibrated probability says the frame is more likely absent, and assigning it would be a
 * guess). Readers of labelled frame files (CSV {@code text,frames[,lang]}, FIGNEWS-2024), training into
 * {@code WORKSPACE/models/frames/} with a model card per frame ({@link dev.chorus.annotate.frames.FrameTraining}),
 * the FIGNEWS evaluation (bias and propaganda label sets), its development protocol (folds of whole annotation
 * batches, the setting chosen by nested tuning over {@link dev.chorus.annotate.frames.FrameCandidate#grid} with the
 * stance protocol's one-standard-error rule: {@link dev.chorus.annotate.frames.FignewsDevProtocol}) and the
 * {@code frames} annotator.
 */
package dev.chorus.annotate.frames;
