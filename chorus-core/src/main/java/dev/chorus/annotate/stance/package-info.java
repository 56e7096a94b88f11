/**
 * Stance toward the debate's targets (favor / against / none): readers of labelled stance files (SemEval-2016 Task 6,
 * Mawqif, generic CSV), one calibrated {@link dev.chorus.classify.TextClassifier} per target trained into the
 * workspace with its model card ({@link dev.chorus.annotate.stance.StanceTraining}, the measured default settings
 * declared there), train/test and cross-validated evaluation with the official metrics, the development protocol
 * that estimates what the models score on later posts ({@link dev.chorus.annotate.stance.StanceDevProtocol}: blocked
 * by position within each target, settings chosen by nested {@link dev.chorus.annotate.stance.StanceTuning} over
 * {@link dev.chorus.annotate.stance.StanceCandidate}s), the learning curve of labels per target, and the
 * {@code stance} annotator, which says "uncertain" below its confidence threshold.
 */
package dev.chorus.annotate.stance;
