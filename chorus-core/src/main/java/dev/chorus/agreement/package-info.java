/**
 * Agreement between coders, and between coders and a model: Cohen's kappa for two coders and Krippendorff's alpha
 * (nominal) for any number of coders with missing codes. Used by {@code chorus label --import} to say how far human
 * codes, and the model, can be trusted.
 */
package dev.chorus.agreement;
