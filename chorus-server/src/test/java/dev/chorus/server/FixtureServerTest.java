package dev.chorus.server;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Tests against one real server over the {@link FixtureWorkspace}, started once per class on a free port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FixtureServerTest {
  @TempDir static Path dir;
  FixtureWorkspace fixture;
  ChorusServer server;

  @BeforeAll
  void start() throws IOException {
    fixture = new FixtureWorkspace(dir);
    server = fixture.server(null);
  }

  @AfterAll
  void stop() throws IOException {
    server.close();
    fixture.close();
  }
}
