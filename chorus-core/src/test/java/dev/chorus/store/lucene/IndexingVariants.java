package dev.chorus.store.lucene;

import dev.chorus.post.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexWriterConfig;

/**
 * The documents {@link IndexingCostHarness} indexes: the store's own document ({@link PostDocuments#toDocument}) with
 * one group of fields removed at a time (the difference to the whole document is that group's cost), the whole
 * document with another writer setting, and the bare-Lucene baseline's document ({@code LuceneBaseline}).
 */
final class IndexingVariants {
  /** A named set of documents and the writer configuration they are indexed with. */
  record Variant(String name, List<Document> docs, boolean standardAnalyzer, boolean compoundFile) {
    IndexWriterConfig config(Analyzer storeAnalyzer) {
      IndexWriterConfig cfg = new IndexWriterConfig(standardAnalyzer ? new StandardAnalyzer() : storeAnalyzer);
      cfg.setRAMBufferSizeMB(128); // as LucenePostStore
      cfg.setCommitOnClose(false);
      cfg.setUseCompoundFile(compoundFile);
      return cfg;
    }
  }

  private IndexingVariants() {}

  static List<Variant> of(List<Post> posts, List<Document> full) {
    List<Variant> out = new ArrayList<>();
    out.add(new Variant("all fields", full, false, true));
    out.add(without("- text/title (ICU)", full, f -> is(f, PostDocuments.TEXT) || is(f, PostDocuments.TITLE)));
    out.add(without("- text_xx", full, f -> f.name().startsWith(PostDocuments.TEXT_PREFIX)));
    out.add(without("- all text fields", full, f -> f instanceof TextField));
    out.add(without("- keyword terms", full, f -> f instanceof StringField && !is(f, PostDocuments.ID)));
    out.add(without("- $facets SSDV", full, f -> is(f, FacetsConfig.DEFAULT_INDEX_FIELD_NAME)));
    out.add(without("- stored body/prov", full, f -> f instanceof StoredField));
    out.add(without("- share_* BDV", full, f -> f.name().startsWith("share_")));
    out.add(without("- stance_p DV", full, f -> f.name().startsWith(PostDocuments.STANCE_PROBABILITY + ".")));
    out.add(without("- numeric DV+point", full, f -> f instanceof NumericDocValuesField || f instanceof LongPoint));
    out.add(new Variant("all, no compound", full, false, false));
    out.add(without("id only", full, f -> !is(f, PostDocuments.ID)));
    out.add(new Variant("baseline doc", baseline(posts), true, true));
    return out;
  }

  private static boolean is(IndexableField f, String name) {
    return f.name().equals(name);
  }

  private static Variant without(String name, List<Document> full, Predicate<IndexableField> removed) {
    List<Document> docs = new ArrayList<>(full.size());
    for (Document d : full) {
      Document kept = new Document();
      for (IndexableField f : d) {
        if (!removed.test(f)) {
          kept.add(f);
        }
      }
      docs.add(kept);
    }
    return new Variant(name, docs, false, true);
  }

  /** {@code LuceneBaseline}'s document: id (stored keyword), text (standard analyser), time (doc value and point). */
  private static List<Document> baseline(List<Post> posts) {
    List<Document> docs = new ArrayList<>(posts.size());
    for (Post p : posts) {
      long time = p.createdAt().toEpochMilli();
      Document doc = new Document();
      doc.add(new StringField("id", p.id(), Field.Store.YES));
      doc.add(new TextField("text", p.text(), Field.Store.NO));
      doc.add(new NumericDocValuesField("time", time));
      doc.add(new LongPoint("time", time));
      docs.add(doc);
    }
    return docs;
  }
}
