package dev.chorus.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tests of the dashboard in a real headless Chromium (Debian's chromium and chromium-driver; CI installs them) against
 * one real server over the {@link FixtureWorkspace}, both started once per class. Skipped, with a message, only when
 * Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FixtureBrowserTest {
  @TempDir static Path dir;
  FixtureWorkspace fixture;
  ChorusServer server;
  WebDriver driver;

  @BeforeAll
  void start() throws IOException {
    Assumptions.assumeTrue(Chromium.installed(), "browser tests skipped: " + Chromium.MISSING);
    fixture = new FixtureWorkspace(dir.resolve("ws"));
    server = fixture.server(null);
    driver = Chromium.start(dir.resolve("profile"), 1280, 800);
    Files.createDirectories(DashboardBrowserTest.SCREENSHOTS);
  }

  @AfterAll
  void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
      fixture.close();
    }
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Opens a page of the server and waits until its views loaded. */
  void open(String pathAndQuery) {
    driver.get(server.url() + pathAndQuery);
    waitLoaded();
  }

  void waitLoaded() {
    waiting().until(d -> "false".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loading")));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }
}
