package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code chorus} launcher gives the JVM -Xmx2g unless the user gave a heap: in JAVA_TOOL_OPTIONS or
 * JDK_JAVA_OPTIONS (a command-line -Xmx would override those) or in CHORUS_JAVA_OPTS; on up to 4 cores it has C2 inline
 * less unless the user gave a JIT option. Run on a copy of the script beside a present jar (so it builds nothing) with
 * a stand-in {@code java} that prints its arguments and a stand-in {@code nproc} that says how many cores there are.
 */
class LauncherHeapTest {
  @TempDir Path dir;

  private static final String LESS_INLINING = "-XX:InlineSmallCode=1000 -XX:FreqInlineSize=100 ";

  private String launch(Map<String, String> env) throws Exception {
    return launch(env, 8);
  }

  private String launch(Map<String, String> env, int cores) throws Exception {
    Path script = dir.resolve("chorus");
    Files.copy(Path.of("..", "chorus"), script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(dir.resolve("chorus-cli/target"));
    Files.writeString(dir.resolve("chorus-cli/target/chorus.jar"), ""); // present, and newer than no sources
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"$*\"\n");
    Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwx------"));
    Files.writeString(bin.resolve("nproc"), "#!/bin/sh\necho " + cores + "\n");
    Files.setPosixFilePermissions(bin.resolve("nproc"), PosixFilePermissions.fromString("rwx------"));
    ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "stats").redirectErrorStream(true);
    pb.environment().keySet()
        .removeIf(k -> k.startsWith("JAVA_TOOL") || k.startsWith("JDK_JAVA") || k.startsWith("CHORUS"));
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().replace(dir.toString(), "");
  }

  @Test
  void theUsersHeapWinsOverTheDefault() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")));
    assertThat(launch(Map.of())).isEqualTo("-Xmx2g -jar /chorus-cli/target/chorus.jar stats");
    assertThat(launch(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"))).isEqualTo("-jar /chorus-cli/target/chorus.jar stats");
    assertThat(launch(Map.of("JDK_JAVA_OPTIONS", "-Dx=1 -Xmx3g")))
        .isEqualTo("-jar /chorus-cli/target/chorus.jar stats");
    assertThat(launch(Map.of("CHORUS_JAVA_OPTS", "-Xmx512m -Dy=2")))
        .isEqualTo("-Xmx512m -Dy=2 -jar /chorus-cli/target/chorus.jar stats");
    assertThat(launch(Map.of("CHORUS_JAVA_OPTS", "-Dy=2")))
        .isEqualTo("-Xmx2g -Dy=2 -jar /chorus-cli/target/chorus.jar stats");
    assertThat(launch(Map.of("JAVA_TOOL_OPTIONS", "-Dfile.encoding=UTF-8")))
        .isEqualTo("-Xmx2g -jar /chorus-cli/target/chorus.jar stats");
  }

  @Test
  void onFewCoresC2InlinesLessUnlessTheUserGivesAJitOption() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")));
    assertThat(launch(Map.of(), 2)).isEqualTo("-Xmx2g " + LESS_INLINING + "-jar /chorus-cli/target/chorus.jar stats");
    assertThat(launch(Map.of(), 4)).isEqualTo("-Xmx2g " + LESS_INLINING + "-jar /chorus-cli/target/chorus.jar stats");
    assertThat(launch(Map.of(), 5)).isEqualTo("-Xmx2g -jar /chorus-cli/target/chorus.jar stats");
    assertThat(launch(Map.of("CHORUS_JAVA_OPTS", "-XX:TieredStopAtLevel=1"), 2))
        .isEqualTo("-Xmx2g -XX:TieredStopAtLevel=1 -jar /chorus-cli/target/chorus.jar stats");
    assertThat(launch(Map.of("JAVA_TOOL_OPTIONS", "-XX:FreqInlineSize=200"), 2))
        .isEqualTo("-Xmx2g -jar /chorus-cli/target/chorus.jar stats");
    assertThat(launch(Map.of("CHORUS_JAVA_OPTS", "-Xmx1g"), 2))
        .isEqualTo(LESS_INLINING + "-Xmx1g -jar /chorus-cli/target/chorus.jar stats");
  }
}
