package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * The yardstick of {@code bench ingest}: the same generated X API v2 file indexed by bare Lucene, as a program that
 * does nothing but store posts would: Jackson parses each page, each tweet becomes id + text (standard analyzer) + time
 * (doc value and point), {@code updateDocument} by id from one thread per core, one commit. Measured in the same run
 * as Chorus's ingest so that the ratio of the two holds across machines, where absolute rates do not.
 */
final class LuceneBaseline {
  private LuceneBaseline() {}

  /** Indexes the tweets of {@code input} into a new index under {@code dir}; returns the number of posts indexed. */
  static long index(Path input, Path dir, int threads) throws Exception {
    List<String> pages = Files.readAllLines(input, StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    AtomicInteger next = new AtomicInteger();
    AtomicLong indexed = new AtomicLong();
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread worker = new Thread(() -> {
          for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
            indexed.addAndGet(indexPage(json, pages.get(i), writer));
          }
        }, "baseline-" + t);
        worker.start();
        workers.add(worker);
      }
      for (Thread w : workers) {
        w.join();
      }
      writer.commit();
    }
    return indexed.get();
  }

  private static long indexPage(ObjectMapper json, String page, IndexWriter writer) {
    try {
      long n = 0;
      for (JsonNode tweet : json.readTree(page).path("data")) {
        String id = tweet.path("id").asText();
        long time = Instant.parse(tweet.path("created_at").asText()).toEpochMilli();
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new TextField("text", tweet.path("text").asText(), Field.Store.NO));
        doc.add(new NumericDocValuesField("time", time));
        doc.add(new LongPoint("time", time));
        writer.updateDocument(new Term("id", id), doc);
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
