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
 * A visitor votes in the demo poll of the home page's sidebar with the keyboard alone (Tab, Space,
 * arrow keys, Enter), hears the new total, sees the results without a reload, and still sees them
 * (and no voting form) after reloading the cached page.
 */
class PollBrowserTest extends BrowserTest {
  private static final String POLL = "[data-civic-poll='250ba0a1-2e58-4b81-ba96-236f9ce38a54']";

  private static WebElement active() {
    return browser.switchTo().activeElement();
  }

  private static void press(CharSequence key) {
    new Actions(browser).sendKeys(key).perform();
  }

  private static WebElement poll() {
    return browser.findElement(By.cssSelector(POLL));
  }

  private static WebElement in(String selector) {
    return poll().findElement(By.cssSelector(selector));
  }

  private static void waitUntil(String what, java.util.function.Supplier<Boolean> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .withMessage(what)
        .until(d -> condition.get());
  }

  @Test
  void aKeyboardVoteShowsTheResultsWithoutReloadAndAReloadStillShowsThem() {
    browser.get(site.base() + "/");
    waitUntil("the script enables voting", () -> in("button[type=submit]").isDisplayed());
    // No results are public before voting (the demo poll shows them to voters).
    assertThat(in(".civic-poll-results").isDisplayed()).isFalse();
    browser.executeScript("window.__samePage = true");

    // Tab from the top of the page to the first answer, Space chooses it, an arrow key the next,
    // Tab to the
    // button, Enter votes.
    List<WebElement> radios = poll().findElements(By.cssSelector("input[type=radio]"));
    for (int tabs = 0; tabs < 100 && !radios.get(0).equals(active()); tabs++) {
      press(Keys.TAB);
    }
    assertThat(active()).isEqualTo(radios.get(0));
    press(Keys.SPACE);
    assertThat(radios.get(0).isSelected()).isTrue();
    press(Keys.ARROW_DOWN);
    assertThat(active()).isEqualTo(radios.get(1));
    assertThat(radios.get(1).isSelected()).isTrue();
    press(Keys.TAB);
    assertThat(active()).isEqualTo(in("button[type=submit]"));
    press(Keys.ENTER);

    waitUntil("the results appear", () -> in(".civic-poll-results").isDisplayed());
    assertThat(browser.executeScript("return window.__samePage")).isEqualTo(true);
    assertResults(1);
    // The live region announces the new total.
    assertThat(in("[role=status]").getAttribute("aria-live")).isEqualTo("polite");
    assertThat(in("[role=status]").getText())
        .isEqualTo("Cảm ơn bạn đã bình chọn. Tổng số: 1 lượt bình chọn.");
    Axe.assertNoViolations(browser, "the home page after a vote");
    assertThat(
            browser.executeScript(
                "return document.activeElement.classList.contains('civic-poll-results')"))
        .isEqualTo(true);
    assertThat(in("button[type=submit]").isDisplayed()).isFalse();

    browser.navigate().refresh();
    waitUntil(
        "the results come back after a reload", () -> in(".civic-poll-results").isDisplayed());
    assertResults(1);
    assertThat(in("[role=status]").getText()).isEqualTo("Cảm ơn bạn đã bình chọn.");
    assertThat(in("button[type=submit]").isDisplayed()).isFalse();
    assertThat(in("fieldset").getAttribute("disabled")).isNotNull();
  }

  private static void assertResults(long total) {
    List<String> counts =
        poll().findElements(By.cssSelector(".civic-poll-result-count")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(counts).hasSizeGreaterThanOrEqualTo(3);
    assertThat(counts.get(1)).isEqualTo("1 phiếu (100%)");
    assertThat(counts).filteredOn(c -> c.equals("0 phiếu (0%)")).hasSize(counts.size() - 1);
    assertThat(in(".civic-poll-total").getText())
        .isEqualTo("Tổng số: " + total + " lượt bình chọn");
    assertThat(poll().findElements(By.cssSelector("progress.civic-poll-bar")))
        .hasSize(counts.size());
  }
}
