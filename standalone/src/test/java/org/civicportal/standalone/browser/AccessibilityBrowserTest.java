package org.civicportal.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the audit cannot see, checked in Chromium with the keyboard and the system's display
 * settings: the skip link of every page template, a visible focus indicator on every keyboard stop,
 * no motion when the system asks for reduced motion, and the high-contrast theme when it asks for
 * more contrast (unless the visitor chose the normal one).
 */
class AccessibilityBrowserTest extends BrowserTest {
  private static final String SEED_REPORT = "/reports/ket-qua-hoat-dong-quy-iii-nam-2019";

  /** The pages of every page template the standalone serves, and the dashboard. */
  private static final List<String> PAGES =
      List.of(
          "/",
          "/articles/chuyen-doi-ipv6-co-quan-nha-nuoc",
          SEED_REPORT,
          "/articles",
          "/polls",
          "/khong-co-trang-nay",
          "/.civic/stats/");

  /**
   * The focus indicator of an element: its outline and box shadow, or those of the label that
   * stands for it (the rating's radios are visually hidden behind their star labels).
   */
  private static final String INDICATOR =
      String.join(
          "\n",
          "function indicator(el) {",
          "  var shown = el.matches('.civic-rating-input') ? document.querySelector('label[for=\"' + el.id + '\"]') : el;",
          "  var s = getComputedStyle(shown);",
          "  return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' | ' + s.boxShadow;",
          "}");

  /** Every element's indicator while nothing is focused, kept for comparison. */
  private static final String RECORD_UNFOCUSED =
      INDICATOR
          + "\n"
          + "if (document.activeElement) { document.activeElement.blur(); }"
          + "window.__civicRest = new Map();"
          + "document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').forEach("
          + "  function (el) { window.__civicRest.set(el, indicator(el)); });";

  /**
   * The focused element: a description, its indicator now and at rest, and whether the outline is
   * 2px or more.
   */
  private static final String FOCUSED =
      INDICATOR
          + "\n"
          + "var el = document.activeElement;"
          + "if (!el || el === document.body) { return null; }"
          + "var s = getComputedStyle(el.matches('.civic-rating-input') ? document.querySelector('label[for=\"' + el.id + '\"]') : el);"
          + "return {element: el.outerHTML.slice(0, 120), focused: indicator(el), rest: window.__civicRest.get(el) || '',"
          + "  strong: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'};";

  @BeforeAll
  static void start() throws Exception {
    site.signInAsAdmin();
  }

  @BeforeEach
  void defaultPreferences() {
    open("/khong-co-trang-nay");
    browser.executeScript("localStorage.clear()");
  }

  @AfterEach
  void systemDefaults() {
    emulate(Map.of());
  }

  private static void open(String path) {
    browser.get(site.url(path));
  }

  private static void press(CharSequence key) {
    new Actions(browser).sendKeys(key).perform();
  }

  private static WebElement active() {
    return browser.switchTo().activeElement();
  }

  /** The system's display settings as CSS media features, emulated through Chrome DevTools. */
  private static void emulate(Map<String, String> features) {
    List<Map<String, String>> list = new ArrayList<>();
    features.forEach((name, value) -> list.add(Map.of("name", name, "value", value)));
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", list));
  }

  private static Object script(String source) {
    return browser.executeScript(source);
  }

  @Test
  void theSkipLinkIsTheFirstStopShowsWhenFocusedAndMovesFocusToTheContent() {
    for (String path : PAGES) {
      open(path);
      WebElement skip = browser.findElement(By.cssSelector("a.civic-skip"));
      assertThat(skip.getRect().getY() + skip.getRect().getHeight())
          .as(path + ": off-screen until focused")
          .isLessThanOrEqualTo(0);
      press(Keys.TAB);
      assertThat(active()).as(path + ": the first Tab stop").isEqualTo(skip);
      assertThat(skip.getRect().getY()).as(path + ": shown on focus").isGreaterThanOrEqualTo(0);
      assertThat(skip.getRect().getHeight()).isPositive();
      assertThat(skip.getAttribute("href")).endsWith("#civic-main");
      press(Keys.ENTER);
      assertThat(active().getAttribute("id"))
          .as(path + ": focus moved to the content")
          .isEqualTo("civic-main");
      assertThat(active().getTagName()).isEqualTo("main");
    }
  }

  @Test
  void everyKeyboardStopShowsAVisibleFocusIndicatorInBothThemes() {
    for (String contrast : List.of("normal", "high")) {
      for (String path : List.of("/", SEED_REPORT, "/.civic/stats/")) {
        browser.executeScript("localStorage.setItem('civic.contrast', arguments[0])", contrast);
        open(path);
        new WebDriverWait(browser, Duration.ofSeconds(15))
            .until(d -> Boolean.TRUE.equals(script("return document.readyState === 'complete'")));
        script(RECORD_UNFOCUSED);
        int stops = 0;
        for (int i = 0; i < 80; i++) {
          press(Keys.TAB);
          @SuppressWarnings("unchecked")
          Map<String, Object> focused = (Map<String, Object>) script(FOCUSED);
          if (focused == null) {
            break;
          }
          String where =
              path
                  + " ("
                  + contrast
                  + " contrast), "
                  + focused.get("element")
                  + " focused: "
                  + focused.get("focused")
                  + ", unfocused: "
                  + focused.get("rest");
          assertThat(focused.get("strong"))
              .as(where + ": outline of 2px or more, or a box shadow")
              .isEqualTo(true);
          assertThat(focused.get("focused"))
              .as(where + ": differs from the unfocused look")
              .isNotEqualTo(focused.get("rest"));
          stops++;
        }
        assertThat(stops).as(path + ": keyboard stops checked").isGreaterThan(5);
      }
    }
  }

  @Test
  void reducedMotionTurnsOffSmoothScrollingAndTransitions() {
    open("/");
    assertThat(script("return getComputedStyle(document.documentElement).scrollBehavior"))
        .isEqualTo("smooth");
    assertThat(
            script(
                "return getComputedStyle(document.querySelector('.civic-nav a')).transitionDuration"))
        .isNotEqualTo("0s");

    emulate(Map.of("prefers-reduced-motion", "reduce"));
    open("/");
    assertThat(script("return matchMedia('(prefers-reduced-motion: reduce)').matches"))
        .isEqualTo(true);
    assertThat(script("return getComputedStyle(document.documentElement).scrollBehavior"))
        .isEqualTo("auto");
    assertThat(
            script(
                "var moving = [];"
                    + "document.querySelectorAll('*').forEach(function (el) {"
                    + "  var s = getComputedStyle(el);"
                    + "  if (s.transitionDuration.split(',').some(function (d) { return parseFloat(d) > 0; })"
                    + "      || s.animationName !== 'none') { moving.push(el.tagName + '.' + el.className); }"
                    + "});"
                    + "return moving;"))
        .as("elements that still move")
        .isEqualTo(List.of());
  }

  @Test
  void moreContrastFromTheSystemTurnsOnHighContrastUnlessTheVisitorChoseNormal() {
    emulate(Map.of("prefers-contrast", "more"));
    open(SEED_REPORT);
    WebElement contrast =
        browser.findElement(By.cssSelector(".civic-toolbar [data-civic-contrast]"));
    assertThat(script("return document.documentElement.classList.contains('civic-contrast')"))
        .isEqualTo(true);
    assertThat(contrast.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(script("return getComputedStyle(document.body).backgroundColor"))
        .isEqualTo("rgb(0, 0, 0)");

    // The visitor turns it off with the keyboard: that choice wins over the system's, on this page
    // and the next.
    browser.executeScript("arguments[0].focus()", contrast);
    press(Keys.SPACE);
    assertThat(contrast.getAttribute("aria-pressed")).isEqualTo("false");
    open("/");
    assertThat(script("return document.documentElement.classList.contains('civic-contrast')"))
        .isEqualTo(false);
    assertThat(script("return getComputedStyle(document.body).backgroundColor"))
        .isEqualTo("rgb(255, 255, 255)");

    // Without the system's request and without a choice, the normal theme.
    emulate(Map.of());
    browser.executeScript("localStorage.clear()");
    open(SEED_REPORT);
    assertThat(script("return document.documentElement.classList.contains('civic-contrast')"))
        .isEqualTo(false);
  }
}
