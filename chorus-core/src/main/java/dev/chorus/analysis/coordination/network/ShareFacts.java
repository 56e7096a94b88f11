package dev.chorus.analysis.coordination.network;

import java.util.List;

/** What is known about the post behind a share-table row, for group statistics. */
public interface ShareFacts {
  String postId(int row);

  /** Language of the post, or null. */
  String language(int row);

  /** Stance labels as {@code target:value}. */
  List<String> stances(int row);

  List<String> frames(int row);

  /** Cohort labels of the post's author (codebook cohort ids). */
  List<String> cohorts(int row);
}
