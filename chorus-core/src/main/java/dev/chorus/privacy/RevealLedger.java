package dev.chorus.privacy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The way back from a pseudonym to the identifier it replaced, for whoever holds the key. A keyed hash is one-way, so
 * every pseudonym made while ingesting is recorded here: one line per pseudonym, the pseudonym in clear (it is in the
 * index anyway) and its platform, kind and identifier encrypted ({@link LedgerCipher}). Without the key the file names
 * nobody.
 *
 * <p>Crash-safe and idempotent: pseudonyms are collected in memory and appended by {@link #flush()} (the ingest calls
 * it before each store commit, so every committed pseudonym can be revealed) in one write forced to disk; a line cut by
 * a crash is cut off before the next append, and pseudonyms already in the file are not written again. What the file
 * holds is known in memory exactly, in a compact {@link PseudonymSet}.
 */
public final class RevealLedger {
  /** The ledger's place in a workspace. */
  public static final String FILE = "reveal/pseudonyms.tsv";
  private static final String HEADER = "# chorus pseudonym ledger v1: pseudonym TAB base64(nonce, AES-256-GCM of "
      + "platform TAB kind TAB identifier); key derived from the pseudonym key\n";

  /** What a pseudonym stands for. */
  public record Entry(String pseudonym, String platform, String kind, String identifier) {}

  private final Path file;
  private final LedgerCipher cipher;
  private final Map<String, String> pending = new ConcurrentHashMap<>();
  /** Every pseudonym the file holds (once loaded), ~16 bytes each: this grows with the accounts of the corpus. */
  private final PseudonymSet written = new PseudonymSet();
  private boolean loaded;

  public RevealLedger(Path file, PseudonymKey key) {
    this.file = file;
    this.cipher = new LedgerCipher(key);
  }

  public Path file() {
    return file;
  }

  /** Notes what {@code pseudonym} stands for (kept in memory until {@link #flush()}). */
  void record(String pseudonym, String platform, String kind, String identifier) {
    // most pseudonyms noted are noted already: the line is built only for one that is new
    if (!written.contains(pseudonym) && !pending.containsKey(pseudonym)) {
      pending.putIfAbsent(pseudonym, platform + "\t" + kind + "\t" + identifier);
    }
  }

  /** Appends the pseudonyms noted since the last flush that the file does not hold yet, and forces them to disk. */
  public synchronized void flush() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    if (!loaded) {
      forEachLine((p, s) -> written.add(p));
      loaded = true;
    }
    StringBuilder out = new StringBuilder();
    for (String pseudonym : List.copyOf(pending.keySet())) {
      String plain = pending.remove(pseudonym);
      if (written.add(pseudonym)) {
        out.append(pseudonym).append('\t').append(cipher.seal(pseudonym, plain)).append('\n');
      }
    }
    if (out.length() > 0) {
      append(out.toString());
    }
  }

  private void append(String lines) throws IOException {
    Files.createDirectories(file.getParent());
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.READ)) {
      long size = ch.size();
      long end = completeLength(ch, size);
      String text = end == 0 ? HEADER + lines : lines;
      ch.truncate(end); // drops a line cut by a crash
      ch.position(end);
      ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
  }

  /** The length of the file up to and including its last newline. */
  private static long completeLength(FileChannel ch, long size) throws IOException {
    long pos = size;
    ByteBuffer one = ByteBuffer.allocate(1);
    while (pos > 0) {
      one.clear();
      ch.read(one, pos - 1);
      if (one.get(0) == '\n') {
        return pos;
      }
      pos--;
    }
    return 0;
  }

  /**
   * What {@code pseudonym} stands for; empty when the ledger does not hold it. Throws {@link WrongKeyException} when it
   * holds it but the key given is not the one it was written with.
   */
  public Optional<Entry> reveal(String pseudonym) throws IOException {
    List<String> sealed = new ArrayList<>();
    forEachLine((p, s) -> {
      if (p.equals(pseudonym)) {
        sealed.add(s);
      }
    });
    for (String s : sealed) {
      Optional<String> plain = cipher.open(pseudonym, s);
      if (plain.isPresent()) {
        String[] parts = plain.get().split("\t", 3);
        return Optional.of(new Entry(pseudonym, parts[0], parts[1], parts[2]));
      }
    }
    if (!sealed.isEmpty()) {
      throw new WrongKeyException(pseudonym + " is in " + file + " but does not open with this key: the pseudonyms"
          + " were made with another key");
    }
    return Optional.empty();
  }

  /**
   * {@code text} (a pseudonym, or an id or link holding pseudonyms) with every pseudonym in it replaced by what it
   * stands for; {@code entries} lists them, {@code unknown} those the ledger does not hold.
   */
  public record Revealed(String text, List<Entry> entries, List<String> unknown) {}

  public Revealed revealIn(String text) throws IOException {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[uh]_[0-9a-f]{16}").matcher(text);
    StringBuilder sb = new StringBuilder();
    List<Entry> entries = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    while (m.find()) {
      Optional<Entry> e = reveal(m.group());
      e.ifPresentOrElse(entries::add, () -> unknown.add(m.group()));
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(e.map(Entry::identifier).orElse(m.group())));
    }
    m.appendTail(sb);
    return new Revealed(sb.toString(), entries, unknown);
  }

  /** Streams the complete lines (a last line without its newline was cut by a crash and is left out). */
  private void forEachLine(java.util.function.BiConsumer<String, String> action) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    boolean complete;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      complete = completeLength(ch, ch.size()) == ch.size();
    }
    try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      while (line != null) {
        String next = in.readLine();
        int tab = line.indexOf('\t');
        if (tab > 0 && !line.startsWith("#") && (next != null || complete)) {
          action.accept(line.substring(0, tab), line.substring(tab + 1));
        }
        line = next;
      }
    }
  }

  /** The ledger holds the pseudonym but the key does not open it. */
  public static final class WrongKeyException extends IOException {
    WrongKeyException(String message) {
      super(message);
    }
  }
}
