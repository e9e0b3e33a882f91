package org.civicportal.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The finished look, measured in Chromium on the real CSS: the rating stars' contrast in every
 * theme, the footer at the bottom of short pages, no sideways scrolling and a compact article
 * header on a 390 px phone, left-aligned body text, and images that have a size and an alt text,
 * load lazily only below the first screen and move nothing.
 */
class LayoutAndImagesBrowserTest extends BrowserTest {
  private static final String ARTICLE = "/articles/chuyen-doi-ipv6-co-quan-nha-nuoc";
  private static final String REPORT = "/reports/ket-qua-hoat-dong-quy-ii-nam-2024";
  private static final List<String> PAGES =
      List.of(
          "/",
          "/en/",
          ARTICLE,
          "/en" + ARTICLE,
          REPORT,
          "/reports/ket-qua-hoat-dong-quy-iii-nam-2019",
          "/articles",
          "/reports?page=1",
          "/polls",
          "/khong-co-trang-nay");

  /**
   * WCAG's contrast ratio of an element's text colour against the first opaque background behind
   * it.
   */
  private static final String CONTRAST =
      String.join(
          "\n",
          "function rgb(c) { var m = c.match(/[\\d.]+/g).map(Number); return m.length > 3 && m[3] === 0 ? null : m; }",
          "function lum(c) { return [0, 1, 2].map(function (i) { var v = c[i] / 255;",
          "  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })",
          "  .reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }",
          "function background(el) { for (; el; el = el.parentElement) {",
          "  var b = rgb(getComputedStyle(el).backgroundColor); if (b) { return b; } } return [255, 255, 255]; }",
          "function ratio(el) { var a = lum(rgb(getComputedStyle(el).color)), b = lum(background(el));",
          "  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }");

  @AfterEach
  void resetDisplay() {
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    browser.executeScript("localStorage.clear()");
  }

  private static void viewport(int width, int height) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  private static void open(String path) {
    browser.get(site.url(path));
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .withMessage(path + " loads")
        .until(d -> "complete".equals(browser.executeScript("return document.readyState")));
  }

  private static Object script(String source, Object... args) {
    return browser.executeScript(source, args);
  }

  /**
   * Normal, the toolbar's high contrast, and the system's "more contrast" with the visitor's choice
   * of the normal theme (the page then keeps its colours with darker text): every star, filled or
   * empty, in the average and in the input, at least 3:1 against what is behind it (WCAG 1.4.11).
   */
  @Test
  void ratingStarsHaveAtLeastThreeToOneInEveryTheme() {
    record Theme(String name, Map<String, String> stored, String media) {}
    List<Theme> themes =
        List.of(
            new Theme("normal", Map.of(), null),
            new Theme("high contrast", Map.of("civic.contrast", "high"), null),
            new Theme(
                "system more contrast, normal chosen", Map.of("civic.contrast", "normal"), "more"));
    open("/");
    for (Theme theme : themes) {
      script(
          "localStorage.clear(); for (var k in arguments[0]) { localStorage.setItem(k, arguments[0][k]); }",
          theme.stored());
      browser.executeCdpCommand(
          "Emulation.setEmulatedMedia",
          Map.of(
              "features",
              theme.media() == null
                  ? List.of()
                  : List.of(Map.of("name", "prefers-contrast", "value", theme.media()))));
      open(ARTICLE);
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(
              d ->
                  Boolean.TRUE.equals(
                      script(
                          "return !!document.querySelector('[data-civic-rating] fieldset:not([hidden])')")));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> stars =
          (List<Map<String, Object>>)
              script(
                  CONTRAST
                      + "\n"
                      + "var out = [];"
                      + "function measure(sel, state) { document.querySelectorAll(sel).forEach(function (el) {"
                      + "  out.push({what: state + ' ' + el.className, ratio: ratio(el)}); }); }"
                      + "measure('.civic-star-full, .civic-star-empty', 'average');"
                      + "measure('.civic-rating-option:not(.civic-rating-option-on)', 'input off');"
                      + "document.querySelectorAll('.civic-rating-option').forEach(function (l) { l.classList.add('civic-rating-option-on'); });"
                      + "measure('.civic-rating-option', 'input on');"
                      + "return out;");
      assertThat(stars).as(theme.name()).hasSizeGreaterThanOrEqualTo(15);
      assertThat(stars)
          .as(theme.name() + ": " + stars)
          .allSatisfy(
              star ->
                  assertThat(((Number) star.get("ratio")).doubleValue())
                      .isGreaterThanOrEqualTo(3.0));
      assertThat(stars)
          .as(theme.name())
          .anyMatch(s -> s.get("what").toString().contains("civic-star-empty"));
    }
  }

  /**
   * On a desktop screen and a phone, short pages end with the footer at the bottom of the window.
   */
  @Test
  void theFooterStaysAtTheBottomOfShortPages() {
    for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
      viewport(size[0], size[1]);
      for (String path : List.of("/polls", "/khong-co-trang-nay", "/en/khong-co-trang-nay")) {
        open(path);
        @SuppressWarnings("unchecked")
        Map<String, Number> m =
            (Map<String, Number>)
                script(
                    "var f = document.querySelector('footer.civic-footer');"
                        + "var r = f.getBoundingClientRect();"
                        + "return {bottom: r.bottom + window.scrollY, page: document.documentElement.scrollHeight,"
                        + "  window: window.innerHeight};");
        String where = path + " at " + size[0] + "x" + size[1] + ": " + m;
        assertThat(m.get("bottom").doubleValue())
            .as(where)
            .isCloseTo(m.get("page").doubleValue(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(m.get("bottom").doubleValue())
            .as(where)
            .isGreaterThanOrEqualTo(m.get("window").doubleValue() - 1);
      }
    }
  }

  /** A 390 px phone: nothing wider than the screen, on any page template. */
  @Test
  void noPageScrollsSidewaysOnAPhone() {
    viewport(390, 844);
    for (String path : PAGES) {
      open(path);
      @SuppressWarnings("unchecked")
      Map<String, Number> m =
          (Map<String, Number>)
              script(
                  "return {scroll: document.documentElement.scrollWidth,"
                      + " client: document.documentElement.clientWidth};");
      assertThat(m.get("scroll").intValue())
          .as(path + " " + m)
          .isLessThanOrEqualTo(m.get("client").intValue());
    }
  }

  /**
   * On a phone the breadcrumb is one line (the long title cut with an ellipsis: the h1 repeats it)
   * and the toolbar and share bar take at most two rows; the body text is left-aligned everywhere.
   */
  @Test
  void anArticleStartsCompactlyOnAPhoneAndItsTextIsLeftAligned() {
    viewport(390, 844);
    for (String path : List.of(ARTICLE, REPORT)) {
      open(path);
      @SuppressWarnings("unchecked")
      Map<String, Object> m =
          (Map<String, Object>)
              script(
                  "var ol = document.querySelector('.civic-breadcrumb ol');"
                      + "var line = parseFloat(getComputedStyle(ol).lineHeight);"
                      + "var tops = {};"
                      + "document.querySelectorAll('.civic-item-tools button, .civic-item-tools a').forEach(function (el) {"
                      + "  var r = el.getBoundingClientRect(); if (r.width > 0) { tops[Math.round(r.top)] = true; } });"
                      + "var last = ol.lastElementChild;"
                      + "return {crumbHeight: ol.getBoundingClientRect().height, line: line, rows: Object.keys(tops).length,"
                      + " cut: last.scrollWidth > last.clientWidth, crumbRight: ol.getBoundingClientRect().right,"
                      + " width: document.documentElement.clientWidth,"
                      + " align: getComputedStyle(document.querySelector('.civic-body p')).textAlign};");
      assertThat(((Number) m.get("crumbHeight")).doubleValue())
          .as(path + " " + m)
          .isLessThan(1.5 * ((Number) m.get("line")).doubleValue());
      assertThat(((Number) m.get("crumbRight")).doubleValue())
          .as(path + " " + m)
          .isLessThanOrEqualTo(((Number) m.get("width")).doubleValue());
      assertThat(((Number) m.get("rows")).intValue()).as(path + " " + m).isBetween(1, 2);
      assertThat(m.get("align")).as(path).isIn("left", "start");
    }
    viewport(1280, 800);
    open(ARTICLE);
    assertThat(script("return getComputedStyle(document.querySelector('.civic-body p')).textAlign"))
        .isIn("left", "start");
  }

  /**
   * Every image has width, height and an alt attribute (the editor's text, or empty for a
   * decorative one, never a file name); those below the first screen load lazily, the lead image at
   * once; the page does not shift as they load (cumulative layout shift under 0.05).
   */
  @Test
  void imagesHaveSizeAndAltLoadLazilyBelowTheFoldAndShiftNothing() {
    viewport(1280, 800);
    int pictures = 0;
    for (String path : List.of("/", "/articles", ARTICLE, REPORT, "/en/reports")) {
      open(path);
      script(
          "window.__cls = 0; new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
              + " if (!e.hadRecentInput) { window.__cls += e.value; } }); })"
              + ".observe({type: 'layout-shift', buffered: true});");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> images =
          (List<Map<String, Object>>)
              script(
                  "return Array.prototype.map.call(document.images, function (img) {"
                      + "  return {src: img.getAttribute('src'), width: img.getAttribute('width'),"
                      + "    height: img.getAttribute('height'), alt: img.getAttribute('alt'), loading: img.loading,"
                      + "    lead: !!img.closest('figure.civic-figure'), top: img.getBoundingClientRect().top + window.scrollY,"
                      + "    shown: img.getBoundingClientRect().width > 0, window: window.innerHeight,"
                      + "    complete: img.complete && img.naturalWidth > 0}; });");
      for (Map<String, Object> img : images) {
        if (!Boolean.TRUE.equals(img.get("shown"))) {
          continue;
        }
        String what = path + " " + img;
        assertThat(img.get("width")).as(what).isNotNull();
        assertThat(img.get("height")).as(what).isNotNull();
        assertThat(img.get("alt")).as(what).isNotNull();
        assertThat((String) img.get("alt"))
            .as(what)
            .doesNotContainPattern("(?i)\\.(jpe?g|png|svg|gif|webp)$");
        double top = ((Number) img.get("top")).doubleValue();
        if (top > ((Number) img.get("window")).doubleValue()) {
          assertThat(img.get("loading")).as(what + ": below the fold").isEqualTo("lazy");
        }
        if (Boolean.TRUE.equals(img.get("lead"))) {
          assertThat(img.get("loading")).as(what + ": the lead image").isEqualTo("auto");
          assertThat(img.get("complete")).as(what).isEqualTo(true);
          pictures++;
        }
      }
      Number cls = (Number) script("return window.__cls;");
      assertThat(cls.doubleValue()).as(path + ": layout shift").isLessThan(0.05);
    }
    assertThat(pictures).as("lead images seen").isEqualTo(2);
  }

  /** The menu's "Contact" takes keyboard users to the publisher block in the footer. */
  @Test
  void theContactLinkLeadsToThePublisherBlock() {
    viewport(1280, 800);
    open("/");
    browser
        .findElement(By.cssSelector("nav.civic-nav a[href='#civic-contact']"))
        .sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(
            d ->
                Boolean.TRUE.equals(
                    script(
                        "var r = document.getElementById('civic-contact').getBoundingClientRect();"
                            + "return r.top < window.innerHeight && r.bottom > 0;")));
    assertThat(script("return location.hash")).isEqualTo("#civic-contact");
    new Actions(browser).sendKeys(Keys.TAB).perform();
    assertThat(script("return !!document.activeElement.closest('#civic-contact')"))
        .as("Tab continues in the footer")
        .isEqualTo(true);
  }
}
