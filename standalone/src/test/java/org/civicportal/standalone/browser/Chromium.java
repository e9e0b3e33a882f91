package org.civicportal.standalone.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly so that Selenium
 * Manager never looks for (or downloads) a browser or a driver. Each instance has a fresh profile.
 */
final class Chromium implements AutoCloseable {
    static final Path BROWSER = Paths.get(System.getProperty("civic.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Paths.get(System.getProperty("civic.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Skips the calling test class when Chromium or chromedriver is missing, with the reason; in CI (CI=true) a
     * missing browser is a failure, since these tests are part of what CI must show.
     */
    static void requireInstalled() {
        String missing = Stream.of(BROWSER, DRIVER).filter(p -> !Files.isExecutable(p)).map(Path::toString)
                .reduce((a, b) -> a + ", " + b).orElse(null);
        if (missing == null) {
            return;
        }
        String reason = "Chromium end-to-end tests need " + missing + " (Debian packages chromium, chromium-driver)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(reason + ": required when CI=true");
        }
        Assumptions.abort(reason);
    }

    static Chromium start() throws IOException {
        requireInstalled();
        Path profile = Files.createTempDirectory("civic-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new Chromium(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Runs {@code source} in every page of this browser before the page's own scripts (Chrome DevTools). */
    void beforeEveryPage(String source) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
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
