package dev.chorus.dimension;

import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.post.PostRole;
import dev.chorus.text.TextFolding;
import dev.chorus.text.UrlNormalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dimensions a post has from its source, before any annotator: platform, kind, role, language, author, hashtag,
 * linked domain and source format. Annotators declare theirs in their factories.
 */
public final class PostDimensions {
  /** The annotation key of the language annotator, whose label overrides the platform's language. */
  public static final AnnotationKey DETECTED_LANGUAGE = AnnotationKey.of("lang");
  /** The language of posts whose language is not known. */
  public static final String NO_LANGUAGE = "und";

  private static final Set<String> PLATFORMS = ids(Platform.values());
  private static final Set<String> KINDS = ids(PostKind.values());
  private static final Set<String> ROLES = ids(PostRole.values());

  public static final Dimension PLATFORM = Dimension.builder("platform", "Platform").order(10)
      .description("Platform id(s): " + String.join(", ", PLATFORMS) + ".").placeholder("x, telegram")
      .knownValues(PLATFORMS).from(p -> List.of(p.platform().id()));
  public static final Dimension LANG = Dimension.builder("lang", "Language").order(20)
      .description("Language code(s), e.g. en, fa, ar, he.").placeholder("en, fa, ar, he")
      .term(PostDimensions::languageKey).from(p -> List.of(effectiveLanguage(p)));
  public static final Dimension KIND = Dimension.builder("kind", "Kind").order(30)
      .description("Kind(s): " + String.join(", ", KINDS) + ".").placeholder("post, repost").knownValues(KINDS)
      .from(p -> List.of(p.kind().id()));
  /**
   * Collected (listed by the file as a result) or referenced (context shipped along): the one place where "analyses
   * count collected posts unless asked" is decided, as this dimension's default filter; {@code role=any} (or {@code
   * all}) lifts it.
   */
  public static final Dimension ROLE = Dimension.builder("role", "Role").order(40)
      .description("Role(s): collected (a result of the file), referenced (context: included, reposted or quoted "
          + "originals), or any. Default: collected.")
      .placeholder("collected").knownValues(ROLES).defaultValues(Set.of(PostRole.COLLECTED.id()))
      .input(t -> "all".equals(t) ? Dimension.ANY : t)
      .from(p -> List.of(p.role().id()));
  public static final Dimension HASHTAG = Dimension.builder("hashtag", "Hashtag").order(60)
      .description("Only posts with this hashtag ('#' optional).").filter(Dimension.Filter.SINGLE).multiValued()
      .input(PostDimensions::withoutHash).term(PostDimensions::hashtagTerm)
      .from(p -> hashtags(p.hashtags()));
  public static final Dimension AUTHOR = Dimension.builder("author", "Author").order(70)
      .description("Only posts by this pseudonymised author id (u_...).").filter(Dimension.Filter.SINGLE)
      .placeholder("u_…").notSplittable().term(a -> a).from(p -> List.of(p.author().id()));
  public static final Dimension DOMAIN = Dimension.builder("domain", "Linked domain").order(200)
      .description("Domains of the links in a post.").filter(Dimension.Filter.NONE).multiValued()
      .from(p -> domains(p.urls()));
  public static final Dimension SOURCE = Dimension.builder("source", "Source format").order(210)
      .description("The input format a post was read from (e.g. telegram-export).").filter(Dimension.Filter.NONE)
      .from(p -> p.provenance() == null ? List.of() : List.of(p.provenance().format()));

  /** In the order of their declaration. */
  public static final List<Dimension> ALL = List.of(PLATFORM, LANG, KIND, ROLE, HASHTAG, AUTHOR, DOMAIN, SOURCE);

  private PostDimensions() {}

  /**
   * The language the text is analysed and counted in: the analysis chain's label when it determined one, else the
   * platform's.
   */
  public static String effectiveLanguage(Post post) {
    Label detected = post.annotations().first(DETECTED_LANGUAGE.toString());
    if (detected != null && !Label.UNDETERMINED.equals(detected.value())) {
      return languageKey(detected.value());
    }
    return languageKey(post.lang());
  }

  /**
   * A hashtag as indexed and looked up: without '#', folded like all matched text ({@code TextFolding}), so that
   * {@code #نه_به_مذاكره} typed with an Arabic keyboard finds {@code #نه_به_مذاکره}; shown as written.
   */
  static String hashtagTerm(String tag) {
    return TextFolding.forMatching(withoutHash(tag));
  }

  /** A hashtag without its leading '#' (a plain test: this runs for every hashtag of every post stored). */
  private static String withoutHash(String tag) {
    return tag.startsWith("#") ? tag.substring(1) : tag;
  }

  /** Platform languages reduced to their primary subtag, lower case; "und" when none. */
  public static String languageKey(String lang) {
    if (lang == null || lang.isBlank()) {
      return NO_LANGUAGE;
    }
    String key = lang.trim().toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < key.length() && key.charAt(cut) != '-' && key.charAt(cut) != '_') {
      cut++;
    }
    // the part before the first '-' or '_', as split("[-_]")[0] gives it without compiling a pattern a call (this
    // runs several times for every post stored); a leading separator takes split's own way
    String primary = cut == key.length() ? key : cut > 0 ? key.substring(0, cut) : key.split("[-_]")[0];
    return "iw".equals(primary) ? "he" : primary;
  }

  /** The hashtags lower-cased, each once, in order (a loop, no stream: this runs for every post stored). */
  private static List<String> hashtags(List<String> tags) {
    if (tags.size() <= 1) {
      return tags.isEmpty() ? List.of() : List.of(tags.get(0).toLowerCase(Locale.ROOT));
    }
    Set<String> out = new LinkedHashSet<>();
    for (String t : tags) {
      out.add(t.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }

  private static List<String> domains(List<String> urls) {
    Set<String> out = new LinkedHashSet<>();
    for (String u : urls) {
      String d = UrlNormalizer.domain(u);
      if (d != null) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  private static Set<String> ids(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
