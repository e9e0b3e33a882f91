package org.civicportal.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A visitor's browser on the standalone site with the demo content: the accessibility toolbar
 * changes the page, the choice survives reloads and is in place before the page body is parsed (so
 * before the first paint), and the share links point at the page being read.
 */
@BrowserTest.SiteFlags({"--site-url", DisplayPreferencesBrowserTest.SITE_URL})
class DisplayPreferencesBrowserTest extends BrowserTest {
  static final String SITE_URL = "https://portal.example.gov.vn";
  private static final String SEED_REPORT = "/reports/ket-qua-hoat-dong-quy-iii-nam-2019";

  /**
   * Records the classes of {@code <html>} and its font size at the moment the parser creates {@code
   * <body>}: whatever is there then was applied before anything of the page could be painted.
   */
  private static final String RECORD_BEFORE_BODY =
      String.join(
          "\n",
          "new MutationObserver(function (records, observer) {",
          "  if (document.body) {",
          "    window.__civicBeforeBody = {",
          "      classes: document.documentElement.className,",
          "      fontSize: getComputedStyle(document.documentElement).fontSize",
          "    };",
          "    observer.disconnect();",
          "  }",
          "}).observe(document, {childList: true, subtree: true});",
          // Headless Chromium has no print dialog to open: note the request instead.
          "window.print = function () { window.__civicPrinted = true; };");

  @BeforeAll
  static void recordBeforeBody() {
    site.chromium().beforeEveryPage(RECORD_BEFORE_BODY);
  }

  @BeforeEach
  void forgetPreferences() {
    open(SEED_REPORT);
    browser.executeScript("localStorage.clear()");
    browser.navigate().refresh();
  }

  private static void open(String path) {
    browser.get(site.base() + path);
  }

  private static List<String> htmlClasses() {
    return List.of(
        ((String) browser.executeScript("return document.documentElement.className"))
            .trim()
            .split("\\s+"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> beforeBody() {
    return (Map<String, Object>) browser.executeScript("return window.__civicBeforeBody");
  }

  private static String rootFontSize() {
    return (String)
        browser.executeScript("return getComputedStyle(document.documentElement).fontSize");
  }

  private static WebElement button(String selector) {
    return browser.findElement(By.cssSelector(".civic-toolbar " + selector));
  }

  private static String pressed(String selector) {
    return button(selector).getAttribute("aria-pressed");
  }

  @Test
  void pageStartsWithDefaultsAndTheToolbarVisible() {
    assertThat(htmlClasses())
        .contains("civic-js")
        .doesNotContain("civic-no-js", "civic-font-large", "civic-contrast");
    assertThat(rootFontSize()).isEqualTo("16px");
    assertThat(button("[data-civic-font=large]").isDisplayed()).isTrue();
    assertThat(pressed("[data-civic-font=normal]")).isEqualTo("true");
    assertThat(pressed("[data-civic-contrast]")).isEqualTo("false");
  }

  @Test
  void largerTextIsAppliedRememberedAndInPlaceBeforeTheBody() {
    button("[data-civic-font=large]").click();
    assertThat(htmlClasses()).contains("civic-font-large");
    assertThat(rootFontSize()).isEqualTo("20px");
    assertThat(pressed("[data-civic-font=large]")).isEqualTo("true");
    assertThat(pressed("[data-civic-font=normal]")).isEqualTo("false");

    browser.navigate().refresh();
    assertThat(beforeBody().get("classes").toString()).contains("civic-font-large");
    assertThat(beforeBody().get("fontSize")).isEqualTo("20px");
    assertThat(pressed("[data-civic-font=large]")).isEqualTo("true");

    // Another page of the site gets it too.
    open("/");
    assertThat(beforeBody().get("classes").toString()).contains("civic-font-large");
  }

  @Test
  void smallerTextAndBackToDefault() {
    button("[data-civic-font=small]").click();
    assertThat(rootFontSize()).isEqualTo("14px");
    browser.navigate().refresh();
    assertThat(beforeBody().get("fontSize")).isEqualTo("14px");
    assertThat(pressed("[data-civic-font=small]")).isEqualTo("true");

    button("[data-civic-font=normal]").click();
    assertThat(rootFontSize()).isEqualTo("16px");
    browser.navigate().refresh();
    assertThat(htmlClasses()).doesNotContain("civic-font-small", "civic-font-large");
    assertThat(pressed("[data-civic-font=normal]")).isEqualTo("true");
  }

  @Test
  void printButtonPrintsAndNothingThrows() {
    button("[data-civic-print]").click();
    assertThat(browser.executeScript("return window.__civicPrinted === true")).isEqualTo(true);
    open("/");
    open("/en/articles");
    assertThat(site.chromium().scriptErrors()).isEmpty();
  }

  @Test
  void highContrastTogglesAndPersists() {
    String normalBackground = bodyBackground();
    button("[data-civic-contrast]").click();
    assertThat(htmlClasses()).contains("civic-contrast");
    assertThat(pressed("[data-civic-contrast]")).isEqualTo("true");
    assertThat(bodyBackground()).isEqualTo("rgb(0, 0, 0)").isNotEqualTo(normalBackground);

    browser.navigate().refresh();
    assertThat(beforeBody().get("classes").toString()).contains("civic-contrast");
    assertThat(pressed("[data-civic-contrast]")).isEqualTo("true");
    assertThat(bodyBackground()).isEqualTo("rgb(0, 0, 0)");

    button("[data-civic-contrast]").click();
    browser.navigate().refresh();
    assertThat(htmlClasses()).doesNotContain("civic-contrast");
    assertThat(bodyBackground()).isEqualTo(normalBackground);
  }

  private static String bodyBackground() {
    return (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor");
  }

  private static Map<String, String> query(String href) {
    return java.util.Arrays.stream(URI.create(href).getRawQuery().split("&"))
        .map(p -> p.split("=", 2))
        .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
  }

  @Test
  void shareLinksPointAtThePageBeingRead() {
    for (String path : List.of(SEED_REPORT, "/en" + SEED_REPORT)) {
      open(path);
      String pageUrl = SITE_URL + path;
      String title = browser.findElement(By.cssSelector("h1")).getText();
      String facebook =
          browser.findElement(By.cssSelector("a.civic-share-facebook")).getAttribute("href");
      assertThat(facebook).startsWith("https://www.facebook.com/sharer/sharer.php?");
      assertThat(query(facebook)).containsEntry("u", pageUrl);
      String x = browser.findElement(By.cssSelector("a.civic-share-x")).getAttribute("href");
      assertThat(x).startsWith("https://x.com/intent/post?");
      assertThat(query(x)).containsEntry("url", pageUrl).containsEntry("text", title);
      String zalo = browser.findElement(By.cssSelector("a.civic-share-zalo")).getAttribute("href");
      assertThat(query(zalo)).containsEntry("url", pageUrl);
      assertThat(
              browser
                  .findElement(By.cssSelector("button.civic-share-copy"))
                  .getAttribute("data-civic-copy"))
          .isEqualTo(pageUrl);
    }
  }

  @Test
  void copyLinkPutsThePageUrlOnTheClipboard() {
    browser.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "origin",
            site.base(),
            "permissions",
            List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    browser.findElement(By.cssSelector("button.civic-share-copy")).click();
    WebElement status = browser.findElement(By.cssSelector(".civic-share [role=status]"));
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
        .until(d -> !status.getText().isEmpty());
    assertThat(status.getText()).isEqualTo("Đã sao chép liên kết.");
    Object clipboard =
        browser.executeAsyncScript(
            "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('error: ' + e); });");
    assertThat(clipboard).isEqualTo(SITE_URL + SEED_REPORT);
  }
}
