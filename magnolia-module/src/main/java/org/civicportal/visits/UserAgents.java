package org.civicportal.visits;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Singleton;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Sorts user agents into browsers and robots with uap-core's maintained rules (through uap-java)
 * and the automation browsers' own tokens ({@link #AUTOMATION}), and names the browser, operating
 * system and device class for the statistics. The rules load in the background (about a second) so
 * that starting the site does not wait for them; results are cached per user-agent string, since a
 * site sees few distinct ones and the rules are regular expressions.
 */
@Singleton
public final class UserAgents {
  /** uap-core's device family for crawlers, spiders and other robots. */
  private static final String SPIDER = "Spider";

  /**
   * Automation browsers: real engines driven by scripts (audits, tests, scrapers), which uap-core
   * takes for browsers. Listed with the robots under the name matched, e.g. "HeadlessChrome",
   * "Lighthouse".
   */
  static final Pattern AUTOMATION =
      Pattern.compile(
          "Headless[A-Za-z]*|Lighthouse|PhantomJS|SlimerJS|Selenium"
              + "|WebDriver|Puppeteer|Playwright|Cypress|HtmlUnit|jsdom|Nightmare|PTST|GTmetrix|Speed Insights");

  /** Every browser still sends a Mozilla/ or Opera/ product token; scripts and libraries do not. */
  private static final Pattern BROWSER_TOKEN = Pattern.compile("^(Mozilla|Opera)/\\d");

  private static final Pattern TABLET =
      Pattern.compile("iPad|Tablet|Kindle|Silk|PlayBook|Android(?!.*Mobile)");
  private static final Pattern PHONE =
      Pattern.compile("Mobi|iPhone|iPod|Android.*Mobile|Windows Phone");
  private static final int MAX_LENGTH = 512;

  private final CompletableFuture<Parser> parser;
  private final Cache<String, Agent> cache = CacheBuilder.newBuilder().maximumSize(5_000).build();

  public UserAgents() {
    parser = CompletableFuture.supplyAsync(Parser::new);
  }

  /** What the statistics keep of a user agent: never the string itself. */
  public record Agent(boolean robot, String browser, String os, String device) {}

  public Agent classify(String userAgent) {
    String ua = userAgent == null ? "" : userAgent.trim();
    if (ua.length() > MAX_LENGTH) {
      ua = ua.substring(0, MAX_LENGTH);
    }
    if (!BROWSER_TOKEN.matcher(ua).find()) {
      return new Agent(true, ua.isEmpty() ? "(none)" : "(script)", "Other", "robot");
    }
    Matcher automation = AUTOMATION.matcher(ua);
    if (automation.find()) {
      return new Agent(true, automation.group(), "Other", "robot");
    }
    String key = ua;
    try {
      return cache.get(key, () -> parse(key));
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not classify a user agent", e.getCause());
    }
  }

  private Agent parse(String ua) {
    Client c = parser.join().parse(ua);
    String browser = c.userAgent == null ? "Other" : c.userAgent.family;
    String os = c.os == null ? "Other" : c.os.family;
    String family = c.device == null ? "Other" : c.device.family;
    if (SPIDER.equals(family)) {
      return new Agent(true, browser, os, "robot");
    }
    String device =
        TABLET.matcher(ua).find() ? "tablet" : PHONE.matcher(ua).find() ? "phone" : "desktop";
    return new Agent(false, browser, os, device);
  }
}
