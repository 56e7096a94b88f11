package dev.chorus.store.lucene;

import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.dimension.PostDimensions;
import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import dev.chorus.post.Provenance;
import dev.chorus.store.StanceShares;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * Maps a post to its Lucene document and back. The post body (without provenance) is stored as JSON; its 64-bit hash
 * tells a true duplicate from a changed copy without reading the stored post. Public (field names, values, body) so
 * that a cluster store (OpenSearch) indexes exactly the same fields and values: one definition of a post's fields.
 */
public final class PostDocuments {
  public static final String ID = "id";
  public static final String BODY = "body";
  public static final String PROVENANCE = "prov";
  public static final String VERSION = "version";
  public static final String HASH = "hash";
  /** Doc value: 1 for a referenced copy, absent (0) for a collected one; the first key of the version rule. */
  public static final String REFERENCED = "referenced";
  public static final String CREATED = "created";
  public static final String TEXT = "text";
  public static final String TITLE = "title";
  public static final String TEXT_PREFIX = "text_";
  public static final String PLATFORM = "platform";
  public static final String KIND = "kind";
  public static final String LANG = "lang";
  public static final String AUTHOR = "author";
  public static final String HASHTAG = "hashtag";
  public static final String DOMAIN = "domain";
  public static final String DAY = "day";
  public static final String STANCE = "stance";
  public static final String FRAME = "frame";
  public static final String ACTOR = "actor";
  public static final String COHORT = "cohort";
  public static final String CALL = "call";
  public static final String ADDRESSEE = "addressee";
  /** The source format id of the provenance (e.g. {@code telegram-export}). */
  public static final String SOURCE = "source";
  public static final String SYNTHETIC = "synthetic";
  /**
   * The calibrated stance probabilities ({@link StanceShares}): one double field per target and class,
   * {@code stance_p.<target>.<class>}, on the posts whose stance label has them (doc values here, numeric fields in
   * the cluster store), summed to estimate stance shares.
   */
  public static final String STANCE_PROBABILITY = "stance_p";
  /** Fields indexed as keywords (whole values, no analysis): the store's own and every dimension's. */
  public static final List<String> KEYWORD_FIELDS = Stream.concat(Stream.of(ID, DAY, SYNTHETIC),
      Dimensions.all().stream().map(Dimension::id)).toList();
  /** Multi-valued facet dimensions: those the registry declares so, and nothing else. */
  public static final List<String> MULTI_VALUED = Dimensions.all().stream().filter(Dimension::multiValued)
      .map(Dimension::id).toList();
  public static final List<String> ANALYSED_LANGUAGES = List.of("en", "fa", "ar", "he");
  public static final String NO_LANGUAGE = PostDimensions.NO_LANGUAGE;
  /** The text field of each analysed language ({@code fa} → {@code text_fa}), spelled once. */
  private static final java.util.Map<String, String> LANGUAGE_FIELDS = ANALYSED_LANGUAGES.stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(lang -> lang, lang -> TEXT_PREFIX + lang));

  private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
  /**
   * The days last formatted, by epoch day modulo the length: posts come a few days or months at a time, and the
   * formatter costs more than the rest of a post's day and synthetic fields together.
   */
  private static final Day[] DAYS = new Day[512];
  private static final char ESCAPE_CHAR = '\u001E';

  private final PostJson json = new PostJson();
  private final FacetsConfig facets;

  public PostDocuments() {
    facets = new FacetsConfig();
    MULTI_VALUED.forEach(dim -> facets.setMultiValued(dim, true));
    // Facets are counted from doc values and filters use each dimension's own terms: the drill-down terms Lucene
    // would index besides (two a label, in one shared field) are never read, and are a good share of the indexing.
    Stream.concat(Stream.of(DAY, SYNTHETIC), Dimensions.all().stream().map(Dimension::id))
        .forEach(dim -> facets.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE));
  }

  FacetsConfig facetsConfig() {
    return facets;
  }

  /** The stored form of a post body, used both for storage and for its hash. */
  public byte[] body(Post post) {
    return json.writeBytesWithoutProvenance(post);
  }

  Document toDocument(Post post, byte[] body) throws IOException {
    return toDocument(post, body, hash(body));
  }

  /** {@code hash}: {@link #hash} of {@code body}, when the caller has it already. */
  Document toDocument(Post post, byte[] body, long hash) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, post.id(), Field.Store.NO));
    doc.add(new StoredField(BODY, new BytesRef(body)));
    if (post.provenance() != null) {
      doc.add(new StoredField(PROVENANCE, json.writeProvenance(post.provenance())));
    }
    doc.add(new NumericDocValuesField(VERSION, post.version().toEpochMilli()));
    doc.add(new NumericDocValuesField(HASH, hash));
    if (post.referenced()) {
      doc.add(new NumericDocValuesField(REFERENCED, 1));
    }
    long created = post.createdAt().toEpochMilli();
    doc.add(new LongPoint(CREATED, created));
    doc.add(new NumericDocValuesField(CREATED, created));
    doc.add(new TextField(TEXT, post.text(), Field.Store.NO));
    if (post.title() != null) {
      doc.add(new TextField(TITLE, post.title(), Field.Store.NO));
    }
    String languageField = languageField(post);
    if (languageField != null) {
      doc.add(new TextField(languageField, post.titleAndText(), Field.Store.NO));
    }
    FacetLabels facetLabels = new FacetLabels();
    keyword(doc, facetLabels, DAY, day(post));
    keyword(doc, facetLabels, SYNTHETIC, Boolean.toString(post.synthetic()));
    for (Dimension d : Dimensions.all()) {
      addDimension(doc, facetLabels, d, post);
    }
    ShareDocValues.add(doc, post);
    StanceDocValues.add(doc, post);
    return facetLabels.before(doc);
  }

  /** A store-internal keyword (day, synthetic): filter term and facet. */
  private static void keyword(Document doc, FacetLabels facetLabels, String field, String value) {
    doc.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.NO));
    facetLabels.add(field, value);
  }

  /**
   * Every value of a dimension as a filter term (the dimension's term rule) and a facet label (as shown). Per-target
   * values ({@code target:against}) are also indexed bare, filter only, so that {@code --stance against} finds posts
   * against any target.
   */
  private static void addDimension(Document doc, FacetLabels facetLabels, Dimension d, Post post) {
    List<String> labels = labels(d, post);
    if (labels.isEmpty()) {
      return; // most annotator dimensions of most posts
    }
    forEachTerm(d, labels, term -> doc.add(new StringField(d.id(), term, Field.Store.NO)));
    if (!d.multiValued() && labels.size() > 1) {
      throw new IllegalArgumentException("dimension \"" + d.id() + "\" is not multiValued, but it appears more "
          + "than once in this document");
    }
    for (String label : labels) {
      facetLabels.add(d.id(), label);
    }
  }

  /**
   * A post's facet labels as the doc values Lucene's {@code FacetsConfig.build} makes of them (one sorted-set value
   * {@code dim + U+001F + label} each, in the field {@link FacetsConfig#DEFAULT_INDEX_FIELD_NAME}, placed before the
   * post's other fields), written directly: {@code build} would encode each path twice and copy the document. The
   * {@code PostDocumentsTest} holds this to what {@code build} gives.
   */
  private static final class FacetLabels {
    private final List<SortedSetDocValuesField> fields = new java.util.ArrayList<>();

    void add(String dim, String label) {
      fields.add(new SortedSetDocValuesField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, facetPath(dim, label)));
    }

    Document before(Document rest) {
      Document doc = new Document();
      fields.forEach(doc::add);
      rest.forEach(doc::add);
      return doc;
    }
  }

  /**
   * {@code FacetsConfig.pathToString(dim, label)} as UTF-8, encoded straight from the two strings when neither holds a
   * character that path escapes (the delimiter U+001F, the escape U+001E): every label of every post in practice,
   * and a dimension id always (ASCII letters, digits and '_'). {@code PostDocumentsTest} holds it to Lucene's.
   */
  static BytesRef facetPath(String dim, String label) {
    if (label.isEmpty() || !plain(dim) || label.indexOf(FacetsConfig.DELIM_CHAR) >= 0
        || label.indexOf(ESCAPE_CHAR) >= 0) {
      return new BytesRef(FacetsConfig.pathToString(dim, label));
    }
    int prefix = dim.length() + 1;
    byte[] bytes = new byte[prefix + UnicodeUtil.maxUTF8Length(label.length())];
    for (int i = 0; i < dim.length(); i++) {
      bytes[i] = (byte) dim.charAt(i);
    }
    bytes[dim.length()] = (byte) FacetsConfig.DELIM_CHAR;
    int end = UnicodeUtil.UTF16toUTF8(label, 0, label.length(), bytes, prefix);
    return new BytesRef(bytes, 0, end);
  }

  /** ASCII without the path's delimiter and escape: one byte a character, as it is. */
  private static boolean plain(String dim) {
    if (dim.isEmpty()) {
      return false;
    }
    for (int i = 0; i < dim.length(); i++) {
      char c = dim.charAt(i);
      if (c >= 0x80 || c == FacetsConfig.DELIM_CHAR || c == ESCAPE_CHAR) {
        return false;
      }
    }
    return true;
  }

  /** The facet labels of a post in one dimension: its distinct non-empty values, as shown. */
  public static List<String> labels(Dimension d, Post post) {
    List<String> values = d.values(post);
    if (values.size() <= 1) { // most dimensions of most posts: no set needed to drop repeats
      String value = values.isEmpty() ? null : values.get(0);
      return value == null || value.isEmpty() ? List.of() : List.of(value);
    }
    List<String> out = new java.util.ArrayList<>();
    // a few values: repeats looked up in the list itself, no set made (the first kept, as the set keeps it)
    boolean few = values.size() <= 8;
    for (String value : few ? values : new LinkedHashSet<>(values)) {
      if (value != null && !value.isEmpty() && (!few || !out.contains(value))) {
        out.add(value);
      }
    }
    return out;
  }

  /**
   * The filter terms of a post in one dimension: each label by the dimension's term rule, and for per-target values
   * ({@code target:against}) also the bare value ({@code against}).
   */
  public static List<String> terms(Dimension d, Post post) {
    return terms(d, labels(d, post));
  }

  private static List<String> terms(Dimension d, List<String> labels) {
    List<String> out = new java.util.ArrayList<>();
    forEachTerm(d, labels, out::add);
    return out;
  }

  /** The terms of {@link #terms}, handed over one by one (the document takes them without a list made). */
  private static void forEachTerm(Dimension d, List<String> labels, Consumer<String> terms) {
    for (String value : labels) {
      terms.accept(d.term(value));
      int colon = d.perTarget() ? value.lastIndexOf(':') : -1;
      if (colon >= 0) {
        terms.accept(d.term(value.substring(colon + 1)));
      }
    }
  }

  /** A post's calibrated stance probabilities by field ({@link #STANCE_PROBABILITY}), in field order. */
  public static java.util.Map<String, Double> stanceProbabilities(Post post) {
    java.util.Map<String, Double> out = new java.util.TreeMap<>();
    StanceShares.of(post).forEach((target, byClass) -> byClass.forEach((cls, p) ->
        out.put(stanceProbabilityField(target, cls), p)));
    return out;
  }

  public static String stanceProbabilityField(String target, String cls) {
    return STANCE_PROBABILITY + "." + target + "." + cls;
  }

  /**
   * The target and class of a {@link #STANCE_PROBABILITY} field ({@code [target, class]}), or null for another field.
   * A class name holds no dot, so the target is everything before the last one.
   */
  public static String[] stanceTargetAndClass(String field) {
    if (!field.startsWith(STANCE_PROBABILITY + ".")) {
      return null;
    }
    String rest = field.substring(STANCE_PROBABILITY.length() + 1);
    int dot = rest.lastIndexOf('.');
    return dot <= 0 || dot == rest.length() - 1 ? null
        : new String[] {rest.substring(0, dot), rest.substring(dot + 1)};
  }

  /** The UTC day of a post's creation (yyyy-MM-dd): the {@link #DAY} keyword and facet. */
  public static String day(Post post) {
    Instant created = post.createdAt();
    long epochDay = Math.floorDiv(created.getEpochSecond(), 86_400);
    int slot = (int) (epochDay & (DAYS.length - 1));
    Day known = DAYS[slot];
    if (known == null || known.epochDay != epochDay) {
      known = new Day(epochDay, DAY_FORMAT.format(created));
      DAYS[slot] = known;
    }
    return known.text;
  }

  /**
   * A formatted day and its epoch day: immutable, so that lanes sharing {@link #DAYS} without a lock read either a
   * whole entry or none.
   */
  private record Day(long epochDay, String text) {}

  /** The language-specific text field of a post ({@code text_fa}), or null when its language has none. */
  public static String languageField(Post post) {
    return LANGUAGE_FIELDS.get(effectiveLanguage(post));
  }

  public Post toPost(byte[] body, String provenance) {
    Post p = json.read(body);
    if (provenance == null) {
      return p;
    }
    Provenance prov = json.readProvenance(provenance);
    return p.toBuilder().provenance(prov).build();
  }

  public static String effectiveLanguage(Post post) {
    return PostDimensions.effectiveLanguage(post);
  }

  /** 64-bit FNV-1a: stable across JVMs and runs, unlike {@code hashCode} of records holding enums. */
  public static long hash(byte[] bytes) {
    long h = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
