package dev.chorus.classify;

/** Precision, recall and F1 of one class, and how many gold items it has. */
public record ClassScores(double precision, double recall, double f1, int support) {}
