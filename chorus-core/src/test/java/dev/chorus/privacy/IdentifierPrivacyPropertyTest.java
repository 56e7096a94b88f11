package dev.chorus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.analysis.PostView;
import dev.chorus.annotate.AnnotationChain;
import dev.chorus.export.PostCsv;
import dev.chorus.ingest.IngestListener;
import dev.chorus.ingest.IngestService;
import dev.chorus.json.JsonConfig;
import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import dev.chorus.source.GoldenFiles;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.lucene.LucenePostStore;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * For any post from any registered source, no identifier of its raw record survives into the workspace: the source
 * fixtures are taken with fresh handles, DIDs, user ids and names substituted for theirs, ingested end to end, and none
 * of the substituted identifiers may be read in the stored posts, the posts as the API shows them, the CSV export, the
 * rejects file, the run log or the reveal ledger.
 */
class IdentifierPrivacyPropertyTest {
  static final Path FIXTURES = Path.of("src/test/resources/sources");
  static final Pattern DID = Pattern.compile("did:plc:[a-z0-9]+");
  static final Pattern DIGITS = Pattern.compile("\\d{5,}");
  static final PseudonymKey KEY = PseudonymKey.of("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

  /** A fixture and the identifiers its mapped posts expose (atoms: the parts that are in the raw file). */
  record Fixture(Path file, String raw, Set<String> atoms) {
    @Override
    public String toString() {
      return FIXTURES.relativize(file) + " " + atoms.size() + " identifiers";
    }
  }

  static final List<Fixture> ALL = load();

  static List<Fixture> load() {
    List<Fixture> out = new ArrayList<>();
    SourceRegistry registry = SourceRegistry.loadDefault();
    try (Stream<Path> walk = Files.walk(FIXTURES)) {
      for (Path f : walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".golden.json")).sorted()
          .toList()) {
        GoldenFiles.CollectingSink sink = new GoldenFiles.CollectingSink();
        try {
          registry.detect(SourceInput.of(f)).read(SourceInput.of(f), sink);
        } catch (Exception e) {
          continue; // fixtures of unreadable files: nothing to protect
        }
        String raw;
        try {
          raw = Files.readString(f, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
          // fixtures in other encodings (feeds in UTF-16 or ISO-8859-1) or compressed: the identifiers are swapped in
          // the text, so these are covered through their UTF-8 counterparts (the encoded-fixtures test reads both)
          continue;
        }
        Set<String> atoms = new LinkedHashSet<>();
        for (Post p : sink.posts) {
          atomsOfId(p.author().id(), atoms);
          if (p.platform() != dev.chorus.post.Platform.NEWS) { // a feed's "handle" is its site, no account
            atomsOfHandle(p.author().handle(), atoms);
          }
          // a feed without bylines is authored by its own title, which also qualifies its entries' ids: a
          // publication's name, no account
          boolean feedTitle = p.platform() == dev.chorus.post.Platform.NEWS && p.author().displayName() != null
              && p.id().contains(p.author().displayName());
          if (p.author().displayName() != null && p.author().displayName().length() >= 4 && !feedTitle) {
            atoms.add(p.author().displayName());
          }
          p.mentions().forEach(m -> atomsOfHandle(m, atoms));
        }
        atoms.removeIf(a -> !occurs(raw, a) || a.equals("[deleted]"));
        if (!atoms.isEmpty()) {
          out.add(new Fixture(f, raw, atoms));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static void atomsOfId(String id, Set<String> atoms) {
    if (dids(id, atoms) || id.startsWith("news:")) {
      return; // a feed's byline id is made from the feed's address, which is no account
    }
    Matcher d = DIGITS.matcher(id);
    if (d.find()) {
      atoms.add(d.group());
    } else if (id.contains("@")) {
      atoms.add(id.substring(0, id.indexOf('@')));
    } else if (!id.contains(":") && !id.contains("/") && id.length() >= 4) {
      atoms.add(id);
    }
  }

  static void atomsOfHandle(String handle, Set<String> atoms) {
    if (handle == null || dids(handle, atoms)) {
      return;
    }
    String h = handle.contains("@") ? handle.substring(0, handle.indexOf('@'))
        : handle.endsWith(".bsky.social") ? handle.substring(0, handle.indexOf('.')) : handle;
    if (h.length() >= 4) {
      atoms.add(h);
    }
  }

  static boolean dids(String s, Set<String> atoms) {
    Matcher m = DID.matcher(s);
    boolean any = false;
    while (m.find()) {
      atoms.add(m.group());
      any = true;
    }
    return any;
  }

  static Pattern token(String atom) {
    String q = Pattern.quote(atom);
    return atom.chars().allMatch(Character::isDigit) ? Pattern.compile("(?<!\\d)" + q + "(?!\\d)")
        : Pattern.compile("(?<![\\p{L}\\p{N}_-])" + q + "(?![\\p{L}\\p{N}_-])");
  }

  static boolean occurs(String raw, String atom) {
    return token(atom).matcher(raw).find();
  }

  /** A fresh identifier of the same shape. */
  static String fresh(String atom, Random r) {
    if (atom.startsWith("did:plc:")) {
      return "did:plc:" + chars("abcdefghijklmnopqrstuvwxyz234567", 24, r);
    }
    if (atom.chars().allMatch(Character::isDigit)) {
      return (1 + r.nextInt(9)) + chars("0123456789", Math.max(atom.length(), 9) - 1, r); // long: found by chance never
    }
    if (atom.startsWith("t2_")) {
      return "t2_" + chars("abcdefghijklmnopqrstuvwxyz0123456789", 7, r);
    }
    if (!atom.matches("[A-Za-z0-9_.-]+")) {
      return "Zq" + chars("abcdefghijklmnopqrstuvwxyz", 6, r) + " Zq" + chars("abcdefghijklmnopqrstuvwxyz", 5, r);
    }
    return "zq" + chars("abcdefghijklmnopqrstuvwxyz0123456789_", Math.min(13, Math.max(6, atom.length() - 2)), r);
  }

  static String chars(String alphabet, int n, Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Every fixture with fresh identifiers in place of its own, ingested together; each fresh one is checked. */
  @Property(tries = 6)
  void noIdentifierOfARawRecordSurvivesIntoTheWorkspace(@ForAll long seed) throws Exception {
    Random r = new Random(seed);
    Map<String, String> fresh = new LinkedHashMap<>(); // fresh identifier -> where it stands in for what
    Map<Path, String> files = new LinkedHashMap<>();
    for (Fixture fixture : ALL) {
      String raw = fixture.raw();
      List<String> byLength = new ArrayList<>(fixture.atoms());
      byLength.sort((a, b) -> b.length() - a.length()); // a longer identifier first: it may contain a shorter one
      for (String atom : byLength) {
        String g = fresh(atom, r);
        fresh.put(g, fixture + ": in place of " + atom);
        raw = token(atom).matcher(raw).replaceAll(Matcher.quoteReplacement(g));
      }
      files.put(FIXTURES.relativize(fixture.file()), raw);
    }
    Path dir = Files.createTempDirectory("privacy-property");
    try {
      Set<String> authors = new LinkedHashSet<>();
      String out = ingestAndRead(dir, files, authors);
      String lower = out.toLowerCase(Locale.ROOT);
      RevealLedger ledger = new RevealLedger(dir.resolve(RevealLedger.FILE), KEY);
      Set<String> revealed = new LinkedHashSet<>();
      for (String a : authors) {
        revealed.add(ledger.reveal(a).orElseThrow(() -> new AssertionError(a + " cannot be revealed")).identifier());
      }
      assertThat(authors).as("posts were stored").hasSizeGreaterThan(50);
      assertThat(revealed).as("the fresh identifiers reached the posts, and the key's holder gets them back")
          .containsAnyElementsOf(fresh.keySet());
      for (Map.Entry<String, String> e : fresh.entrySet()) {
        int at = indexOf(lower, e.getKey().toLowerCase(Locale.ROOT));
        assertThat(at).as("%s (%s) found in the workspace: ...%s...", e.getKey(), e.getValue(),
            at < 0 ? "" : out.substring(Math.max(0, at - 200), Math.min(out.length(), at + 100))).isNegative();
      }
      assertThat(out).as("no DID, no absolute path of an input").doesNotContain("did:plc:")
          .doesNotContain(dir.resolve("in").toString());
    } finally {
      deleteRecursively(dir);
    }
  }

  /** Where {@code fresh} occurs in {@code text} (a number only between non-digits), or -1. */
  static int indexOf(String text, String fresh) {
    boolean digits = fresh.chars().allMatch(Character::isDigit);
    for (int at = text.indexOf(fresh); at >= 0; at = text.indexOf(fresh, at + 1)) {
      int end = at + fresh.length();
      if (!digits || ((at == 0 || !Character.isDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isDigit(text.charAt(end))))) {
        return at;
      }
    }
    return -1;
  }

  /** Ingests files and returns everything the workspace then holds that names posts, as text. */
  static String ingestAndRead(Path dir, Map<Path, String> files, Set<String> authors) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (Map.Entry<Path, String> f : files.entrySet()) {
      Path target = in.resolve(f.getKey().toString());
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
    }
    RevealLedger ledger = new RevealLedger(dir.resolve(RevealLedger.FILE), KEY);
    Pseudonymizer p = new Pseudonymizer(KEY, PublicFigures.none(), ledger);
    StringBuilder out = new StringBuilder();
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      new IngestService(SourceRegistry.loadDefault(), p, AnnotationChain.empty(), store, dir.resolve("rejects"),
          dir.resolve("runs"), Clock.systemUTC()).ingest(List.of(in), null, Map.of(), false, IngestListener.NONE);
      PostJson json = new PostJson();
      StringWriter csv = new StringWriter();
      try (PostCsv export = new PostCsv(csv)) {
        store.forEach(PostQuery.all(), post -> {
          try {
            authors.add(post.author().id());
            out.append(json.write(post)).append('\n');
            out.append(JsonConfig.mapper().writeValueAsString(PostView.of(post))).append('\n');
            export.write(post);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
      out.append(csv);
    }
    for (String folder : List.of("rejects", "runs", "reveal")) {
      Path d = dir.resolve(folder);
      if (Files.isDirectory(d)) {
        try (Stream<Path> written = Files.list(d)) {
          for (Path f : written.toList()) {
            out.append(Files.readString(f, StandardCharsets.UTF_8));
          }
        }
      }
    }
    return out.toString();
  }

  static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
