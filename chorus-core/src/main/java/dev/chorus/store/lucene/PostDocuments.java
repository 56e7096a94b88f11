package dev.chorus.store.lucene;

import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.dimension.PostDimensions;
import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import dev.chorus.post.Provenance;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
  /** Doc value: 1 for a referenced copy, absent (0) for a collected one; the first key of the version rule. */
  static final String REFERENCED = "referenced";
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
  /** Fields indexed as keywords (whole values, no analysis): the store's own and every dimension's. */
  static final List<String> KEYWORD_FIELDS = Stream.concat(Stream.of(ID, DAY, SYNTHETIC),
      Dimensions.all().stream().map(Dimension::id)).toList();
  /** Multi-valued facet dimensions: those the registry declares so, and nothing else. */
  static final List<String> MULTI_VALUED = Dimensions.all().stream().filter(Dimension::multiValued)
      .map(Dimension::id).toList();
  static final List<String> ANALYSED_LANGUAGES = List.of("en", "fa", "ar", "he");
  static final String NO_LANGUAGE = PostDimensions.NO_LANGUAGE;

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
    String lang = effectiveLanguage(post);
    if (ANALYSED_LANGUAGES.contains(lang)) {
      doc.add(new TextField(TEXT_PREFIX + lang, post.titleAndText(), Field.Store.NO));
    }
    keyword(doc, DAY, DAY_FORMAT.format(post.createdAt()));
    keyword(doc, SYNTHETIC, Boolean.toString(post.synthetic()));
    for (Dimension d : Dimensions.all()) {
      addDimension(doc, d, post);
    }
    return facets.build(doc);
  }

  /** A store-internal keyword (day, synthetic): filter term and facet. */
  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(field, value));
  }

  /**
   * Every value of a dimension as a filter term (the dimension's term rule) and a facet label (as shown). Per-target
   * values ({@code target:against}) are also indexed bare, filter only, so that {@code --stance against} finds posts
   * against any target.
   */
  private static void addDimension(Document doc, Dimension d, Post post) {
    for (String value : new LinkedHashSet<>(d.values(post))) {
      if (value == null || value.isEmpty()) {
        continue;
      }
      doc.add(new StringField(d.id(), d.term(value), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(d.id(), value));
      int colon = value.lastIndexOf(':');
      if (d.perTarget() && colon >= 0) {
        doc.add(new StringField(d.id(), d.term(value.substring(colon + 1)), Field.Store.NO));
      }
    }
  }

  Post toPost(byte[] body, String provenance) {
    Post p = json.read(body);
    if (provenance == null) {
      return p;
    }
    Provenance prov = json.readProvenance(provenance);
    return p.toBuilder().provenance(prov).build();
  }

  static String effectiveLanguage(Post post) {
    return PostDimensions.effectiveLanguage(post);
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
