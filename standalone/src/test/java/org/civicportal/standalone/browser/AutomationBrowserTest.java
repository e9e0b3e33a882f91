package org.civicportal.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicportal.standalone.TestSite;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Headless Chromium with its own user agent ("HeadlessChrome") is an automation browser: its page
 * views count for no visitor and no item, and the statistics list it with the robots. The other
 * browser tests' Chromium says it is a desktop Chrome ({@link Chromium#start}) so that their page
 * views count as a visitor's.
 */
class AutomationBrowserTest extends BrowserTest {
  private static final String REPORT = "/reports/ket-qua-hoat-dong-quy-iii-nam-2019";
  private static final Pattern ITEM = Pattern.compile("data-civic-views=\"([0-9a-f-]{36})\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static long number(String path, String field) throws Exception {
    return JSON.readTree(site.get(path).body()).get(field).asLong();
  }

  private static String robots() throws Exception {
    String admin =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("admin:" + TestSite.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return site.site()
        .get("/.civic/stats/api/top?dimension=robots&limit=50", "Authorization", admin)
        .body();
  }

  @Test
  void theHeadlessAgentIsListedWithTheRobotsAndCountsForNoVisitorAndNoItem() throws Exception {
    assertThat((String) browser.executeScript("return navigator.userAgent"))
        .doesNotContain("Headless");
    Matcher item = ITEM.matcher(site.get(REPORT).body());
    assertThat(item.find()).as("the report page shows its views").isTrue();
    String views = "/.civic/api/views/" + item.group(1);
    long viewsBefore = number(views, "views");
    long todayBefore = number("/.civic/api/visits/summary", "today");
    assertThat(robots()).doesNotContain("HeadlessChrome");
    try (Chromium headless = Chromium.startAsItself()) {
      ChromeDriver own = headless.driver();
      own.get(site.url(REPORT));
      assertThat((String) own.executeScript("return navigator.userAgent"))
          .contains("HeadlessChrome");
      // Its beacon reaches the statistics with the next flush of the counts, as a robot's page
      // view.
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (!robots().contains("\"HeadlessChrome\"") && Instant.now().isBefore(deadline)) {
        Thread.sleep(300);
      }
      assertThat(robots()).contains("\"HeadlessChrome\"");
    }
    assertThat(number("/.civic/api/visits/summary", "today")).isEqualTo(todayBefore);
    assertThat(number(views, "views")).isEqualTo(viewsBefore);
  }
}
