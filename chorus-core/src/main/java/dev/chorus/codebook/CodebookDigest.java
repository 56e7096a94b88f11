package dev.chorus.codebook;

import dev.chorus.hash.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical content hash of a codebook. Every string is written with its length, so no two different codebooks
 * encode to the same bytes; map entries are sorted by key, so the order of keys in the file does not matter, while
 * list order (of aliases, examples, frames) is kept, as it is part of what the author wrote.
 */
final class CodebookDigest {
  private final MessageDigest digest;

  private CodebookDigest() {
    digest = Sha256.newDigest();
  }

  static String sha256(Codebook c) {
    CodebookDigest d = new CodebookDigest();
    d.text(c.version()).text(c.debate());
    d.count(c.targets().size());
    c.targets().forEach(t -> d.text(t.id()).text(t.name()).names(t.names()).text(t.description())
        .map(t.stances()));
    d.count(c.frames().size());
    c.frames().forEach(f -> d.text(f.id()).text(f.name()).names(f.names()).text(f.definition()).text(f.camp())
        .lists(f.examples()));
    d.count(c.actors().size());
    c.actors().forEach(a -> d.text(a.id()).text(a.name()).names(a.names()).text(a.type()).lists(a.aliases()));
    d.count(c.cohorts().size());
    c.cohorts().forEach(k -> d.text(k.id()).text(k.name()).names(k.names()).text(k.description()).list(k.members())
        .list(k.rules()));
    d.count(c.events().size());
    c.events().forEach(e -> d.text(e.id()).text(String.valueOf(e.date())).text(e.title()).text(e.description()));
    return Sha256.hex(d.digest);
  }

  private CodebookDigest count(int n) {
    digest.update(Integer.toString(n).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ';');
    return this;
  }

  private CodebookDigest text(String s) {
    if (s == null) {
      digest.update((byte) '~'); // null differs from ""
      return this;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    count(bytes.length);
    digest.update(bytes);
    return this;
  }

  /**
   * Names by language, written only when there are some, so that the hash of a codebook without them is what it
   * was before they existed; the marker keeps it unambiguous (a text starts with a digit or '~', never with '@').
   */
  private CodebookDigest names(Map<String, String> names) {
    if (!names.isEmpty()) {
      digest.update((byte) '@');
      map(names);
    }
    return this;
  }

  private CodebookDigest list(List<String> values) {
    count(values.size());
    values.forEach(this::text);
    return this;
  }

  private CodebookDigest map(Map<String, String> values) {
    count(values.size());
    new TreeMap<>(values).forEach((k, v) -> text(k).text(v));
    return this;
  }

  private CodebookDigest lists(Map<String, List<String>> values) {
    count(values.size());
    new TreeMap<>(values).forEach((k, v) -> text(k).list(v));
    return this;
  }
}
