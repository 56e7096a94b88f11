package dev.chorus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {
  @TempDir Path dir;

  @Test
  void theKeyFileIsOwnerOnlyFromCreationInAnOwnerOnlyFolder() throws Exception {
    Path file = dir.resolve("config/chorus/key");
    PseudonymKey key = PseudonymKey.loadOrCreate(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    assertThat(HexFormat.of().formatHex(key.bytes())).isEqualTo(Files.readString(file).trim()).hasSize(64);
    assertThat(PseudonymKey.loadOrCreate(file).bytes()).isEqualTo(key.bytes());
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file); // no temporary file left behind
    }
  }

  /** Two first uses at once (two commands started together) must not end with two keys: pseudonyms would differ. */
  @Test
  void twoFirstUsesAtOnceGetOneKey() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 50; round++) {
        Path file = dir.resolve("round" + round + "/chorus/key");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> keys = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          keys.add(pool.submit(() -> {
            start.await();
            return PseudonymKey.loadOrCreate(file).bytes();
          }));
        }
        start.countDown();
        byte[] first = keys.get(0).get();
        assertThat(keys.get(1).get()).as("round %d", round).isEqualTo(first);
        assertThat(PseudonymKey.loadOrCreate(file).bytes()).isEqualTo(first);
        try (Stream<Path> left = Files.list(file.getParent())) {
          assertThat(left).containsExactly(file);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
