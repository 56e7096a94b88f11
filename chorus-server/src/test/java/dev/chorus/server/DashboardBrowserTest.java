package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver; CI installs them). Skipped, with
 * a message, only when they are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  FixtureWorkspace fixture;
  ChorusServer server;
  WebDriver driver;

  @BeforeAll
  void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: install Debian's chromium and chromium-driver (apt-get install -y chromium "
            + "chromium-driver); CI does");
    fixture = new FixtureWorkspace(dir.resolve("ws"));
    server = fixture.server(null);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1280,800");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
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

  @BeforeEach
  void size() {
    driver.manage().window().setSize(new Dimension(1280, 800));
  }

  void open(String pathAndQuery) {
    driver.get(server.url() + pathAndQuery);
    waitLoaded();
  }

  void waitLoaded() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "false".equals(
        d.findElement(By.tagName("body")).getDomAttribute("data-loading")));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  void screenshot(String name) throws IOException {
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  List<String> shownPosts(String selector) {
    return driver.findElements(By.cssSelector("#posts li.post " + selector)).stream().map(WebElement::getText)
        .toList();
  }

  /** Clicks, with the mouse, the centre of bar {@code index} of a horizontal bar chart. */
  void clickBar(String chartId, int index) {
    WebElement chart = driver.findElement(By.id(chartId));
    js("arguments[0].scrollIntoView({block: 'center'})", chart);
    @SuppressWarnings("unchecked")
    List<Number> xy = (List<Number>) js("const c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
        + "const v = c.getOption().series[0].data[arguments[1]];"
        + "return c.convertToPixel({seriesIndex: 0}, [v / 2, arguments[1]]);", chartId, index);
    Dimension size = chart.getSize();
    new Actions(driver).moveToElement(chart, xy.get(0).intValue() - size.getWidth() / 2,
        xy.get(1).intValue() - size.getHeight() / 2).click().perform();
  }

  @Test
  void pageLoadsWithoutConsoleErrors() throws IOException {
    driver.manage().logs().get(LogType.BROWSER); // drop what earlier tests left
    open("");
    assertThat(driver.findElement(By.id("status")).getText()).contains("14 posts");
    assertThat(shownPosts(".text")).hasSize(14);
    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    assertThat(errors).as("browser console").isEmpty();
    screenshot("dashboard");
    driver.manage().window().setSize(new Dimension(1280, 2400));
    screenshot("dashboard-full");
  }

  @Test
  void aFilterChangesTheChartsAndTheUrl() throws IOException {
    open("");
    WebElement lang = driver.findElement(By.name("lang"));
    lang.clear();
    lang.sendKeys("fa");
    driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("lang=fa"));
    waitLoaded();
    assertThat(js("return echarts.getInstanceByDom(document.getElementById('chart-lang'))"
        + ".getOption().yAxis[0].data")).isEqualTo(List.of("fa"));
    assertThat(js("return echarts.getInstanceByDom(document.getElementById('chart-platform'))"
        + ".getOption().yAxis[0].data")).isEqualTo(List.of("telegram"));
    assertThat(shownPosts(".text")).hasSize(3).allSatisfy(t -> assertThat(t).contains("مذاکره"));
    screenshot("filtered-fa");
  }

  @Test
  void aUrlWithFiltersOpensTheFilteredViewsWithTermsHighlighted() throws IOException {
    open("?q=Muscat&lang=en");
    assertThat(driver.findElement(By.name("q")).getDomProperty("value")).isEqualTo("Muscat");
    assertThat(driver.findElement(By.id("posts-total")).getText()).contains("6 match");
    List<WebElement> marks = driver.findElements(By.cssSelector("#posts .text mark"));
    assertThat(marks).hasSize(6).allSatisfy(m -> assertThat(m.getText()).isEqualTo("Muscat"));
    assertThat(driver.findElement(By.id("export-all")).getDomAttribute("href"))
        .isEqualTo("/api/export.csv?q=Muscat&lang=en");
    screenshot("query-highlight");
  }

  @Test
  void clickingABarListsThePostsBehindIt() throws IOException {
    open("");
    @SuppressWarnings("unchecked")
    List<String> platforms = (List<String>) js("return echarts.getInstanceByDom("
        + "document.getElementById('chart-platform')).getOption().yAxis[0].data");
    int telegram = platforms.indexOf("telegram");
    assertThat(telegram).isNotNegative();
    clickBar("chart-platform", telegram);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("platform=telegram"));
    waitLoaded();
    assertThat(shownPosts(".meta")).hasSize(4).allSatisfy(m -> assertThat(m).contains("telegram"));
    screenshot("clicked-platform");
  }

  @Test
  void clickingADayOfTheVolumeChartNarrowsToThatDay() {
    open("");
    WebElement chart = driver.findElement(By.id("chart-volume"));
    js("arguments[0].scrollIntoView({block: 'center'})", chart);
    @SuppressWarnings("unchecked")
    List<Number> xy = (List<Number>) js("const c = echarts.getInstanceByDom(document.getElementById('chart-volume'));"
        + "const o = c.getOption(); const i = o.xAxis[0].data.indexOf('2025-04-02');"
        + "const s = o.series.findIndex(x => x.name === 'fa');"
        + "return c.convertToPixel({seriesIndex: s}, [i, o.series[s].data[i] / 2]);");
    Dimension size = chart.getSize();
    new Actions(driver).moveToElement(chart, xy.get(0).intValue() - size.getWidth() / 2,
        xy.get(1).intValue() - size.getHeight() / 2).click().perform();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("since=2025-04-02"));
    waitLoaded();
    assertThat(driver.getCurrentUrl()).contains("until=2025-04-03", "lang=fa");
    assertThat(shownPosts(".text")).hasSize(3);
  }

  @Test
  void rightToLeftPostsRenderRightToLeft() {
    open("?lang=fa,ar,he");
    List<WebElement> texts = driver.findElements(By.cssSelector("#posts .text"));
    assertThat(texts).hasSize(5);
    for (WebElement t : texts) {
      assertThat(t.getDomAttribute("dir")).isEqualTo("auto");
      assertThat(js("return getComputedStyle(arguments[0]).direction", t)).isEqualTo("rtl");
    }
    open("?lang=en");
    assertThat(js("return getComputedStyle(document.querySelector('#posts .text')).direction")).isEqualTo("ltr");
  }

  @Test
  void hostilePostTextShowsAsTextAndRunsNothing() throws IOException {
    open("?q=talks&since=2025-04-04");
    assertThat(js("return window.__xss === undefined")).isEqualTo(true);
    assertThat(driver.findElements(By.cssSelector("#posts img, #posts script"))).isEmpty();
    assertThat(js("return document.querySelectorAll('img').length")).isEqualTo(0L);
    assertThat(String.join("\n", shownPosts(".text"))).contains(FixtureWorkspace.XSS_IMG,
        FixtureWorkspace.XSS_SCRIPT);
    // a javascript: permalink is not made a link
    assertThat(driver.findElements(By.cssSelector("#posts a[href^='javascript']"))).isEmpty();
    js("document.getElementById('posts-panel').scrollIntoView()");
    screenshot("hostile-posts");
  }

  @Test
  void labelsShowTheirConfidence() {
    open("?stance=against");
    assertThat(shownPosts(".labels")).singleElement().satisfies(l -> assertThat(l).contains("against", "0.83",
        "sovereignty", "0.61"));
  }

  @Test
  void aBadFilterShowsTheApiErrorNamingIt() {
    open("?since=yesterday");
    WebElement error = driver.findElement(By.id("error"));
    assertThat(error.isDisplayed()).isTrue();
    assertThat(error.getText()).startsWith("since:");
    assertThat(driver.findElement(By.name("since")).getDomAttribute("aria-invalid")).isEqualTo("true");
  }

  @Test
  void narrowWindowsKeepEverythingInside() throws IOException {
    driver.manage().window().setSize(new Dimension(420, 800));
    open("?lang=fa");
    Object wider = js("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
        + " > document.documentElement.clientWidth + 1).map(e => e.tagName + '#' + e.id + '.' + e.className)");
    assertThat((Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
        .as("elements wider than the window: %s", wider).isLessThanOrEqualTo(0L);
    screenshot("narrow");
  }

  @Test
  void chartsCanBeSavedAndTablesDownloadedWithTheFiltersInTheName() {
    open("?lang=fa&since=2025-04-01");
    Object name = js("return echarts.getInstanceByDom(document.getElementById('chart-hashtag'))"
        + ".getOption().toolbox[0].feature.saveAsImage.name");
    assertThat(name).isEqualTo("chorus-hashtags_lang-fa_since-2025-04-01");
    assertThat((String) js("return echarts.getInstanceByDom(document.getElementById('chart-volume'))"
        + ".getDataURL({type: 'png'})")).startsWith("data:image/png;base64,");
    js("window.__downloads = []; const orig = HTMLAnchorElement.prototype.click;"
        + "HTMLAnchorElement.prototype.click = function () { window.__downloads.push(this.download); };");
    driver.findElements(By.cssSelector("button.csv")).forEach(WebElement::click);
    @SuppressWarnings("unchecked")
    List<String> downloads = (List<String>) js("return window.__downloads");
    assertThat(downloads).contains("chorus-volume-by-lang_lang-fa_since-2025-04-01.csv",
        "chorus-hashtags_lang-fa_since-2025-04-01.csv", "chorus-coverage_lang-fa_since-2025-04-01.csv",
        "chorus-posts-shown_lang-fa_since-2025-04-01.csv");
  }

}
