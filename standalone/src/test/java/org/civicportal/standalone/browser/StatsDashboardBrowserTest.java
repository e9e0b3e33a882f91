package org.civicportal.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The statistics dashboard in Chromium as an editor sees it on a desktop (1280x800) and a phone
 * (390 px wide): the overview within the first screen, no layout shift while the chart arrives
 * (cumulative layout shift measured by a PerformanceObserver), nothing wider than the phone, no
 * WCAG 2.1 AA violation there, and the period form and the key figures' copy button used with the
 * keyboard only.
 */
class StatsDashboardBrowserTest extends BrowserTest {
  /** The sum of the page's layout shifts not caused by input, from the first paint on. */
  private static final String LAYOUT_SHIFT =
      "var done = arguments[arguments.length - 1]; var sum = 0;"
          + "new PerformanceObserver(function (list) {"
          + "  list.getEntries().forEach(function (e) { if (!e.hadRecentInput) { sum += e.value; } });"
          + "}).observe({type: 'layout-shift', buffered: true});"
          + "setTimeout(function () { done(sum); }, 1000);";

  private static final String CHART_READY =
      "return !!document.querySelector('[data-civic-chart][data-civic-rendered=true] canvas')";

  @BeforeAll
  static void signIn() {
    site.signInAsAdmin();
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
  }

  @AfterEach
  void fullWindow() {
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  private static void screen(int width, int height, boolean mobile) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  private static void openWithChart(String path) {
    browser.get(site.url(path));
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .withMessage("the chart is drawn")
        .until(d -> Boolean.TRUE.equals(browser.executeScript(CHART_READY)));
  }

  private static WebElement active() {
    return browser.switchTo().activeElement();
  }

  private static void press(CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  @Test
  void theOverviewIsOnTheFirstScreenAndNothingShiftsWhileTheChartArrives() {
    for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
      screen(size[0], size[1], size[0] < 500);
      openWithChart("/.civic/stats/");
      double shift = ((Number) browser.executeAsyncScript(LAYOUT_SHIFT)).doubleValue();
      assertThat(shift).as("cumulative layout shift at " + size[0] + " px").isLessThan(0.01);
      assertThat(
              ((Number) browser.executeScript("return document.documentElement.scrollWidth"))
                  .intValue())
          .as("page width at " + size[0] + " px")
          .isLessThanOrEqualTo(size[0]);
    }
    screen(1280, 800, false);
    openWithChart("/.civic/stats/");
    double overviewBottom =
        ((Number)
                browser.executeScript(
                    "return document.querySelector("
                        + "'[data-civic-overview]').getBoundingClientRect().bottom"))
            .doubleValue();
    double chartBottom =
        ((Number)
                browser.executeScript(
                    "return document.querySelector("
                        + "'[data-civic-chart]').getBoundingClientRect().bottom"))
            .doubleValue();
    assertThat(overviewBottom)
        .as("the overview's figures end within 800 px")
        .isLessThanOrEqualTo(800);
    assertThat(chartBottom).as("the chart ends within 800 px").isLessThanOrEqualTo(800);
    assertThat(browser.findElements(By.cssSelector("[data-civic-figure] dt")))
        .extracting(WebElement::getText)
        .containsExactly(
            "Khách truy cập",
            "Lượt truy cập",
            "Lượt xem trang",
            "Trang mỗi lượt truy cập",
            "Đang trực tuyến");
  }

  @Test
  void hasNoWcag21AaViolationsOnAPhone() {
    screen(390, 844, true);
    for (String path : List.of("/.civic/stats/", "/.civic/stats/?lang=en&period=year")) {
      openWithChart(path);
      Axe.assertNoViolations(browser, path + " at 390 px");
    }
  }

  @Test
  void thePeriodIsChosenWithTheKeyboard() {
    openWithChart("/.civic/stats/?lang=en");
    WebElement select = browser.findElement(By.cssSelector("select[name=period]"));
    for (int i = 0; i < 30 && !active().equals(select); i++) {
      press(Keys.TAB);
    }
    assertThat(active()).as("the period select is a Tab stop").isEqualTo(select);
    press("Last quarter");
    assertThat(select.getAttribute("value")).isEqualTo("last-quarter");
    WebElement show = browser.findElement(By.cssSelector(".civic-stats-range button[type=submit]"));
    for (int i = 0; i < 10 && !active().equals(show); i++) {
      press(Keys.TAB);
    }
    assertThat(active()).isEqualTo(show);
    press(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().contains("period=last-quarter"));
    assertThat(
            browser
                .findElement(By.cssSelector("select[name=period] option[selected]"))
                .getAttribute("value"))
        .isEqualTo("last-quarter");
    assertThat(browser.findElement(By.cssSelector("#civic-stats-overview-title")).getText())
        .matches("Overview [0-9]{4}-[0-9]{2}-01 – [0-9]{4}-[0-9]{2}-3[01]");
  }

  @Test
  void theKeyFiguresAreCopiedWithTheKeyboard() {
    browser.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "origin",
            site.url(""),
            "permissions",
            List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    openWithChart("/.civic/stats/?period=year");
    WebElement copy = browser.findElement(By.cssSelector("[data-civic-table-copy]"));
    assertThat(copy.isDisplayed()).as("shown once the script can copy").isTrue();
    browser.executeScript("arguments[0].focus()", copy);
    press(Keys.ENTER);
    WebElement status = browser.findElement(By.cssSelector("[data-civic-table-copy-status]"));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !status.getText().isEmpty());
    assertThat(status.getText()).isEqualTo("Đã sao chép bảng số liệu.");
    Object copied =
        browser.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, function (e) { done('failed: ' + e); });");
    assertThat((String) copied)
        .startsWith("Số liệu cho báo cáo hoạt động (")
        .contains("Tin, bài đăng tải\t")
        .contains("Lượt trả lời thăm dò ý kiến\t");
  }
}
