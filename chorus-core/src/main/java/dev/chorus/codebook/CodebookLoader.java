package dev.chorus.codebook;

import dev.chorus.hash.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads codebook YAML files strictly: an unknown key, a value outside its allowed set, a malformed date or a
 * duplicate id is rejected with the file, line and key path (e.g. {@code codebook.yaml line 42: frames[3].camp: 'pro'
 * is not one of opposes-talks, supports-talks, any}), because a typo that silently drops a frame or an alias would
 * bias every count made with the codebook. Stateless; safe to call from many threads.
 */
public final class CodebookLoader {
  /** Class-path location of the codebook shipped with Chorus. */
  public static final String DEFAULT_RESOURCE = "/codebook/default-codebook.yaml";
  /** Largest file accepted: a codebook is hand-written; anything bigger is a wrong file. */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  private CodebookLoader() {}

  /** The codebook shipped with Chorus (the debate on renewed U.S.–Iran talks). */
  public static Codebook loadDefault() {
    return readDefault().codebook();
  }

  /** The bundled codebook with its provenance. */
  public static LoadedCodebook readDefault() {
    try (InputStream in = CodebookLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled codebook " + DEFAULT_RESOURCE + " is missing from the class path");
      }
      return parse("default-codebook.yaml (bundled)", in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled codebook " + DEFAULT_RESOURCE, e);
    }
  }

  /** The codebook in {@code file}. */
  public static Codebook load(Path file) throws IOException {
    return read(file).codebook();
  }

  /** The codebook in {@code file} with its provenance. A missing file is an {@link IllegalArgumentException}. */
  public static LoadedCodebook read(Path file) throws IOException {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InvalidCodebookException(file.toString(), 0, "", "larger than " + MAX_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("codebook file not found: " + file, e);
    }
    return parse(file.toString(), bytes);
  }

  /** Reads codebook YAML from memory; {@code source} names it in error messages. */
  public static LoadedCodebook parse(String source, byte[] yaml) {
    YamlNode root = new YamlTreeReader(source).read(yaml);
    Codebook codebook = new CodebookReader(source).read(root);
    return new LoadedCodebook(codebook, source, Sha256.hex(yaml));
  }
}
