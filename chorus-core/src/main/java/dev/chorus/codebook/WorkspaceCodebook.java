package dev.chorus.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The codebook of a workspace: {@code WORKSPACE/codebook.yaml}, created from the bundled default on first use so
 * that analysts edit their own copy (comments included) and every later run reads that copy.
 */
public final class WorkspaceCodebook {
  public static final String FILE_NAME = "codebook.yaml";

  private WorkspaceCodebook() {}

  /** Path of the workspace's codebook file (which may not exist yet). */
  public static Path file(Path workspace) {
    return workspace.resolve(FILE_NAME);
  }

  /** The workspace's codebook, after copying the default there if the workspace has none. */
  public static LoadedCodebook load(Path workspace) throws IOException {
    Path file = file(workspace);
    if (!Files.exists(file)) {
      createFromDefault(file);
    }
    return CodebookLoader.read(file);
  }

  /**
   * Writes the bundled codebook's exact bytes (with their comments) to {@code file} through a temporary file and a
   * move, so a concurrent first run never reads half a file; a file that appeared meanwhile is left as it is.
   */
  private static void createFromDefault(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".codebook", ".tmp");
    try (InputStream in = CodebookLoader.class.getResourceAsStream(CodebookLoader.DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled codebook is missing from the class path");
      }
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      try {
        Files.move(tmp, file); // without REPLACE_EXISTING: never overwrite an analyst's edits
      } catch (FileAlreadyExistsException e) {
        // another run created it first: keep theirs
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
