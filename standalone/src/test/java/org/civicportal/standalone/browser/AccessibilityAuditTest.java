package org.civicportal.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The axe-core audit (WCAG 2.0 and 2.1, levels A and AA) of the standalone site's pages, each in
 * every display mode a visitor can choose, after the page's scripts have filled in their widgets:
 * not one violation. The mode is the stored preference the toolbar writes, applied by the page
 * itself on load. One browser for all cases.
 */
class AccessibilityAuditTest extends BrowserTest {
  private static final String RATING_READY =
      "return !!document.querySelector('[data-civic-rating] fieldset:not([hidden])')";
  private static final String POLL_READY =
      "return !!document.querySelector('[data-civic-poll] button[type=submit]:not([hidden])')";
  private static final String CHARTS_READY =
      "return document.querySelectorAll('[data-civic-rendered=true]').length === 1";
  private static final String LOADED = "return document.readyState === 'complete'";

  /** A page of the site, and when its scripts are done with it. */
  record Page(String name, String path, String ready, boolean signIn) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A display mode, as the toolbar stores it, and the class it puts on {@code <html>}. */
  enum Mode {
    DEFAULT(Map.of(), "civic-js"),
    HIGH_CONTRAST(Map.of("civic.contrast", "high"), "civic-contrast"),
    LARGEST_FONT(Map.of("civic.font", "large"), "civic-font-large");

    final Map<String, String> stored;
    final String htmlClass;

    Mode(Map<String, String> stored, String htmlClass) {
      this.stored = stored;
      this.htmlClass = htmlClass;
    }
  }

  static final List<Page> PAGES =
      List.of(
          new Page("home", "/", POLL_READY, false),
          new Page("home (en)", "/en/", POLL_READY, false),
          new Page("article", "/articles/chuyen-doi-ipv6-co-quan-nha-nuoc", RATING_READY, false),
          new Page(
              "article (en)", "/en/articles/chuyen-doi-ipv6-co-quan-nha-nuoc", RATING_READY, false),
          new Page(
              "seed report", "/reports/ket-qua-hoat-dong-quy-iii-nam-2019", RATING_READY, false),
          new Page("poll archive", "/polls", POLL_READY, false),
          new Page("articles listing, with thumbnails", "/articles", LOADED, false),
          new Page(
              "report with a lead image (en)",
              "/en/reports/ket-qua-hoat-dong-quy-ii-nam-2024",
              RATING_READY,
              false),
          new Page("404", "/khong-co-trang-nay", LOADED, false),
          new Page("search results", "/search?q=bao+cao+quy+iii", LOADED, false),
          new Page("search results (en), page 2", "/en/search?q=chuyen+doi&page=2", LOADED, false),
          new Page("search refused", "/search?q=x&year=abc", LOADED, false),
          new Page("search, nothing found", "/search?q=zzzz", LOADED, false),
          new Page("statistics dashboard", "/.civic/stats/", CHARTS_READY, true));

  @BeforeAll
  static void start() throws Exception {
    site.signInAsAdmin();
    // The site's origin, where the preferences are stored.
    browser.get(site.url("/.resources/civic-portal/webresources/css/civic-portal.css"));
  }

  static Stream<Arguments> pagesInEveryMode() {
    return PAGES.stream()
        .flatMap(page -> Stream.of(Mode.values()).map(mode -> Arguments.of(page, mode)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("pagesInEveryMode")
  void hasNoWcag21AaViolations(Page page, Mode mode) {
    browser.executeScript(
        "localStorage.clear();"
            + "for (var key in arguments[0]) { localStorage.setItem(key, arguments[0][key]); }",
        mode.stored);
    browser.get(site.url(page.path()));
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .withMessage(page + ": its scripts finish")
        .until(d -> Boolean.TRUE.equals(browser.executeScript(page.ready())));
    assertThat((String) browser.executeScript("return document.documentElement.className"))
        .as("the page applies the stored mode")
        .contains(mode.htmlClass);

    Axe.assertNoViolations(browser, page + " (" + site.url(page.path()) + ") in mode " + mode);
  }

  /**
   * The audit sees what it must: an image without a text alternative, named by rule, impact,
   * selector and help.
   */
  @Test
  void reportsAViolationByRuleImpactTargetAndHelp() {
    browser.get(site.url("/khong-co-trang-nay"));
    browser.executeScript(
        "var img = document.createElement('img'); img.id = 'civic-no-alt'; img.src = '/x.png';"
            + "document.getElementById('civic-main').appendChild(img);");
    assertThat(Axe.wcagViolations(browser))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.id()).isEqualTo("image-alt");
              assertThat(v.impact()).isEqualTo("critical");
              assertThat(v.targets()).containsExactly("#civic-no-alt");
              assertThat(v.helpUrl()).contains("image-alt");
            });
  }
}
