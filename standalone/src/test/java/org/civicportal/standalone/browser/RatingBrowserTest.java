package org.civicportal.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor rates the seed report with the keyboard only: Tab into the star group, Space and arrow
 * keys to choose, Tab to the button, Space to send. The widget then shows their score and the new
 * figures without a reload, and after a reload (the page itself is the same for everyone) the
 * script brings their score back.
 */
// Pages are served from 127.0.0.1 while the configured site URL differs: the browser's own
// Sec-Fetch-Site statement is what lets the vote through, as behind a proxy with another host name.
@BrowserTest.SiteFlags({"--site-url", "https://portal.example.gov.vn"})
class RatingBrowserTest extends BrowserTest {
  private static final String SEED_REPORT = "/reports/ket-qua-hoat-dong-quy-iii-nam-2019";

  private static WebElement widget() {
    return browser.findElement(By.cssSelector("[data-civic-rating]"));
  }

  private static String figure(String attribute) {
    return widget().findElement(By.cssSelector("[" + attribute + "]")).getText();
  }

  private static void await(String what, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .withMessage(what)
        .until(d -> condition.getAsBoolean());
  }

  private static WebElement active() {
    return browser.switchTo().activeElement();
  }

  private static void press(CharSequence key) {
    new Actions(browser).sendKeys(key).perform();
  }

  private static List<WebElement> radios() {
    return widget().findElements(By.cssSelector("input[type=radio]"));
  }

  @Test
  void keyboardVotingUpdatesTheWidgetAndAReloadKeepsTheScore() {
    browser.get(site.base() + SEED_REPORT);
    WebElement group = widget().findElement(By.cssSelector("fieldset"));
    await("the script shows the star group", group::isDisplayed);
    assertThat(figure("data-civic-rating-count")).isEqualTo("0");

    for (int tabs = 0; tabs < 200 && !"radio".equals(active().getAttribute("type")); tabs++) {
      press(Keys.TAB);
    }
    assertThat(active().getAttribute("name")).startsWith("civic-rating-");
    press(Keys.SPACE);
    press(Keys.ARROW_RIGHT);
    press(Keys.ARROW_RIGHT);
    press(Keys.ARROW_RIGHT);
    assertThat(active().getAttribute("value")).isEqualTo("4");
    assertThat(radios().get(3).isSelected()).isTrue();
    assertThat(widget().findElements(By.cssSelector(".civic-rating-option-on"))).hasSize(4);
    // The focused star is visibly outlined.
    WebElement focusedLabel =
        widget().findElement(By.cssSelector("label[for='" + active().getAttribute("id") + "']"));
    assertThat(focusedLabel.getCssValue("outline-style")).isEqualTo("solid");

    press(Keys.TAB);
    assertThat(active().getAttribute("class")).contains("civic-rating-submit");
    press(Keys.SPACE);

    WebElement mine = widget().findElement(By.cssSelector("[data-civic-rating-mine]"));
    await("the widget shows the visitor's score", mine::isDisplayed);
    assertThat(mine.getText()).isEqualTo("Bạn đã chấm 4 trên 5.");
    assertThat(figure("data-civic-rating-count")).isEqualTo("1");
    assertThat(figure("data-civic-rating-total")).isEqualTo("4");
    assertThat(figure("data-civic-rating-average")).isEqualTo("4,0");
    assertThat(
            widget()
                .findElement(By.cssSelector("[data-civic-rating-bar='4']"))
                .getAttribute("value"))
        .isEqualTo("100");
    await("the vote is announced", () -> !figure("data-civic-rating-status").isEmpty());
    // The live region announces the new figures.
    assertThat(
            widget()
                .findElement(By.cssSelector("[data-civic-rating-status]"))
                .getAttribute("aria-live"))
        .isEqualTo("polite");
    assertThat(figure("data-civic-rating-status"))
        .isEqualTo("Cảm ơn bạn đã đánh giá. Hiện có 1 lượt đánh giá, điểm trung bình 4,0/5.");
    Axe.assertNoViolations(browser, "the seed report after a rating");
    assertThat(active().getAttribute("data-civic-rating-mine")).isNotNull();
    assertThat(group.getAttribute("disabled")).isNotNull();
    assertThat(radios().get(0).isEnabled()).isFalse();

    browser.navigate().refresh();
    WebElement again = widget().findElement(By.cssSelector("[data-civic-rating-mine]"));
    await("after a reload the visitor's score is back", again::isDisplayed);
    assertThat(again.getText()).isEqualTo("Bạn đã chấm 4 trên 5.");
    assertThat(radios().get(3).isSelected()).isTrue();
    assertThat(radios().get(0).isEnabled()).isFalse();
    assertThat(figure("data-civic-rating-count")).isEqualTo("1");
  }
}
