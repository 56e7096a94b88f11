package dev.chorus.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.source.SourceRegistry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every registered collector kind: a unique lower-case name, help, options, and a source that reads its bodies. */
class CollectorContractTest {
  @TempDir Path dir;

  /** A value every option can take, so that each kind can be made with its required options. */
  static Map<String, String> sample(CollectorKind k) {
    Map<String, String> o = new HashMap<>();
    for (String r : k.required()) {
      o.put(r, r.equals("url") || r.equals("instance") || r.equals("endpoint") ? "https://example.org" : "iran");
    }
    if (k.kind().equals("mastodon")) {
      o.put("tag", "iran");
    }
    if (k.kind().equals("bluesky")) {
      o.put("query", "iran");
    }
    if (k.kind().equals("telegram-export")) {
      o.put("folder", System.getProperty("java.io.tmpdir"));
    }
    return o;
  }

  @Test
  void everyKindIsDeclaredOnceAndReadByARegisteredSource() {
    SourceRegistry sources = SourceRegistry.loadDefault();
    Set<String> names = CollectorKinds.ALL.stream().map(CollectorKind::kind).collect(Collectors.toSet());
    assertThat(names).hasSameSizeAs(CollectorKinds.ALL);
    CollectRig rig = new CollectRig(dir);
    for (CollectorKind k : CollectorKinds.ALL) {
      assertThat(k.kind()).matches("[a-z]+(-[a-z]+)*");
      assertThat(k.description()).isNotBlank();
      assertThat(k.accepted()).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z]+(-[a-z]+)*"));
      Map<String, String> env = k.credentialEnv() == null ? Map.of() : Map.of(k.credentialEnv(), "secret-value");
      Collector c = CollectorKinds.create(k.kind(), sample(k), env, rig.pseudonymizer);
      assertThat(sources.byId(c.format())).as(k.kind() + " format").isPresent();
      assertThat(c.target()).isNotBlank().doesNotContain("secret-value");
      assertThat(c.toString()).doesNotContain("secret-value");
    }
  }
}
