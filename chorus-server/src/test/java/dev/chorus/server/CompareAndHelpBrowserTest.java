package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The compare panel and the panels' help in a real headless Chromium, on the {@link FixtureWorkspace}. Skipped, with
 * a message, only when Chromium is not installed.
 */
class CompareAndHelpBrowserTest extends FixtureBrowserTest {
  /** The value of each row of the compare table, in order. */
  @SuppressWarnings("unchecked")
  List<String> compareValues() { // read in one script: the table is replaced while answers arrive
    return (List<String>) js("return [...document.querySelectorAll('#compare tr[data-value]')]"
        + ".map((r) => r.dataset.value);");
  }

  @Test
  void comparesTwoPeriodsAroundACodebookEventAndOpensTheirPosts() {
    open("");
    // two days before the fixture's event round-1 (2025-04-03) and two days from it, by language
    js("const set = (id, v) => { const e = document.getElementById(id); e.value = v;"
        + " e.dispatchEvent(new Event('change')); };"
        + "set('compare-by', 'lang'); set('compare-days', '2'); set('compare-around', 'round-1');");
    waiting().until(d -> compareValues().equals(List.of("en", "de", "fa", "ar", "he")));
    assertThat(driver.findElement(By.id("compare-note")).getText())
        .contains("Before 2025-04-01 – 2025-04-02 (8 posts)", "after 2025-04-03 – 2025-04-04 (10 posts)",
            "First round in Muscat");
    WebElement en = driver.findElement(By.cssSelector("#compare tr[data-value='en']"));
    List<String> cells = en.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    assertThat(cells.get(1)).startsWith("37.5% [").endsWith("of 8");
    assertThat(cells.get(2)).startsWith("60.0% [").endsWith("of 10");
    assertThat(cells.get(3)).startsWith("+22.5 [");
    assertThat(driver.findElement(By.id("compare-warnings")).getText())
        .contains("the before period has only 8 posts (fewer than min_posts 30)");

    en.findElements(By.cssSelector("td button")).get(1).click(); // the after period's English posts
    waiting().until(d -> d.getCurrentUrl().contains("lang=en"));
    open(driver.getCurrentUrl().substring(server.url().length())); // settled: the list is the drill-down's
    assertThat(driver.getCurrentUrl()).contains("since=2025-04-03T00%3A00%3A00Z", "until=2025-04-05T00%3A00%3A00Z");
    assertThat(driver.findElements(By.cssSelector("#posts li.post"))).hasSize(6);
  }

  /** The compare panel's inputs by id → value, read in one script. */
  @SuppressWarnings("unchecked")
  java.util.Map<String, String> compareInputs() {
    return (java.util.Map<String, String>) js("return Object.fromEntries(['compare-by', 'compare-before',"
        + " 'compare-after', 'compare-around', 'compare-days'].map((id) => [id, document.getElementById(id).value]));");
  }

  @Test
  void theComparisonIsKeptInTheAddressSoAReloadOrABookmarkOpensItAgain() {
    open("?lang=en,fa");
    js("const set = (id, v) => { const e = document.getElementById(id); e.value = v;"
        + " e.dispatchEvent(new Event('change')); };"
        + "set('compare-by', 'lang'); set('compare-days', '2'); set('compare-around', 'round-1');");
    waiting().until(d -> d.getCurrentUrl().contains("compare_around=round-1"));
    String address = driver.getCurrentUrl().substring(server.url().length());
    assertThat(address).contains("lang=en%2Cfa", "compare_by=lang", "compare_days=2")
        .doesNotContain("compare_before", "compare_after"); // the defaults (empty) are left out

    open(address); // a reload, or the bookmark opened another day
    assertThat(compareInputs()).containsEntry("compare-by", "lang").containsEntry("compare-days", "2")
        .containsEntry("compare-around", "round-1").containsEntry("compare-before", "");
    waiting().until(d -> compareValues().equals(List.of("en", "fa")));
    assertThat(driver.findElement(By.id("compare-note")).getText()).contains("Before 2025-04-01 – 2025-04-02",
        "First round in Muscat");

    // the two periods given instead: the same days, days and around left out of the call (the server refuses them)
    open("?compare_by=lang&compare_before=2025-04-01..2025-04-02&compare_after=2025-04-03..2025-04-04");
    assertThat(compareInputs()).containsEntry("compare-before", "2025-04-01..2025-04-02")
        .containsEntry("compare-after", "2025-04-03..2025-04-04").containsEntry("compare-days", "7");
    waiting().until(d -> compareValues().equals(List.of("en", "de", "fa", "ar", "he")));
    assertThat(driver.findElement(By.id("compare-error")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("compare-note")).getText())
        .contains("Before 2025-04-01 – 2025-04-02 (8 posts)", "after 2025-04-03 – 2025-04-04 (10 posts)",
            "the periods given");

    // back: the earlier comparison's settings come back from the address
    js("const e = document.getElementById('compare-by'); e.value = 'stance'; e.dispatchEvent(new Event('change'));");
    waiting().until(d -> !d.getCurrentUrl().contains("compare_by"));
    driver.navigate().back();
    waiting().until(d -> "lang".equals(compareInputs().get("compare-by")));
    waiting().until(d -> compareValues().equals(List.of("en", "de", "fa", "ar", "he")));
  }

  @Test
  void aDimensionTheComparePanelDoesNotOfferIsWarnedOfAndTheDefaultKept() {
    open("?compare_by=lnag");
    assertThat(driver.findElement(By.id("warnings")).getText())
        .contains("unknown value 'lnag' of compare_by; known: ");
    assertThat(compareInputs()).containsEntry("compare-by", "stance");
    assertThat(driver.getCurrentUrl()).doesNotContain("compare_by");
  }

  @Test
  void everyPanelExplainsItselfAndNamesTheMeasuredModels() {
    open("");
    waiting().until(d -> !d.findElements(By.cssSelector(".help-toggle")).isEmpty());
    List<WebElement> panels = driver.findElements(By.cssSelector("main section.panel"));
    assertThat(panels).hasSizeGreaterThan(10);
    for (WebElement panel : panels) {
      String title = panel.findElement(By.tagName("h2")).getText();
      List<WebElement> toggle = panel.findElements(By.cssSelector(".help-toggle"));
      assertThat(toggle).as("the help button of " + title).hasSize(1);
      js("arguments[0].scrollIntoView({block: 'center'})", toggle.get(0));
      toggle.get(0).click();
      WebElement text = panel.findElement(By.cssSelector(".help-text"));
      assertThat(text.isDisplayed()).as("help of " + title + " shown").isTrue();
      assertThat(text.getText()).as("help of " + title).hasSizeGreaterThan(80);
    }
    String compare = driver.findElement(By.cssSelector("#compare-panel .help-text")).getText();
    assertThat(compare).contains("Newcombe", "chorus compare --help")
        .contains("stance:talks f_avg 0.61 (cross-validated, 120 examples)");
  }

  @Test
  void theHelpLinksToTheReportsMethodSection() {
    open("");
    waiting().until(d -> !d.findElements(By.cssSelector("#compare-panel .help-toggle")).isEmpty());
    WebElement toggle = driver.findElement(By.cssSelector("#compare-panel .help-toggle"));
    js("arguments[0].scrollIntoView({block: 'center'})", toggle);
    toggle.click();
    WebElement link = driver.findElement(By.cssSelector("#compare-panel .help-text a.method-link"));
    assertThat(link.getDomAttribute("href")).as("compare names the models topic last")
        .isEqualTo("/api/method.html#method-models");
    assertThat(driver.findElement(By.cssSelector("#coverage-panel .help-text a.method-link")).getDomAttribute("href"))
        .isEqualTo("/api/method.html#method");
    String dashboard = driver.getWindowHandle();
    link.click();
    waiting().until(d -> d.getWindowHandles().size() == 2);
    String method = driver.getWindowHandles().stream().filter(h -> !h.equals(dashboard)).findFirst().orElseThrow();
    driver.switchTo().window(method);
    try {
      waiting().until(d -> d.getCurrentUrl().endsWith("/api/method.html#method-models")
          && !d.findElements(By.id("method-models")).isEmpty());
      assertThat(driver.findElement(By.id("method")).getText()).isEqualTo("Method");
      assertThat(driver.findElement(By.id("method-models")).getText()).contains("Models in the workspace");
      assertThat(driver.findElement(By.id("method-annotators")).getText()).contains("Annotator", "Model hash");
      assertThat(js("return getComputedStyle(document.getElementById('method-annotators')).borderCollapse"))
          .as("the report's stylesheet loads under the server's CSP").isEqualTo("collapse");
    } finally {
      driver.close();
      driver.switchTo().window(dashboard);
    }
  }
}
