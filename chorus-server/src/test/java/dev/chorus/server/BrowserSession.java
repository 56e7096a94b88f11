package dev.chorus.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium ({@link Chromium}) on a server's page (the test is skipped without it): open a page and wait
 * until its views loaded, run JavaScript, take screenshots into {@link DashboardBrowserTest#SCREENSHOTS}, read the console's warnings.
 */
final class BrowserSession implements AutoCloseable {
  final WebDriver driver;
  private final String base;

  BrowserSession(String base, Path profile) throws IOException {
    this.base = base;
    driver = Chromium.start(profile, 1280, 800);
    Files.createDirectories(DashboardBrowserTest.SCREENSHOTS);
  }

  static boolean available() {
    return Chromium.installed();
  }

  void open(String pathAndQuery) {
    driver.get(base + pathAndQuery);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "false".equals(
        d.findElement(By.tagName("body")).getDomAttribute("data-loading")));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  Object asyncJs(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
  }

  void screenshot(String name) throws IOException {
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, DashboardBrowserTest.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  List<LogEntry> consoleWarnings() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
