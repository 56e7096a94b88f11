import dev.chorus.source.*;
import dev.chorus.post.Post;
import java.nio.file.*;
import java.util.*;

/**
 * How many of feedparser's test feeds the rss source reads with the right number of posts (= the number of item and
 * entry elements, as feedparser gives them), and why the others fail. Run by tools/feedparser-count.sh.
 */
public class FeedparserCount {
  public static void main(String[] a) throws Exception {
    SourceRegistry reg = SourceRegistry.loadDefault();
    Source rss = reg.require("rss");
    int total = 0, right = 0, totalItems = 0, rightItems = 0;
    Map<String, Integer> why = new TreeMap<>();
    boolean verbose = a.length > 2;
    for (String line : Files.readAllLines(Path.of(a[0]))) {
      String[] f = line.split("\t");
      int expected = Integer.parseInt(f[1]);
      Path p = Path.of(a[1], f[0]);
      total++;
      if (expected > 0) totalItems++;
      String outcome;
      int[] counts = {0, 0};
      List<String> rej = new ArrayList<>();
      try {
        Source s = reg.detect(SourceInput.of(p));
        if (s != rss) { outcome = "detected as " + s.id(); }
        else {
          s.read(SourceInput.of(p), new RecordSink() {
            public void post(long r, Post post) { counts[0]++; }
            public void reject(long r, String reason, String raw) { counts[1]++; rej.add(reason); }
          });
          outcome = counts[0] == expected && counts[1] == 0 ? "ok" : "posts " + counts[0] + "/" + expected + " rejects " + counts[1] + " " + (rej.isEmpty() ? "" : rej.get(0));
        }
      } catch (UnreadableInputException e) {
        outcome = "refused: " + e.getMessage().replace(p.toString(), "F");
      } catch (Exception e) {
        outcome = "crash: " + e;
      }
      if (outcome.equals("ok")) { right++; if (expected > 0) rightItems++; }
      else {
        String key = outcome.replaceAll("\\d+", "N");
        key = key.length() > 110 ? key.substring(0, 110) : key;
        why.merge(key, 1, Integer::sum);
        if (verbose) System.out.println(f[0] + "\t" + outcome);
      }
    }
    System.out.println("right count: " + right + "/" + total + "; files with entries: " + rightItems + "/" + totalItems);
    why.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(25)
        .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
  }
}
