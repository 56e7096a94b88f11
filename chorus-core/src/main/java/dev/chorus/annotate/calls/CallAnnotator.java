package dev.chorus.annotate.calls;

import dev.chorus.annotate.actors.ActorsAnnotator;
import dev.chorus.annotate.normalize.NormalizeAnnotator;
import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorInfo;
import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Annotations;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Labels posts that ask for something with {@code call} (the call types found, confidence 1.0: pattern rules) and,
 * for those, {@code addressee}: the accounts the post mentions ({@code @} + the stored handle, a pseudonym unless a
 * public figure) and the persons, institutions and organisations among its {@code actor} labels.
 *
 * <p>Design decision: the addressee of a call is approximated by everyone the post names. Telling "we urge @X to" from
 * "@Y says we urge ..." would need parsing that four languages' worth of rules cannot do reliably; the approximation
 * is stated so that figures by addressee are read as "calls naming X".
 */
public final class CallAnnotator implements Annotator {
  public static final AnnotationKey KEY = AnnotationKey.of("call");
  public static final AnnotationKey ADDRESSEE = AnnotationKey.of("addressee");
  /**
   * For each char, 0 when it is no letter, else 1 + the ordinal of its script: {@link Character.UnicodeScript#of} is
   * a binary search over ~2,000 ranges, and was a quarter of this annotator when run on every letter of every post.
   * Built from the JDK's own tables (so the same answer, char for char; lone surrogates are no letters).
   */
  private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
  private static final short[] BMP_LETTER_SCRIPTS = bmpLetterScripts();

  private final List<CallPatterns> languages;
  private final Set<String> addressableActors;
  private final AnnotatorInfo info;

  CallAnnotator(List<CallPatterns> languages, Set<String> addressableActors, String hash) {
    this.languages = List.copyOf(languages);
    this.addressableActors = Set.copyOf(addressableActors);
    // Reads the normalised text and actor labels when their producers run; works without them.
    // Addressees are the actors found; without an actors annotator (no actors in the codebook) there are none.
    this.info = new AnnotatorInfo("calls", "1", hash,
        Set.of(NormalizeAnnotator.PRODUCES), Set.of(ActorsAnnotator.KEY), Set.of(KEY, ADDRESSEE));
  }

  @Override
  public AnnotatorInfo info() {
    return info;
  }

  @Override
  public Annotations annotate(Post post, Annotations current) {
    String text = CallText.normalize(matchText(post, current));
    Set<Character.UnicodeScript> scripts = scripts(text);
    Set<String> types = new TreeSet<>(); // the labels' order: by type
    for (CallPatterns lang : languages) {
      if (scripts.contains(lang.script())) {
        lang.matchTypes(text, types);
      }
    }
    List<Label> calls = types.isEmpty() ? List.of() : labels(types); // most posts ask for nothing
    List<Label> addressees = calls.isEmpty() ? List.of() : addressees(post, current);
    return current.with(KEY, calls, stamp(), null).with(ADDRESSEE, addressees, null, null);
  }

  /** One label per type, in the set's order, as an immutable list (which Annotations.with keeps as it is). */
  private List<Label> labels(Set<String> types) {
    Label[] labels = new Label[types.size()];
    int i = 0;
    for (String type : types) {
      labels[i++] = new Label(type, 1.0, id());
    }
    return List.of(labels);
  }

  private static String matchText(Post post, Annotations current) {
    String body = current.normalizedText() != null ? current.normalizedText() : post.text();
    return post.title() == null ? body : post.title() + "\n" + body;
  }

  private List<Label> addressees(Post post, Annotations current) {
    Set<String> values = new LinkedHashSet<>();
    for (String m : post.mentions()) {
      String handle = m.startsWith("@") ? m.substring(1) : m;
      if (!handle.isBlank()) {
        values.add("@" + handle);
      }
    }
    for (Label actor : current.all(ActorsAnnotator.KEY)) {
      if (addressableActors.contains(actor.value().toLowerCase(Locale.ROOT))) {
        values.add(actor.value());
      }
    }
    List<Label> out = new ArrayList<>();
    values.forEach(v -> out.add(new Label(v, 1.0, id())));
    return out;
  }

  /** The scripts of the letters of {@code text}. */
  static Set<Character.UnicodeScript> scripts(String text) {
    Set<Character.UnicodeScript> out = EnumSet.noneOf(Character.UnicodeScript.class);
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        if (Character.isLetter(cp)) {
          out.add(Character.UnicodeScript.of(cp));
        }
      } else {
        int script = BMP_LETTER_SCRIPTS[c];
        if (script != 0) {
          out.add(SCRIPTS[script - 1]);
        }
      }
    }
    return out;
  }

  private static short[] bmpLetterScripts() {
    short[] table = new short[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isLetter(c)) {
        table[c] = (short) (Character.UnicodeScript.of(c).ordinal() + 1);
      }
    }
    return table;
  }
}
