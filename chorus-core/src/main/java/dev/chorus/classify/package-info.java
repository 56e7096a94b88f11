/**
 * Reusable text classification: text preparation ({@link dev.chorus.classify.FeatureText}, folding with {@link dev.chorus.text.TextFolding}), hashed word and character
 * n-gram features with tf-idf ({@link dev.chorus.classify.FeatureSpace}), linear models trained with liblinear (plain, or
 * NB-SVM on naive-Bayes-scaled features: {@link dev.chorus.classify.NaiveBayesRatios}) and
 * calibrated on cross-validated scores ({@link dev.chorus.classify.ClassifierTrainer},
 * {@link dev.chorus.classify.TextClassifier}), per-domain classifiers from one joint model by feature
 * augmentation ({@link dev.chorus.classify.DomainAdaptedTrainer}), stratified folds, blocked (later-part) splits
 * ({@link dev.chorus.classify.BlockedSplit}) and folds that keep groups such as batches whole
 * ({@link dev.chorus.classify.GroupedFolds}), the one-standard-error rule of the development protocols' tuning
 * ({@link dev.chorus.classify.OneStandardErrorRule}), metrics with bootstrap intervals, reliability tables with the expected
 * calibration error ({@link dev.chorus.classify.Reliability}), and the
 * {@link dev.chorus.classify.ModelCard} saved next to every model. Trained classifiers are immutable and thread-safe.
 */
package dev.chorus.classify;
