package org.civicportal.standalone.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly so that
 * Selenium Manager never looks for (or downloads) a browser or a driver. Each instance has a fresh
 * profile.
 */
final class Chromium implements AutoCloseable {
  static final Path BROWSER = Paths.get(System.getProperty("civic.chromium", "/usr/bin/chromium"));
  static final Path DRIVER =
      Paths.get(System.getProperty("civic.chromedriver", "/usr/bin/chromedriver"));

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Why the browser cannot run here, or null when Chromium and chromedriver are both installed. */
  static String missing() {
    return Stream.of(BROWSER, DRIVER)
        .filter(p -> !Files.isExecutable(p))
        .map(Path::toString)
        .reduce((a, b) -> a + ", " + b)
        .map(
            m ->
                "Chromium end-to-end tests need "
                    + m
                    + " (Debian packages chromium, chromium-driver)")
        .orElse(null);
  }

  static boolean inCi() {
    return "true".equals(System.getenv("CI"));
  }

  /**
   * Fails when Chromium or chromedriver is missing in CI (CI=true), since these tests are part of
   * what CI must show; elsewhere {@link Installed} has already skipped the tests, with the reason.
   */
  static void requireInstalled() {
    String missing = missing();
    if (missing != null) {
      if (inCi()) {
        Assertions.fail(missing + ": required when CI=true");
      }
      Assumptions.abort(missing);
    }
  }

  /** Skips a test class, saying why, when the browser is missing outside CI. */
  static final class Installed implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String missing = missing();
      return missing == null || inCi()
          ? ConditionEvaluationResult.enabled("Chromium is installed or CI=true")
          : ConditionEvaluationResult.disabled(missing);
    }
  }

  /**
   * What a desktop Chrome sends. The tests' browser sends it instead of its own "HeadlessChrome"
   * agent, which the site lists with the robots and does not count; {@link #startAsItself} keeps
   * the headless agent.
   */
  static final String DESKTOP_CHROME =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/120.0.0.0 Safari/537.36";

  /**
   * A headless Chromium that tells the site it is a desktop Chrome, so that its page views count as
   * a visitor's.
   */
  static Chromium start() throws IOException {
    return start("--user-agent=" + DESKTOP_CHROME);
  }

  /**
   * A headless Chromium with its own user agent ("HeadlessChrome"): an automation browser to the
   * site.
   */
  static Chromium startAsItself() throws IOException {
    return start(new String[0]);
  }

  private static Chromium start(String... extraArguments) throws IOException {
    requireInstalled();
    Path profile = Files.createTempDirectory("civic-chromium-");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(java.io.OutputStream.nullOutputStream())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    options.addArguments(extraArguments);
    // Console messages, so tests can see script errors.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return new Chromium(driver, profile);
  }

  ChromeDriver driver() {
    return driver;
  }

  /**
   * Runs {@code source} in every page of this browser before the page's own scripts (Chrome
   * DevTools).
   */
  void beforeEveryPage(String source) {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
  }

  /** Uncaught script errors logged to the console since the last call. */
  List<String> scriptErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(e -> e.getMessage())
        .filter(m -> m.contains("Uncaught"))
        .collect(Collectors.toList());
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
