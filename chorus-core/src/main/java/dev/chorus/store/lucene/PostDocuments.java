package dev.chorus.store.lucene;

import dev.chorus.post.Annotations;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import dev.chorus.post.Provenance;
import dev.chorus.text.UrlNormalizer;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a post to its Lucene document and back. The post body (without provenance) is stored as JSON; its 64-bit hash
 * tells a true duplicate from a changed copy without reading the stored post.
 */
final class PostDocuments {
  static final String ID = "id";
  static final String BODY = "body";
  static final String PROVENANCE = "prov";
  static final String VERSION = "version";
  static final String HASH = "hash";
  static final String CREATED = "created";
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String TEXT_PREFIX = "text_";
  static final String PLATFORM = "platform";
  static final String KIND = "kind";
  static final String LANG = "lang";
  static final String AUTHOR = "author";
  static final String HASHTAG = "hashtag";
  static final String DOMAIN = "domain";
  static final String DAY = "day";
  static final String STANCE = "stance";
  static final String FRAME = "frame";
  static final String ACTOR = "actor";
  static final String COHORT = "cohort";
  static final String CALL = "call";
  static final String ADDRESSEE = "addressee";
  /** The source format id of the provenance (e.g. {@code telegram-export}). */
  static final String SOURCE = "source";
  static final String SYNTHETIC = "synthetic";
  static final List<String> KEYWORD_FIELDS =
      List.of(ID, PLATFORM, KIND, LANG, AUTHOR, HASHTAG, DOMAIN, DAY, STANCE, FRAME, ACTOR, COHORT, CALL, ADDRESSEE,
          SOURCE, SYNTHETIC);
  /** Multi-valued facet dimensions. */
  static final List<String> MULTI_VALUED = List.of(HASHTAG, DOMAIN, STANCE, FRAME, ACTOR, COHORT, CALL, ADDRESSEE);
  static final List<String> ANALYSED_LANGUAGES = List.of("en", "fa", "ar", "he");
  static final String NO_LANGUAGE = "und";

  private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private final PostJson json = new PostJson();
  private final FacetsConfig facets;

  PostDocuments() {
    facets = new FacetsConfig();
    MULTI_VALUED.forEach(dim -> facets.setMultiValued(dim, true));
  }

  FacetsConfig facetsConfig() {
    return facets;
  }

  /** The stored form of a post body, used both for storage and for its hash. */
  byte[] body(Post post) {
    return json.writeBytes(post.toBuilder().provenance(null).build());
  }

  Document toDocument(Post post, byte[] body) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, post.id(), Field.Store.NO));
    doc.add(new StoredField(BODY, new BytesRef(body)));
    if (post.provenance() != null) {
      doc.add(new StoredField(PROVENANCE, json.writeProvenance(post.provenance())));
    }
    doc.add(new NumericDocValuesField(VERSION, post.version().toEpochMilli()));
    doc.add(new NumericDocValuesField(HASH, hash(body)));
    long created = post.createdAt().toEpochMilli();
    doc.add(new LongPoint(CREATED, created));
    doc.add(new NumericDocValuesField(CREATED, created));
    doc.add(new TextField(TEXT, post.text(), Field.Store.NO));
    if (post.title() != null) {
      doc.add(new TextField(TITLE, post.title(), Field.Store.NO));
    }
    String lang = effectiveLanguage(post);
    if (ANALYSED_LANGUAGES.contains(lang)) {
      doc.add(new TextField(TEXT_PREFIX + lang, post.titleAndText(), Field.Store.NO));
    }
    keyword(doc, PLATFORM, post.platform().id());
    keyword(doc, KIND, post.kind().id());
    keyword(doc, LANG, lang);
    keyword(doc, AUTHOR, post.author().id());
    keyword(doc, DAY, DAY_FORMAT.format(post.createdAt()));
    for (String tag : new LinkedHashSet<>(lower(post.hashtags()))) {
      keyword(doc, HASHTAG, tag);
    }
    for (String domain : domains(post.urls())) {
      keyword(doc, DOMAIN, domain);
    }
    keyword(doc, SYNTHETIC, Boolean.toString(post.synthetic()));
    if (post.provenance() != null) {
      keyword(doc, SOURCE, post.provenance().format());
    }
    addLabels(doc, post.annotations());
    return facets.build(doc);
  }

  private static void keyword(Document doc, String field, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (!ID.equals(field)) {
      // filters match regardless of case; the facet keeps the value as written
      String term = AUTHOR.equals(field) ? value : value.toLowerCase(Locale.ROOT);
      doc.add(new StringField(field, term, Field.Store.NO));
    }
    doc.add(new SortedSetDocValuesFacetField(field, value));
  }

  Post toPost(byte[] body, String provenance) {
    Post p = json.read(body);
    if (provenance == null) {
      return p;
    }
    Provenance prov = json.readProvenance(provenance);
    return p.toBuilder().provenance(prov).build();
  }

  /**
   * Stance labels are indexed as {@code target:value} (facet and filter) and as the bare value (filter only), so that
   * {@code --stance against} finds posts against any target.
   */
  private static void addLabels(Document doc, Annotations a) {
    for (Map.Entry<String, List<Label>> e : a.labels().entrySet()) {
      String key = e.getKey();
      for (Label l : e.getValue()) {
        if (key.startsWith("stance:")) {
          String target = key.substring("stance:".length());
          keyword(doc, STANCE, target + ":" + l.value());
          doc.add(new StringField(STANCE, l.value().toLowerCase(Locale.ROOT), Field.Store.NO));
        } else if (key.equals(FRAME) || key.equals(ACTOR) || key.equals(COHORT) || key.equals(CALL)
            || key.equals(ADDRESSEE)) {
          if (!Label.UNCERTAIN.equals(l.value())) {
            keyword(doc, key, l.value());
          }
        }
      }
    }
  }

  /**
   * The language the text is analysed and counted in: the analysis chain's label when it determined one, else the
   * platform's.
   */
  static String effectiveLanguage(Post post) {
    Label detected = post.annotations().first("lang");
    if (detected != null && !Label.UNDETERMINED.equals(detected.value())) {
      return languageKey(detected.value());
    }
    return languageKey(post.lang());
  }

  /** Platform languages reduced to their primary subtag, lower case; "und" when none. */
  static String languageKey(String lang) {
    if (lang == null || lang.isBlank()) {
      return NO_LANGUAGE;
    }
    String primary = lang.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return "iw".equals(primary) ? "he" : primary;
  }

  private static List<String> lower(List<String> tags) {
    return tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
  }

  private static Set<String> domains(List<String> urls) {
    Set<String> out = new LinkedHashSet<>();
    for (String u : urls) {
      String d = UrlNormalizer.domain(u);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /** 64-bit FNV-1a: stable across JVMs and runs, unlike {@code hashCode} of records holding enums. */
  static long hash(byte[] bytes) {
    long h = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
