package dev.chorus.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Which analysis and document layout built an index, recorded in every commit ({@value #KEY} in the commit's user
 * data). An index built by an older format answers some queries differently from one built now (its terms were
 * folded by older rules), which would be a silent wrong answer: opening one is reported, and {@code chorus reindex}
 * rewrites it. Bump {@link #CURRENT} whenever the analysers or the indexed fields change meaning.
 *
 * <p>1: before 2026-12-06 (no key). 2: {@code TextFolding} in the multilingual and Hebrew fields (ئ ؤ, ׳ ״ folded),
 * dimensions from the registry. 3: the {@code role} dimension (collected or referenced; analyses count collected posts
 * by default, which an older index has no term for). 4: what coordination reads of a post as doc values
 * ({@link ShareDocValues}); an index of format 3 answers the same, reading every post whole (slowly). The calibrated
 * stance probabilities ({@link StanceDocValues}) came without a bump: an older post has none in its body either, so a
 * rewrite would add nothing (re-annotating does).
 */
final class IndexFormat {
  static final String KEY = "chorus.index.format";
  static final int CURRENT = 4;
  private static final int BEFORE_RECORDING = 1;

  private IndexFormat() {}

  /** The format of the last commit of {@code directory}; {@link #CURRENT} when there is no index yet. */
  static int of(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return CURRENT;
    }
    return of(SegmentInfos.readLatestCommit(directory).getUserData());
  }

  static int of(Map<String, String> commitData) {
    try {
      return Integer.parseInt(commitData.getOrDefault(KEY, Integer.toString(BEFORE_RECORDING)));
    } catch (NumberFormatException e) {
      return BEFORE_RECORDING;
    }
  }

  /** Why the index in {@code folder} needs rewriting, or empty when it is current (or absent). */
  static Optional<String> staleness(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Directory dir = FSDirectory.open(folder)) {
      return staleness(of(dir));
    }
  }

  static Optional<String> staleness(int format) {
    if (format >= CURRENT) {
      return Optional.empty();
    }
    if (format >= 3) {
      return Optional.of("the index was built by an older Chorus (index format " + format + ", this build writes "
          + CURRENT + "): coordination reads every post of it whole, which takes long on a large index; run "
          + "'chorus reindex' once to rewrite it");
    }
    String misses = format < 2 ? "searches for some Persian, Arabic and Hebrew spellings can miss its posts, and "
        : "";
    return Optional.of("the index was built by an older Chorus (index format " + format + ", this build writes "
        + CURRENT + "): " + misses + "counts and searches miss its posts (they have no role, collected or "
        + "referenced); run 'chorus reindex' once to rewrite it");
  }
}
