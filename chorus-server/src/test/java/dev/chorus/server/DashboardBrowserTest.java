package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver; CI installs them). Skipped, with
 * a message, only when they are not installed.
 */
class DashboardBrowserTest extends FixtureBrowserTest {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @BeforeEach
  void sizeAndFreshConsole() {
    driver.manage().window().setSize(new Dimension(1280, 800));
    driver.manage().logs().get(LogType.BROWSER); // drop what earlier tests logged
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

  void assertNoConsoleErrors() {
    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    assertThat(errors).as("browser console").isEmpty();
  }

  void resizeCharts() {
    js("document.querySelectorAll('.chart').forEach(e => echarts.getInstanceByDom(e) && "
        + "echarts.getInstanceByDom(e).resize())");
  }

  /** Clicks, with the mouse, a point given in the chart's pixels. */
  void clickChartAt(String chartId, List<Number> xy) {
    WebElement chart = driver.findElement(By.id(chartId));
    Dimension size = chart.getSize();
    new Actions(driver).moveToElement(chart, xy.get(0).intValue() - size.getWidth() / 2,
        xy.get(1).intValue() - size.getHeight() / 2).click().perform();
  }

  @Test
  void pageLoadsWithoutConsoleErrors() throws IOException {
    driver.manage().logs().get(LogType.BROWSER); // drop what earlier tests left
    open("");
    assertThat(driver.findElement(By.id("status")).getText()).contains(FixtureWorkspace.POSTS + " posts");
    assertThat(shownPosts(".text")).hasSize(FixtureWorkspace.POSTS);
    assertNoConsoleErrors();
    screenshot("dashboard");
    driver.manage().window().setSize(new Dimension(1280, 4200));
    resizeCharts();
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
  void clickingADayOfTheTrendsChartNarrowsToThatDayAndLabel() {
    open("");
    WebElement chart = driver.findElement(By.id("chart-trends"));
    js("arguments[0].scrollIntoView({block: 'center'})", chart);
    @SuppressWarnings("unchecked")
    List<Number> xy = (List<Number>) js("const c = echarts.getInstanceByDom(document.getElementById('chart-trends'));"
        + "const o = c.getOption(); const i = o.xAxis[0].data.indexOf('2025-04-02');"
        + "const s = o.series.findIndex(x => x.name === 'fa');"
        + "const below = o.series.slice(0, s).filter(x => x.type === 'bar').reduce((n, x) => n + x.data[i], 0);"
        + "return c.convertToPixel({seriesIndex: s}, [i, below + o.series[s].data[i] / 2]);");
    clickChartAt("chart-trends", xy);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("since=2025-04-02"));
    waitLoaded();
    assertThat(driver.getCurrentUrl()).contains("until=2025-04-03", "lang=fa");
    assertThat(shownPosts(".text")).hasSize(3);
  }

  @Test
  void theTrendsChartMarksTheCodebookEventAndSwitchesDimension() throws IOException {
    open("");
    @SuppressWarnings("unchecked")
    List<java.util.Map<String, Object>> marks = (List<java.util.Map<String, Object>>) js(
        "const o = echarts.getInstanceByDom(document.getElementById('chart-trends')).getOption();"
            + "return o.series.find(s => s.name === 'total').markLine.data;");
    assertThat(marks).singleElement().satisfies(m -> {
      assertThat(m.get("name")).isEqualTo("First round in Muscat");
      assertThat(m.get("xAxis")).isEqualTo("2025-04-03");
    });
    assertThat(driver.findElement(By.id("trends-note")).getText()).contains("2025-04-03 First round in Muscat");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("trends-by"))).selectByValue("cohort");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> js("const o = echarts.getInstanceByDom("
        + "document.getElementById('chart-trends')).getOption(); return o.series.map(s => s.name).join(',')")
        .equals("Hawks,Doves,total"));
    waitLoaded();
    js("document.getElementById('trends-panel').scrollIntoView()");
    screenshot("trends-by-cohort");
    assertNoConsoleErrors();
  }

  /** The x-axis labels of the trends chart and the total per label. */
  @SuppressWarnings("unchecked")
  java.util.Map<String, Number> trendsTotals() {
    return (java.util.Map<String, Number>) js("const o = echarts.getInstanceByDom(document.getElementById("
        + "'chart-trends')).getOption(); const t = o.series.find(s => s.name === 'total').data;"
        + "return Object.fromEntries(o.xAxis[0].data.map((l, i) => [l, t[i]]));");
  }

  @Test
  void theTimeZoneShiftsTheBucketsIsShownAndKeptInTheAddress() throws IOException {
    open("?trends_interval=hour");
    assertThat(driver.findElement(By.id("trends-zone")).getText()).isEqualTo("hours in UTC");
    assertThat(trendsTotals().keySet()).first().isEqualTo("2025-04-01 10:00");
    // the first post, 10:00 UTC, is at 13:30 in Tehran (+03:30): its hour starts at 13:00 there
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("time-zone"))).selectByValue("Asia/Tehran");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "hours in Asia/Tehran".equals(
        d.findElement(By.id("trends-zone")).getText()));
    waitLoaded();
    assertThat(trendsTotals().keySet()).first().isEqualTo("2025-04-01 13:00");
    assertThat(driver.getCurrentUrl()).contains("tz=Asia%2FTehran", "trends_interval=hour");

    // the Persian posts of 00:00 to 02:00 UTC on 2 April are on the evening of 1 April in New York
    java.util.Map<String, Number> utc = trendsTotalsOf("");
    java.util.Map<String, Number> newYork = trendsTotalsOf("?tz=America/New_York");
    assertThat(driver.findElement(By.id("trends-zone")).getText()).isEqualTo("days in America/New_York");
    assertThat(driver.findElement(By.id("time-zone")).getDomProperty("value")).isEqualTo("America/New_York");
    assertThat(newYork.get("2025-04-01").longValue()).isGreaterThan(utc.get("2025-04-01").longValue());
    assertThat(newYork.get("2025-04-02").longValue()).isLessThan(utc.get("2025-04-02").longValue());
    assertThat(driver.findElement(By.id("status")).getText()).contains("(America/New_York)");
    assertThat(driver.findElement(By.id("export-all")).getDomAttribute("href")).contains("tz=America%2FNew_York");
    assertNoConsoleErrors();
  }

  @Test
  void perMonthTheBucketsAreCalendarMonthsAndAClickOpensTheWholeMonth() {
    open("?trends_interval=month&trends_by=lang");
    assertThat(driver.findElement(By.id("trends-interval")).getDomProperty("value")).isEqualTo("month");
    assertThat(driver.findElement(By.id("trends-zone")).getText()).isEqualTo("months in UTC");
    assertThat(trendsTotals()).containsOnlyKeys("2025-04");
    assertThat(trendsTotals().get("2025-04").longValue()).isEqualTo(FixtureWorkspace.POSTS);
    assertThat(driver.findElement(By.id("trends-note")).getText()).contains("2025-04-03 First round in Muscat");
    // before the click: clicking a bar of the trends chart makes ECharts warn of an invalid z (any interval)
    assertNoConsoleErrors();
    WebElement chart = driver.findElement(By.id("chart-trends"));
    js("arguments[0].scrollIntoView({block: 'center'})", chart);
    @SuppressWarnings("unchecked")
    List<Number> xy = (List<Number>) js("const c = echarts.getInstanceByDom(document.getElementById('chart-trends'));"
        + "const o = c.getOption(); const s = o.series.findIndex(x => x.name === 'en');"
        + "const below = o.series.slice(0, s).filter(x => x.type === 'bar').reduce((n, x) => n + x.data[0], 0);"
        + "return c.convertToPixel({seriesIndex: s}, [0, below + o.series[s].data[0] / 2]);");
    // beside the middle, where the event's line runs across the one bar
    clickChartAt("chart-trends", List.of(xy.get(0).intValue() + 20, xy.get(1)));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("since=2025-04-01"));
    waitLoaded();
    assertThat(driver.getCurrentUrl()).contains("until=2025-05-01", "lang=en", "trends_interval=month");
  }

  private java.util.Map<String, Number> trendsTotalsOf(String query) {
    open(query);
    return trendsTotals();
  }

  @Test
  void clickingACoordinationNodeFiltersThePostListToThatAccount() throws IOException {
    driver.manage().logs().get(LogType.BROWSER);
    open("");
    WebElement chart = driver.findElement(By.id("chart-coordination"));
    js("arguments[0].scrollIntoView({block: 'center'})", chart);
    @SuppressWarnings("unchecked")
    List<Object> node = (List<Object>) js("const c = echarts.getInstanceByDom(document.getElementById("
        + "'chart-coordination')); const data = c.getModel().getSeriesByIndex(0).getData();"
        + "const i = data.indexOfName('u_c1'); const p = c.convertToPixel({seriesIndex: 0}, data.getItemLayout(i));"
        + "return [data.count(), p[0], p[1]];");
    assertThat(((Number) node.get(0)).intValue()).isEqualTo(2);
    screenshot("coordination");
    clickChartAt("chart-coordination", List.of((Number) node.get(1), (Number) node.get(2)));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("author=u_c1"));
    waitLoaded();
    assertThat(shownPosts(".meta")).hasSize(2).allSatisfy(m -> assertThat(m).contains("u_c1", "mastodon"));
    assertNoConsoleErrors();
  }

  @Test
  void aCoordinatedGroupListsItsExamplePosts() {
    open("");
    WebElement row = driver.findElement(By.cssSelector("#groups tr.clickable"));
    js("arguments[0].scrollIntoView({block: 'center'})", row);
    row.click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("posts-note")).isDisplayed());
    assertThat(driver.findElement(By.id("posts-note")).getText()).contains("group 0", "u_c1", "u_c2");
    assertThat(driver.findElement(By.id("coordination-note")).getText()).contains("Accounts are pseudonyms",
        "chorus reveal");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> shownPosts(".meta").size() == 4);
    assertThat(shownPosts(".meta")).allSatisfy(m -> assertThat(m).contains("mastodon"));
    driver.findElement(By.cssSelector("#posts-note button")).click();
    assertThat(shownPosts(".text")).hasSize(FixtureWorkspace.POSTS);
  }

  /** The groups table names stances and frames as the codebook does, the ids in the tooltip (its CSV keeps ids). */
  @Test
  void aCoordinatedGroupsStancesAndFramesShowTheirCodebookNames() {
    open("");
    Object cells = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "import('./coordination.js').then((m) => { const box = document.createElement('div');"
        + "const g = {id: 0, accounts: ['u_c1', 'u_c2'], objects: 2, posts: 4, first: '2025-04-02T09:00:00Z',"
        + " last: '2025-04-03T09:00:20Z', languages: {de: 4}, stances: {'talks:against': 2}, frames: {security: 1},"
        + " example_post_ids: []};"
        + "m.renderGroups(box, {groups: [g]}, () => {}); const td = box.querySelectorAll('td');"
        + "done([td[7].textContent, td[7].firstChild.title, td[8].textContent, td[8].firstChild.title,"
        + " m.groupRows({groups: [g]})[0][7]]); });");
    assertThat(cells).isEqualTo(List.of("The talks: against 2", "talks:against 2", "Security 1", "security 1",
        "talks:against 2"));
  }

  /**
   * The calls chart names a call type (end-talks → "End the talks", from /api/dimensions) with the id in its tooltip,
   * a post's label too, while its CSV keeps the id; a reader in Persian sees the codebook's Persian names.
   */
  @Test
  void aCallTypeShowsItsNameWithTheIdInItsTooltip() {
    open("");
    Object shown = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "Promise.all([import('./calls.js'), import('./charts.js'), import('./posts.js'), import('./filters.js')])"
        + ".then(([calls, charts, posts, filters]) => {"
        + "const figures = [{label: 'end-talks', share: {share: 0.25, count: 1, total: 4}}];"
        + "const el = document.getElementById('chart-call-types');"
        + "charts.renderBars(el, calls.callEntries(figures, 'call'), 'calls', () => {}, (v) => (100 * v) + '%');"
        + "const option = window.echarts.getInstanceByDom(el).getOption();"
        + "const tip = option.tooltip[0].formatter({dataIndex: 0, name: option.yAxis[0].data[0], seriesName: 'share',"
        + " value: 0.25});"
        + "const fa = filters.namesForReader({sovereignty: 'Sovereignty', security: 'Security'},"
        + " {fa: {sovereignty: 'حاکمیت'}}, 'fa-IR');"
        + "done([option.yAxis[0].data[0], tip, posts.labelText('call', 'end-talks'), calls.callRows(figures)[0][0],"
        + " fa.sovereignty, fa.security, navigator.language, filters.valueName('frame', 'sovereignty')]); });");
    List<?> values = (List<?>) shown;
    assertThat(values.subList(0, 6)).isEqualTo(List.of("End the talks", "End the talks (end-talks)\nshare: 25%",
        "call: End the talks", "end-talks", "حاکمیت", "Security"));
    // the page itself picks the browser's language: the fixture codebook names sovereignty in fa and de only
    String language = String.valueOf(values.get(6));
    assertThat(values.get(7)).isEqualTo(language.startsWith("fa") ? "حاکمیت"
        : language.startsWith("de") ? "Souveränität" : "Sovereignty");
  }

  @Test
  void theCohortViewShowsTheCampsSideBySideAndNarrowsToOne() throws IOException {
    open("");
    List<WebElement> cards = driver.findElements(By.cssSelector("#cohorts article.cohort"));
    assertThat(cards).extracting(c -> c.getDomAttribute("data-cohort")).containsExactly("hawks", "doves");
    assertThat(cards.get(0).getText()).contains("Hawks", "3 posts", "Stance: The talks", "against", "Sovereignty");
    assertThat(js("return echarts.getInstanceByDom(document.getElementById('chart-frames-by-cohort'))"
        + ".getOption().yAxis[0].data")).isEqualTo(List.of("Hawks", "Doves"));
    assertThat(js("return echarts.getInstanceByDom(document.getElementById('chart-convergence'))"
        + ".getOption().series.map(s => s.name)")).isEqualTo(List.of("Hawks ~ Doves"));
    js("document.getElementById('cohorts-panel').scrollIntoView()");
    screenshot("cohorts");
    WebElement name = cards.get(0).findElement(By.cssSelector("h3 button"));
    name.click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("cohort=hawks"));
    waitLoaded();
    assertThat(shownPosts(".text")).hasSize(3);
  }

  @Test
  void modelMadeLabelsLinkToTheirModelCard() throws IOException {
    open("?stance=against");
    WebElement card = driver.findElement(By.cssSelector("#posts .label a.card"));
    assertThat(card.getDomAttribute("href")).isEqualTo("/api/models?key=stance%3Atalks");
    assertThat(driver.findElements(By.cssSelector("#posts .label a.card"))).hasSize(1);
    // a click shows the card over the page, as a card: named fields, scores to three digits
    card.click();
    WebElement dialog = new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.cssSelector("dialog#card-dialog[open]")));
    assertThat(dialog.getText()).contains("Model card: stance:talks", "training examples", "120",
        "cross-validation", "f avg", "0.610", "threshold", "0.550", "as JSON");
    assertThat(driver.getWindowHandles()).hasSize(1);
    screenshot("model-card");
    dialog.findElement(By.xpath(".//button[text()='Close']")).click();
    assertThat(driver.findElements(By.cssSelector("dialog#card-dialog[open]"))).isEmpty();
    assertNoConsoleErrors();
  }

  @Test
  void withLabellingAllowedAPostCanBeCodedFromTheList() throws IOException {
    try (ChorusServer labelling = fixture.server(null, true)) {
      driver.get(labelling.url() + "?q=Muscat&since=2025-04-03");
      waitLoaded();
      WebElement post = driver.findElement(By.cssSelector("#posts li.post"));
      String id = post.getDomAttribute("data-id");
      post.findElement(By.cssSelector("button.code-open")).click();
      post.findElement(By.name("coder")).sendKeys("ana");
      new org.openqa.selenium.support.ui.Select(post.findElement(By.name("stance:talks"))).selectByValue("favor");
      post.findElement(By.cssSelector("input[name=frame][value=security]")).click();
      post.findElement(By.cssSelector("form.code-form button[type=submit]")).click();
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> post.findElement(By.cssSelector(".code-status"))
          .getText().startsWith("saved"));
      // the hint under the form is asked again after the save: now it counts the new code
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> post.findElement(By.cssSelector(".code-hint"))
          .getText().contains("1 coded"));
      assertThat(post.findElement(By.cssSelector(".code-hint")).getText()).contains("(1 coded)", "too few", "more");
      screenshot("labelling");
      String codes = Files.readString(fixture.workspace.root().resolve("labels/codes.ndjson"));
      assertThat(codes).contains("\"id\":\"" + id + "\"", "\"coder\":\"ana\"", "\"stance\":\"favor\"",
          "\"frames\":[\"security\"]");
    }
    open("");
    assertThat(driver.findElements(By.cssSelector("button.code-open"))).isEmpty();
  }

  /**
   * A busy server (its one turn held by a request the test controls, one place in its queue) sheds most of the page's
   * requests with 503 and Retry-After: the page says "busy, retrying", asks again, and shows everything once the
   * server is free.
   */
  @Test
  void aBusyServerMakesThePageSayBusyAndRetry() throws Exception {
    java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    ApiRoute hold = LoadLimitsTest.blocking("/api/test/hold", entered, release, r -> java.util.Map.of());
    ServerOptions options = new ServerOptions("127.0.0.1", 0, new AccessPolicy(null), false)
        .withLimits(new ServerLimits(1, 1, Duration.ofMinutes(5)));
    try (ChorusServer busy = new ChorusServer(fixture.api(false), options, System.err, List.of(hold),
        System::nanoTime).start()) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      var held = http.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(busy.url() + "api/test/hold"))
          .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      entered.await();
      driver.get(busy.url());
      WebElement shown = driver.findElement(By.id("busy"));
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> shown.isDisplayed());
      assertThat(shown.getText()).isEqualTo("busy, retrying…");
      // while it waits the page says it is loading (the status line) instead of showing nothing
      assertThat(driver.findElement(By.tagName("body")).getDomAttribute("data-loading")).isEqualTo("true");
      assertThat(js("return getComputedStyle(document.getElementById('status'), '::after').content"))
          .asString().contains("loading");
      release.countDown();
      assertThat(held.get().statusCode()).isEqualTo(200);
      new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "false".equals(
          d.findElement(By.tagName("body")).getDomAttribute("data-loading")) && !shown.isDisplayed());
      assertThat(driver.findElement(By.id("status")).getText()).contains(FixtureWorkspace.POSTS + " posts");
      assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
      assertThat(shownPosts(".text")).hasSize(FixtureWorkspace.POSTS);
    }
  }

  @SuppressWarnings("unchecked")
  List<String> postTexts() {
    return (List<String>) js("return [...document.querySelectorAll('#posts li.post .text')].map(e => e.textContent)");
  }

  @Test
  void morePostsFetchesThePageAfterTheShownOnesUntilAllAreListed() throws IOException {
    try (FixtureWorkspace many = new FixtureWorkspace(dir.resolve("many"))) {
      try (dev.chorus.store.PostStore w = many.workspace.openStore(true)) {
        for (int i = 0; i < 60; i++) {
          w.upsert(FixtureWorkspace.post(dev.chorus.post.Platform.X, "more" + i, "2025-04-05T10:" + (10 + i / 2)
              + ":00Z", "en", "Another post on the talks, number " + i, List.of(), null));
        }
        w.commit();
      }
      // the fixture's reader follows the writer's commit within about a second
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
        try {
          return many.store.count() == FixtureWorkspace.POSTS + 60;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      try (ChorusServer other = many.server(null)) {
        driver.get(other.url());
        waitLoaded();
        int total = FixtureWorkspace.POSTS + 60;
        // read in one script: the list is re-rendered while later answers (saved views, alerts) arrive
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> "posts shown: " + postTexts().size()
            + ", " + driver.findElement(By.id("posts-total")).getText() + ", error: "
            + driver.findElement(By.tagName("body")).getText().lines().limit(8).toList())
            .until(d -> postTexts().size() == 50);
        assertThat(driver.findElement(By.id("posts-total")).getText()).contains(total + " match");
        WebElement more = driver.findElement(By.id("posts-more"));
        assertThat(more.isDisplayed()).isTrue();
        js("arguments[0].scrollIntoView({block: 'center'})", more);
        more.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> postTexts().size() == total);
        assertThat(postTexts()).doesNotHaveDuplicates();
        assertThat(driver.findElement(By.id("posts-more")).isDisplayed()).isFalse();
        screenshot("more-posts");
      }
    }
  }

  @Test
  void aFilterValueNoPostHasIsShownAsAWarning() {
    open("?lang=xx");
    WebElement box = driver.findElement(By.id("warnings"));
    assertThat(box.isDisplayed()).isTrue();
    assertThat(box.getText()).contains("no post has lang 'xx'; known:").contains("fa");
    open("?lang=fa");
    assertThat(driver.findElement(By.id("warnings")).isDisplayed()).isFalse();
  }

  @Test
  void anAlertIsListedAndItsRowNarrowsToThePostsBehindIt() throws IOException {
    java.time.Instant from = java.time.Instant.parse("2025-04-02T00:00:00Z");
    dev.chorus.alerts.AlertLog log = dev.chorus.alerts.AlertLog.of(fixture.workspace.root());
    log.append(List.of(new dev.chorus.alerts.Alert("lang-surge|fa|" + from, "lang-surge", "lang volume per day",
        "lang", "fa", from, from.plusSeconds(86_400), 12, 2.0, 6.5, java.util.Map.of("lang", List.of("fa")),
        from, null), new dev.chorus.alerts.Alert("stance-shift|hawks|talks:against|" + from.minusSeconds(86_400),
        "stance-shift", "stance shift per week", "stance", "hawks talks:against", from.minusSeconds(86_400), from,
        16, 0.2, 0.6, java.util.Map.of("cohort", List.of("hawks")), from, java.util.Map.of(
            "latest", java.util.Map.of("count", 16, "total", 20, "share", 0.8, "low", 0.58, "high", 0.92),
            "baseline", java.util.Map.of("count", 8, "total", 40, "share", 0.2, "low", 0.1, "high", 0.35)))));
    try {
      open("");
      assertThat(driver.findElement(By.id("alerts")).getText()).as("a stance shift shows both intervals")
          .contains("20% [10%–35%] of 40 → 80% [58%–92%] of 20");
      WebElement row = driver.findElements(By.cssSelector("#alerts tr.clickable")).stream()
          .filter(r -> r.getText().contains("lang volume")).findFirst().orElseThrow();
      assertThat(row.getText()).contains("2025-04-02 00:00 UTC").contains("lang volume per day").contains("fa")
          .contains("12");
      js("arguments[0].scrollIntoView({block: 'center'})", row);
      row.click();
      waitLoaded();
      assertThat(driver.getCurrentUrl()).contains("lang=fa");
      assertNoConsoleErrors();
    } finally {
      java.nio.file.Files.delete(log.file());
    }
  }

  @Test
  void aSavedViewIsChosenFromItsSelectAndKeptInTheAddress() throws IOException {
    dev.chorus.views.SavedViews views = new dev.chorus.views.SavedViews(fixture.workspace.root().resolve(
        dev.chorus.views.SavedViews.FILE_NAME), List.of(new dev.chorus.views.SavedView("persian", "Persian posts",
        java.util.Map.of("lang", List.of("fa")))));
    views.save();
    try {
      open("");
      WebElement select = driver.findElement(By.id("saved-view"));
      // the views arrive beside the analyses (the page does not wait for them)
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> select.getText().contains("persian (3)"));
      new org.openqa.selenium.support.ui.Select(select).selectByValue("persian");
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("view=persian"));
      waitLoaded();
      assertThat(driver.findElement(By.id("status")).getText()).startsWith("3 posts");
      assertThat(driver.findElement(By.id("active")).getText()).contains("view: persian");
      screenshot("saved-view");
      open("?view=persian&lang=ar");
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "persian".equals(
          js("return document.getElementById('saved-view').value")));
      assertThat(driver.findElement(By.id("status")).getText()).as("a given filter replaces the saved one")
          .startsWith("1 posts");
      assertNoConsoleErrors();
    } finally {
      Files.delete(views.file());
    }
  }

  @Test
  void theViewSettingsLiveInTheAddressBesideTheFilters() {
    open("?trends_by=cohort&coordination_window=10");
    assertThat(js("return document.getElementById('trends-by').value")).isEqualTo("cohort");
    assertThat(js("return document.getElementById('coordination-window').value")).isEqualTo("10");
    assertThat(js("return echarts.getInstanceByDom(document.getElementById('chart-trends')).getOption()"
        + ".series.map(s => s.name).join(',')")).isEqualTo("Hawks,Doves,total");
    assertThat(driver.getCurrentUrl()).contains("trends_by=cohort").contains("coordination_window=10");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("trends-interval"))).selectByValue("week");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("trends_interval=week"));
    waitLoaded();
    assertThat(driver.getCurrentUrl()).contains("trends_by=cohort");
    open("?trends_by=nonsense");
    assertThat(driver.findElement(By.id("warnings")).getText()).contains("unknown value 'nonsense' of trends_by");
    assertNoConsoleErrors();
  }

  /** The selected chart is the address' fragment: kept beside the filters and settings, scrolled to when opened. */
  @Test
  void theSelectedChartIsInTheAddressAndABookmarkOpensAtIt() {
    open("?trends_by=cohort#chart-coordination");
    assertThat(driver.getCurrentUrl()).endsWith("?trends_by=cohort#chart-coordination");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((Number) js("return Math.abs(document"
        + ".getElementById('coordination-panel').getBoundingClientRect().top)")).doubleValue() < 5);
    WebElement link = driver.findElement(By.cssSelector("a.chart-link[href='#chart-call-types']"));
    js("arguments[0].scrollIntoView({block: 'center'})", link);
    link.click();
    assertThat(driver.getCurrentUrl()).endsWith("?trends_by=cohort#chart-call-types");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("trends-interval"))).selectByValue("week");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("trends_interval=week"));
    assertThat(driver.getCurrentUrl()).endsWith("#chart-call-types");
    assertNoConsoleErrors();
  }

  @Test
  void theTrendsShowEachLabelsShareOfVoiceAsLines() throws IOException {
    open("?trends_by=cohort&trends_show=share");
    @SuppressWarnings("unchecked")
    List<java.util.Map<String, Object>> series = (List<java.util.Map<String, Object>>) js("return echarts"
        + ".getInstanceByDom(document.getElementById('chart-trends')).getOption().series"
        + ".map(s => ({name: s.name, type: s.type, max: Math.max(...s.data.filter(v => v !== null), 0)}))");
    assertThat(series).extracting(s -> s.get("name")).containsExactly("Hawks", "Doves", "total");
    assertThat(series).extracting(s -> s.get("type")).containsOnly("line");
    assertThat(series.subList(0, 2)).allSatisfy(s -> assertThat(((Number) s.get("max")).doubleValue())
        .isGreaterThan(0).isLessThanOrEqualTo(1));
    js("document.getElementById('trends-panel').scrollIntoView()");
    screenshot("trends-share");
    assertNoConsoleErrors();
  }

  @Test
  void theStancePanelSwitchesBetweenCountedLabelsAndCalibratedSharesAndSaysWhichItShows() throws IOException {
    open("");
    assertThat(stanceShares()).containsExactly(0.0, 1.0, 0.0); // favor, against, none: one post, labelled against
    assertThat(driver.findElement(By.id("stance-note")).getText()).contains("Shares of the labels")
        .doesNotContain("calibrated probability");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("stance-show"))).selectByValue("calibrated");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("stance_show=calibrated"));
    waitLoaded();
    WebElement note = driver.findElement(By.id("stance-note"));
    assertThat(note.getText()).contains("Shares are the mean calibrated probability of each stance over 1 post, "
        + "not counts of labels; see Method.", "(ECE): The talks 0.041");
    assertThat(note.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("/api/method.html#method-models");
    assertThat(stanceShares()).containsExactly(0.05, 0.83, 0.12);
    js("document.getElementById('stance-panel').scrollIntoView()");
    screenshot("stance-calibrated");
    open("?stance_show=calibrated"); // kept in the address
    assertThat(driver.findElement(By.id("stance-note")).getText()).contains("mean calibrated probability");
    assertNoConsoleErrors();
  }

  /** The stance chart's values for its one target, by series (favor, against, none). */
  @SuppressWarnings("unchecked")
  List<Double> stanceShares() {
    List<Object> values = (List<Object>) js("const s = echarts.getInstanceByDom(document.getElementById("
        + "'chart-stance')).getOption().series; return s.filter(x => x.name !== 'uncertain').map(x => x.data[0]);");
    return values.stream().map(v -> ((Number) v).doubleValue()).toList();
  }

  @Test
  void csvFilesStartWithAByteOrderMarkSoSpreadsheetsReadRightToLeftText() {
    open("");
    Object csv = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "import('./csv.js').then((m) => done(m.toCsv(['text'], [['نه به مذاکره'], ['=1+1']]).split('\\r\\n')));");
    assertThat(csv).isEqualTo(List.of("\ufefftext", "نه به مذاکره", "'=1+1", ""));
  }

  @Test
  void anUnknownParameterInTheAddressIsShownNotDropped() {
    open("?lnag=fa");
    WebElement box = driver.findElement(By.id("warnings"));
    assertThat(box.isDisplayed()).isTrue();
    assertThat(box.getText()).contains("unknown parameter 'lnag'; filters: ").contains("lang");
    assertNoConsoleErrors();
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
        "frame: Sovereignty", "0.61"));
    assertThat(driver.findElement(By.cssSelector("#posts .author")).getDomAttribute("title"))
        .startsWith("a pseudonym: a keyed hash of the account").contains("chorus reveal u_lab1");
    // the codebook's names are shown; the ids and the confidence to three digits are in the tooltip
    assertThat(driver.findElements(By.cssSelector("#posts .label")).stream().map(e -> e.getDomAttribute("title")))
        .contains("frame=sovereignty · confidence 0.610 (frame-test)");
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
    assertThat((String) js("return echarts.getInstanceByDom(document.getElementById('chart-trends'))"
        + ".getDataURL({type: 'png'})")).startsWith("data:image/png;base64,");
    js("window.__downloads = []; const orig = HTMLAnchorElement.prototype.click;"
        + "HTMLAnchorElement.prototype.click = function () { window.__downloads.push(this.download); };");
    driver.findElements(By.cssSelector("button.csv")).forEach(WebElement::click);
    @SuppressWarnings("unchecked")
    List<String> downloads = (List<String>) js("return window.__downloads");
    assertThat(downloads).containsExactlyInAnyOrder("chorus-trends-by-lang_lang-fa_since-2025-04-01.csv",
        "chorus-stance-labels_lang-fa_since-2025-04-01.csv",
        "chorus-hashtags_lang-fa_since-2025-04-01.csv", "chorus-actors_lang-fa_since-2025-04-01.csv",
        "chorus-domains_lang-fa_since-2025-04-01.csv", "chorus-languages_lang-fa_since-2025-04-01.csv",
        "chorus-platforms_lang-fa_since-2025-04-01.csv", "chorus-kinds_lang-fa_since-2025-04-01.csv",
        "chorus-cohorts_lang-fa_since-2025-04-01.csv", "chorus-frames-by-cohort_lang-fa_since-2025-04-01.csv",
        "chorus-convergence_lang-fa_since-2025-04-01.csv",
        "chorus-coordination-groups-repost_lang-fa_since-2025-04-01.csv",
        "chorus-call-types_lang-fa_since-2025-04-01.csv", "chorus-call-addressees_lang-fa_since-2025-04-01.csv",
        "chorus-coverage_lang-fa_since-2025-04-01.csv", "chorus-posts-shown_lang-fa_since-2025-04-01.csv",
        "chorus-compare-by-stance_lang-fa_since-2025-04-01.csv");
    List<String> charts = driver.findElements(By.cssSelector(".chart")).stream().map(c -> c.getDomAttribute("id"))
        .toList();
    for (String id : charts) {
      assertThat(js("return echarts.getInstanceByDom(document.getElementById(arguments[0]))"
          + ".getOption().toolbox[0].feature.saveAsImage.name", id)).as(id).asString()
          .endsWith("_lang-fa_since-2025-04-01");
    }
  }

}
