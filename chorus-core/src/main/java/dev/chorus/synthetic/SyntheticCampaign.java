package dev.chorus.synthetic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic multilingual campaign about renewed U.S.–Iran talks as X API v2 NDJSON (one response of up to
 * 100 tweets a line, with {@code includes.users}). Everything it writes is made up: accounts are {@code synth_NNNNN},
 * texts are short template sentences in English, Persian, Arabic and Hebrew voicing both sides and neutral reporting,
 * and an injected group of accounts reposts the same posts within seconds (ground truth for coordination tests).
 * The same seed gives the same bytes.
 */
public final class SyntheticCampaign {
  private static final Instant START = Instant.parse("2025-04-01T00:00:00Z");
  private static final int DAYS = 30;
  private static final int COORDINATED_ACCOUNTS = 15;

  private final long seed;
  private final int accounts;

  public SyntheticCampaign(long seed, int accounts) {
    if (accounts < COORDINATED_ACCOUNTS * 2) {
      throw new IllegalArgumentException("need at least " + COORDINATED_ACCOUNTS * 2 + " accounts");
    }
    this.seed = seed;
    this.accounts = accounts;
  }

  /** Writes {@code posts} tweets; returns the number written. */
  public long write(OutputStream out, long posts) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    JsonFactory f = new JsonFactory();
    long written = 0;
    try (JsonGenerator g = f.createGenerator(out)) {
      g.setRootValueSeparator(null);
      while (written < posts) {
        int batch = (int) Math.min(100, posts - written);
        writeResponse(g, rnd, written, batch);
        g.flush();
        out.write('\n');
        written += batch;
      }
    }
    return written;
  }

  private void writeResponse(JsonGenerator g, SplittableRandom rnd, long firstIndex, int batch) throws IOException {
    int[] authors = new int[batch];
    g.writeStartObject();
    g.writeArrayFieldStart("data");
    for (int i = 0; i < batch; i++) {
      authors[i] = writeTweet(g, rnd, firstIndex + i);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("includes");
    g.writeArrayFieldStart("users");
    for (int a : java.util.Arrays.stream(authors).distinct().toArray()) {
      g.writeStartObject();
      g.writeStringField("id", Long.toString(1_000_000L + a));
      g.writeStringField("username", String.format("synth_%05d", a));
      g.writeStringField("name", "Synthetic account " + a);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Writes one tweet and returns its author's number. */
  private int writeTweet(JsonGenerator g, SplittableRandom rnd, long index) throws IOException {
    long id = 1_900_000_000_000_000_000L + index;
    boolean coordinated = index % 50 == 7;
    // the injected group: its 15 accounts repost one same post each, within about half a minute, once an hour
    long slot = index / 50;
    long burst = slot / COORDINATED_ACCOUNTS;
    int author = coordinated ? (int) (slot % COORDINATED_ACCOUNTS) : COORDINATED_ACCOUNTS
        + rnd.nextInt(accounts - COORDINATED_ACCOUNTS);
    Instant created = coordinated
        ? START.plus(burst * 3_600, ChronoUnit.SECONDS).plusSeconds(slot % COORDINATED_ACCOUNTS * 2 + rnd.nextInt(2))
        : time(rnd);
    Phrasebook.Entry entry = Phrasebook.pick(rnd, campOf(author));
    g.writeStartObject();
    g.writeStringField("id", Long.toString(id));
    g.writeStringField("author_id", Long.toString(1_000_000L + author));
    g.writeStringField("created_at", DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)));
    g.writeStringField("lang", entry.lang());
    String url = rnd.nextInt(5) == 0 ? " https://news.example.org/talks/" + rnd.nextInt(200)
        + "?utm_source=synthetic" : "";
    g.writeStringField("text", entry.text() + " #" + entry.hashtag() + url);
    if (coordinated) {
      g.writeArrayFieldStart("referenced_tweets");
      g.writeStartObject();
      g.writeStringField("type", "retweeted");
      g.writeStringField("id", Long.toString(1_800_000_000_000_000_000L + burst));
      g.writeEndObject();
      g.writeEndArray();
    }
    writeEntities(g, entry.hashtag(), url.trim());
    g.writeObjectFieldStart("public_metrics");
    g.writeNumberField("like_count", rnd.nextInt(200));
    g.writeNumberField("retweet_count", rnd.nextInt(50));
    g.writeNumberField("reply_count", rnd.nextInt(20));
    g.writeNumberField("quote_count", rnd.nextInt(5));
    g.writeEndObject();
    g.writeEndObject();
    return author;
  }

  private static void writeEntities(JsonGenerator g, String hashtag, String url) throws IOException {
    g.writeObjectFieldStart("entities");
    g.writeArrayFieldStart("hashtags");
    g.writeStartObject();
    g.writeStringField("tag", hashtag);
    g.writeEndObject();
    g.writeEndArray();
    if (!url.isEmpty()) {
      g.writeArrayFieldStart("urls");
      g.writeStartObject();
      g.writeStringField("url", "https://t.co/synthetic");
      g.writeStringField("expanded_url", url);
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Most posts spread over the month, a surge around day 12 (a synthetic "event"). */
  private static Instant time(SplittableRandom rnd) {
    double day = rnd.nextInt(4) == 0 ? 12 + Math.abs(rnd.nextGaussian()) * 1.5 : rnd.nextDouble() * DAYS;
    return START.plusSeconds((long) (Math.min(day, DAYS - 0.001) * 86_400));
  }

  /** Organic accounts belong to a camp by their number; the injected group is unaffiliated. */
  private static Phrasebook.Camp campOf(int author) {
    Phrasebook.Camp[] camps = Phrasebook.Camp.values();
    return author < COORDINATED_ACCOUNTS ? Phrasebook.Camp.UNAFFILIATED : camps[author % camps.length];
  }

  /**
   * The synthetic accounts of each camp as codebook cohort members ({@code x:synth_NNNNN}), by cohort id, so the demo
   * can compare camps. Synthetic, like everything this class writes.
   */
  public Map<String, List<String>> cohortMembers() {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (int a = COORDINATED_ACCOUNTS; a < accounts; a++) {
      Phrasebook.Camp camp = campOf(a);
      if (camp.cohort != null) {
        out.computeIfAbsent(camp.cohort, k -> new java.util.ArrayList<>()).add(String.format("x:synth_%05d", a));
      }
    }
    return out;
  }

  /**
   * Writes the campaign's own sentences with their stance toward {@code us-iran-talks} as a labelled CSV
   * ({@code text,target,stance}), each in a few made-up variants, so the demo can train a stance model. The labels
   * are true by construction of the synthetic data and say nothing about real posts.
   */
  public static void writeStanceLabels(java.io.Writer out) throws IOException {
    String[] decorations = {"", "!", " #IranTalks", "RT: ", " 🙏", " — thread"};
    out.write("text,target,stance\n");
    for (Phrasebook.Entry e : Phrasebook.entries()) {
      for (int i = 0; i < decorations.length; i++) {
        String text = decorations[i].startsWith("RT") ? decorations[i] + e.text() : e.text() + decorations[i];
        out.write('"' + text.replace("\"", "\"\"") + " #" + e.hashtag() + "\",us-iran-talks," + e.stance() + "\n");
      }
    }
  }

  static List<String> languages() {
    return List.of("en", "fa", "ar", "he");
  }
}
