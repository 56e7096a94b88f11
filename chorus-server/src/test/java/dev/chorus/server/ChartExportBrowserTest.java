package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.w3c.dom.Document;

/**
 * Every chart panel's SVG and PNG buttons (chart-export.js) on the fixture's page: a click downloads a file named after
 * the chart and the filters; the SVG parses as a standalone SVG document (a strict XML parser, no DTD) carrying the
 * chart's labels, the PNG starts with PNG's signature and is twice the chart's size. Downloads are caught where the
 * page makes them (the blob handed to {@code URL.createObjectURL} and the anchor's name), not written to disk.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartExportBrowserTest {
  private static final String FILTERS = "?lang=fa&since=2025-04-01";
  private static final String SUFFIX = "_lang-fa_since-2025-04-01";
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir static Path dir;
  FixtureWorkspace fixture;
  ChorusServer server;
  BrowserSession browser;

  @BeforeAll
  void start() throws IOException {
    Assumptions.assumeTrue(BrowserSession.available(), "browser tests skipped: install chromium and chromium-driver");
    fixture = new FixtureWorkspace(dir.resolve("ws"));
    server = fixture.server(null);
    browser = new BrowserSession(server.url(), dir.resolve("profile"));
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
      fixture.close();
    }
  }

  @Test
  void everyChartDownloadsAsAValidSvgAndPngNamedAfterItsFilters() throws Exception {
    browser.open(FILTERS);
    browser.js("window.__files = [];"
        + "const make = URL.createObjectURL.bind(URL);"
        + "URL.createObjectURL = (blob) => { window.__files.push({ blob }); return make(blob); };"
        + "HTMLAnchorElement.prototype.click = function () { window.__files[window.__files.length - 1].name ="
        + " this.download; };");
    List<WebElement> buttons = browser.driver.findElements(By.cssSelector("button.chart-export"));
    List<String> charts = browser.driver.findElements(By.cssSelector(".panel .chart")).stream()
        .map(c -> c.getDomAttribute("id")).toList();
    assertThat(buttons).hasSize(2 * charts.size());
    browser.js("arguments[0].scrollIntoView({block: 'center'})", buttons.get(0));
    browser.screenshot("chart-export-buttons");
    buttons.forEach(WebElement::click);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> files = (List<Map<String, Object>>) browser.asyncJs(
        "const done = arguments[arguments.length - 1];"
            + "Promise.all(window.__files.map(async (f) => ({ name: f.name, type: f.blob.type,"
            + " text: f.blob.type.startsWith('image/svg') ? await f.blob.text() : null,"
            + " head: Array.from(new Uint8Array(await f.blob.slice(0, 24).arrayBuffer())) }))).then(done);");
    assertThat(browser.consoleWarnings()).as("browser console").isEmpty();
    assertThat(files).hasSize(buttons.size());
    for (int i = 0; i < files.size(); i++) {
      Map<String, Object> file = files.get(i);
      String chart = buttons.get(i).getDomAttribute("data-chart");
      String name = (String) file.get("name");
      assertThat(name).as(chart).startsWith("chorus-").contains(SUFFIX);
      if (name.endsWith(".svg")) {
        assertValidSvg(chart, (String) file.get("text"));
      } else {
        assertThat(name).endsWith(SUFFIX + ".png");
        assertPngAtTwiceTheSize(chart, head(file));
      }
    }
    assertThat(files.stream().map(f -> (String) f.get("name")).toList())
        .contains("chorus-hashtags" + SUFFIX + ".svg", "chorus-hashtags" + SUFFIX + ".png");
  }

  @Test
  void aLabelThatIsMarkupStaysTextInTheSvg() throws Exception {
    browser.open(FILTERS);
    String hostile = FixtureWorkspace.XSS_SCRIPT + " & \"quoted\"";
    browser.js("echarts.getInstanceByDom(document.getElementById('chart-hashtag'))"
        + ".setOption({ yAxis: { data: [arguments[0]] }, series: [{ data: [1] }] })", hostile);
    String svg = (String) browser.asyncJs("const done = arguments[arguments.length - 1];"
        + "import('/chart-export.js').then((m) => done(m.chartSvg(echarts.getInstanceByDom("
        + "document.getElementById('chart-hashtag')))));");
    Document d = parseSvg(svg);
    assertThat(d.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(d.getDocumentElement().getTextContent()).contains("<script>");
    assertThat(browser.consoleWarnings()).as("browser console").isEmpty();
  }

  /**
   * Every chart's labels, in the DOM of its SVG drawing ({@code chart-labels.js}): inside the chart, not overlapping,
   * no tick label repeated on a value axis; on the whole fixture, filtered, and in a narrow window. A screenshot of
   * each chart goes to target/screenshots for a look.
   */
  @Test
  void everyChartsLabelsAreInsideApartAndNotRepeated() throws Exception {
    String check = new String(getClass().getResourceAsStream("chart-labels.js").readAllBytes(),
        StandardCharsets.UTF_8);
    try {
      for (int width : new int[] {1280, 760}) {
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 800));
        for (String q : List.of(FILTERS, "?trends_show=share", "")) { // the whole fixture last, for the screenshots
          browser.open(q);
          assertThat((List<?>) browser.asyncJs(check)).as("labels at " + width + " px, " + q).isEmpty();
        }
        for (WebElement chart : browser.driver.findElements(By.cssSelector(".panel .chart"))) {
          browser.js("arguments[0].scrollIntoView({block: 'center'})", chart);
          java.nio.file.Files.copy(chart.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
              DashboardBrowserTest.SCREENSHOTS.resolve(chart.getDomAttribute("id") + "-" + width + ".png"),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
    }
    // the check sees what it looks for: ticks rounded to the same label, a label past the edge, two on one spot
    browser.js("const c = echarts.getInstanceByDom(document.getElementById('chart-hashtag'));"
        + "c.setOption({ xAxis: { axisLabel: { formatter: () => '0%' } }, graphic: ["
        + "{ type: 'text', left: -40, top: 100, style: { text: 'cut label', fontSize: 12 } },"
        + "{ type: 'text', left: 100, top: 150, style: { text: 'one', fontSize: 12 } },"
        + "{ type: 'text', left: 104, top: 152, style: { text: 'two', fontSize: 12 } }] })");
    assertThat((List<?>) browser.asyncJs(check)).asString().contains("chart-hashtag: tick label \"0%\" repeated",
        "\"cut label\" is cut", "\"one\" overlaps \"two\"");
  }

  private static Document parseSvg(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** A standalone SVG document with the chart's text in it: for a bar chart, its first category label. */
  private void assertValidSvg(String chart, String svg) throws Exception {
    Document d = parseSvg(svg);
    assertThat(d.getDocumentElement().getLocalName()).as(chart).isEqualTo("svg");
    assertThat(d.getDocumentElement().getNamespaceURI()).as(chart).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(d.getElementsByTagNameNS("*", "text").getLength()).as(chart + ": text in the SVG").isPositive();
    Object firstCategory = browser.js("const o = echarts.getInstanceByDom(document.getElementById(arguments[0]))"
        + ".getOption(); const y = (o.yAxis || [])[0]; return y && y.type === 'category' && y.data.length"
        + " ? String(y.data[0].value ?? y.data[0]) : null", chart);
    if (firstCategory instanceof String label && label.length() <= 12) {
      assertThat(d.getDocumentElement().getTextContent()).as(chart + ": its first label").contains(label);
    }
  }

  private void assertPngAtTwiceTheSize(String chart, byte[] head) {
    assertThat(java.util.Arrays.copyOf(head, 8)).as(chart + ": PNG signature").isEqualTo(PNG_SIGNATURE);
    long width = ((head[16] & 0xffL) << 24) | ((head[17] & 0xff) << 16) | ((head[18] & 0xff) << 8) | (head[19] & 0xff);
    long shown = (Long) browser.js("return document.getElementById(arguments[0]).clientWidth", chart);
    assertThat(width).as(chart + ": PNG width (IHDR)").isEqualTo(2 * shown);
  }

  private static byte[] head(Map<String, Object> file) {
    @SuppressWarnings("unchecked")
    List<Number> numbers = (List<Number>) file.get("head");
    byte[] b = new byte[numbers.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = numbers.get(i).byteValue();
    }
    return b;
  }
}
