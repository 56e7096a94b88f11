package dev.chorus.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screenshots of {@code docs/first-hour.md}, taken from a running dashboard of the demo workspace (run by
 * {@code tools/screenshots.sh}, which starts it): {@code java ... dev.chorus.server.Screenshots URL OUT_DIR}. Few and
 * small: the page at 1280 px wide, single panels cropped to themselves.
 */
public final class Screenshots {
  private final ChromeDriver driver;
  private final String url;
  private final Path out;

  private Screenshots(ChromeDriver driver, String url, Path out) {
    this.driver = driver;
    this.url = url;
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Screenshots DASHBOARD_URL OUT_DIR");
      System.exit(2);
    }
    if (!Chromium.installed()) {
      System.err.println("screenshots need Chromium: " + Chromium.MISSING);
      System.exit(1);
    }
    Path out = Files.createDirectories(Path.of(args[1]));
    Path profile = Files.createTempDirectory("chorus-screenshots");
    ChromeDriver driver = Chromium.start(profile, 1280, 860);
    try {
      new Screenshots(driver, args[0].replaceAll("/+$", ""), out).takeAll();
    } finally {
      driver.quit();
    }
  }

  private void takeAll() throws IOException {
    open("/");
    page("dashboard");
    panel("cohorts-panel", "camps");
    js("const set = (id, v) => { const e = document.getElementById(id); e.value = v;"
        + " e.dispatchEvent(new Event('change')); };"
        + "set('compare-by', 'stance'); set('compare-around', 'talks-announced');");
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> String.valueOf(js(
        "return document.getElementById('compare-note').textContent")).contains("announces talks"));
    driver.findElement(By.cssSelector("#compare-panel .help-toggle")).click();
    panel("compare-panel", "compare");
    panel("coordination-panel", "coordination");
    driver.findElements(By.cssSelector("#compare tr[data-value] td button")).get(1).click();
    waitLoaded();
    js("document.getElementById('posts-panel').scrollIntoView({block: 'start'})");
    page("drilldown");
  }

  private void open(String path) {
    driver.get(url + path);
    waitLoaded();
  }

  private void waitLoaded() {
    new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> "false".equals(
        d.findElement(By.tagName("body")).getDomAttribute("data-loading")));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private void page(String name) throws IOException {
    write(name, driver.getScreenshotAs(OutputType.BYTES));
  }

  private void panel(String id, String name) throws IOException {
    WebElement panel = driver.findElement(By.id(id));
    js("arguments[0].scrollIntoView({block: 'start'}); document.querySelectorAll('.chart').forEach("
        + "(e) => echarts.getInstanceByDom(e) && echarts.getInstanceByDom(e).resize())", panel);
    write(name, panel.getScreenshotAs(OutputType.BYTES));
  }

  private void write(String name, byte[] png) throws IOException {
    Path file = out.resolve(name + ".png");
    Files.write(file, png);
    System.out.println(file + " (" + png.length / 1024 + " KB)");
  }
}
