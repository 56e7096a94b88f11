package dev.chorus.store.lucene;

import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.PostShare;
import dev.chorus.analysis.coordination.SharedObjects;
import dev.chorus.post.Post;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What coordination reads of a post ({@link PostShare}), kept beside the stored body as binary doc values, so that
 * coordination reads a few hundred bytes of the posts that share something instead of loading and parsing every
 * post: {@value #FACTS} on every post (id, account, time, language, stances, frames, cohorts), and per object kind
 * {@code share_url}, {@code share_hashtag}, {@code share_repost}, {@code share_text} with the objects
 * ({@link SharedObjects#of}), only on posts that share something of that kind, so that the index filters out the
 * others before anything is read.
 *
 * <p>Design decision: the objects are computed at index time by the same {@link SharedObjects} the full read uses,
 * so both give the same shares as long as the index was built by this format ({@link IndexFormat}: a change to URL
 * normalisation or copypasta text must bump it). A post written before these fields existed (an index not yet
 * rewritten by {@code chorus reindex}) is read whole, as before: never a wrong answer, only a slower one.
 */
final class ShareDocValues {
  static final String FACTS = "share_facts";

  private ShareDocValues() {}

  /** By {@link ObjectKind#ordinal()}: spelled once, not for every post stored. */
  private static final String[] OBJECTS_FIELDS = java.util.Arrays.stream(ObjectKind.values())
      .map(kind -> "share_" + kind.id()).toArray(String[]::new);

  static String objectsField(ObjectKind kind) {
    return OBJECTS_FIELDS[kind.ordinal()];
  }

  /** Posts that share something of {@code kind} (among those written with the fields). */
  static Query sharing(ObjectKind kind) {
    return new FieldExistsQuery(objectsField(kind));
  }

  /** Posts that share something of {@code kind}, or were written without the fields (and must be read whole). */
  static Query sharingOrNotKept(ObjectKind kind) {
    Query notKept = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
        .add(new FieldExistsQuery(FACTS), BooleanClause.Occur.MUST_NOT).build();
    return new BooleanQuery.Builder().add(sharing(kind), BooleanClause.Occur.SHOULD)
        .add(notKept, BooleanClause.Occur.SHOULD).setMinimumNumberShouldMatch(1).build();
  }

  static void add(Document doc, Post post) throws IOException {
    PostShare facts = PostShare.of(post, List.of());
    ScratchOutput out = new ScratchOutput(); // one buffer for the post's fields, each copied out at its length
    out.writeString(facts.postId());
    out.writeString(facts.account());
    out.writeZLong(facts.epochSecond());
    out.writeByte((byte) (facts.lang() == null ? 0 : 1));
    if (facts.lang() != null) {
      out.writeString(facts.lang());
    }
    writeList(out, facts.stances());
    writeList(out, facts.frames());
    writeList(out, facts.cohorts());
    doc.add(new BinaryDocValuesField(FACTS, out.copy()));
    for (ObjectKind kind : ObjectKind.values()) {
      Set<String> objects = SharedObjects.of(kind, post);
      if (!objects.isEmpty()) {
        out.reset();
        writeList(out, objects);
        doc.add(new BinaryDocValuesField(objectsField(kind), out.copy()));
      }
    }
  }

  /**
   * Whether every document of the segment has the fields: false for one written by an older format, and for one that
   * merged older documents (deleted since, or not) with newer ones.
   */
  static boolean complete(LeafReader leaf) throws IOException {
    if (leaf.getFieldInfos().fieldInfo(FACTS) == null) {
      return false;
    }
    BinaryDocValues facts = leaf.getBinaryDocValues(FACTS);
    return facts != null && facts.cost() == leaf.maxDoc();
  }

  /** The shares of one kind in one complete segment, read in increasing document order. */
  static final class Reader {
    private final BinaryDocValues facts;
    private final BinaryDocValues objects;
    private final ByteArrayDataInput in = new ByteArrayDataInput();

    Reader(LeafReader leaf, ObjectKind kind) throws IOException {
      this.facts = leaf.getBinaryDocValues(FACTS);
      this.objects = leaf.getBinaryDocValues(objectsField(kind));
    }

    /** Whether the document was written with the fields; call before {@link #read}, in increasing order. */
    boolean kept(int doc) throws IOException {
      return facts != null && facts.advanceExact(doc);
    }

    /** The share of a document {@link #kept}, or null when it shares nothing of the kind. */
    PostShare read(int doc) throws IOException {
      if (objects == null || !objects.advanceExact(doc)) {
        return null;
      }
      List<String> shared = readObjects(objects.binaryValue());
      BytesRef f = facts.binaryValue();
      in.reset(f.bytes, f.offset, f.length);
      String id = in.readString();
      String account = in.readString();
      long second = in.readZLong();
      String lang = in.readByte() == 0 ? null : in.readString();
      List<String> stances = readList(in);
      List<String> frames = readList(in);
      List<String> cohorts = readList(in);
      return new PostShare(id, account, second, lang, stances, frames, cohorts, shared);
    }

    private List<String> readObjects(BytesRef b) throws IOException {
      in.reset(b.bytes, b.offset, b.length);
      return readList(in);
    }
  }

  private static void writeList(DataOutput out, java.util.Collection<String> values) throws IOException {
    out.writeVInt(values.size());
    for (String v : values) {
      out.writeString(v);
    }
  }

  private static List<String> readList(ByteArrayDataInput in) throws IOException {
    int n = in.readVInt();
    if (n == 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(in.readString());
    }
    return List.copyOf(out);
  }
}
