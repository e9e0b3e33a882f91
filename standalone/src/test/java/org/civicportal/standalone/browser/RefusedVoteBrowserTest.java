package org.civicportal.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A vote sent from a page older than the visitor's vote (cast meanwhile in another tab): the API
 * refuses it (409 already_voted), and the widget says why in its live region, in the page's
 * language, and shows the vote that stands. Both widgets take the message for the API's error code
 * from their markup through the shared script (civic-widgets.js).
 */
class RefusedVoteBrowserTest extends BrowserTest {
  private static final String SEED_REPORT = "/reports/ket-qua-hoat-dong-quy-iii-nam-2019";
  private static final String POLL = "[data-civic-poll='250ba0a1-2e58-4b81-ba96-236f9ce38a54']";

  /** A vote as another tab of the same browser sends it: same origin, same visitor cookie. */
  private static final String VOTE_ELSEWHERE =
      "var done = arguments[arguments.length - 1];"
          + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin',"
          + "  headers: {'Content-Type': 'application/json'}, body: arguments[1]})"
          + ".then(function (r) { done(r.status); }, function () { done(0); });";

  /**
   * A click wherever the element is on the page (the keyboard's way is what the other browser tests
   * check).
   */
  private static void click(WebElement element) {
    browser.executeScript("arguments[0].click()", element);
  }

  private static void await(String what, BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .withMessage(what)
        .until(d -> condition.getAsBoolean());
  }

  @Test
  void aRatingFromAStalePageIsRefusedWithTheReasonAndTheScoreThatStands() {
    browser.get(site.base() + SEED_REPORT);
    WebElement widget = browser.findElement(By.cssSelector("[data-civic-rating]"));
    WebElement group = widget.findElement(By.cssSelector("fieldset"));
    await("the script shows the star group", group::isDisplayed);
    String api =
        widget.getAttribute("data-civic-api")
            + "/ratings/"
            + widget.getAttribute("data-civic-rating");
    assertThat(browser.executeAsyncScript(VOTE_ELSEWHERE, api, "{\"score\":5}")).isEqualTo(200L);

    click(widget.findElements(By.cssSelector("input[type=radio]")).get(1));
    click(widget.findElement(By.cssSelector("button")));

    WebElement status = widget.findElement(By.cssSelector("[data-civic-rating-status]"));
    await("the refusal is announced", () -> !status.getText().isEmpty());
    assertThat(status.getText()).isEqualTo("Bạn đã đánh giá nội dung này rồi.");
    assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
    WebElement mine = widget.findElement(By.cssSelector("[data-civic-rating-mine]"));
    await("the score that stands is shown", mine::isDisplayed);
    assertThat(mine.getText()).isEqualTo("Bạn đã chấm 5 trên 5.");
    assertThat(widget.findElement(By.cssSelector("[data-civic-rating-count]")).getText())
        .isEqualTo("1");
  }

  @Test
  void aPollVoteFromAStalePageIsRefusedWithTheReasonAndTheResults() {
    browser.get(site.base() + "/");
    WebElement poll = browser.findElement(By.cssSelector(POLL));
    WebElement button = poll.findElement(By.cssSelector("button[type=submit]"));
    await("the script enables voting", button::isDisplayed);
    String api =
        poll.getAttribute("data-civic-api")
            + "/polls/"
            + poll.getAttribute("data-civic-poll")
            + "/votes";
    WebElement first = poll.findElements(By.cssSelector("input[type=radio]")).get(0);
    String body = "{\"options\":[\"" + first.getAttribute("value") + "\"]}";
    assertThat(browser.executeAsyncScript(VOTE_ELSEWHERE, api, body)).isEqualTo(200L);

    click(first);
    click(button);

    WebElement status = poll.findElement(By.cssSelector("[role=status]"));
    WebElement results = poll.findElement(By.cssSelector(".civic-poll-results"));
    await("the results of the vote that stands appear", results::isDisplayed);
    await(
        "the refusal is announced",
        () -> status.getText().equals("Bạn đã bình chọn trong cuộc thăm dò này."));
    assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
    assertThat(button.isDisplayed()).isFalse();
    assertThat(poll.findElement(By.cssSelector(".civic-poll-total")).getText())
        .isEqualTo("Tổng số: 1 lượt bình chọn");
  }
}
