package org.civicportal.standalone.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Base of the browser tests: one standalone site with the demo content, started with the class's
 * {@link SiteFlags}, and one headless Chromium visiting it, shared by the tests of a class and
 * closed after them. Slow; skipped with the reason where Chromium is missing, except under {@code
 * CI=true}.
 */
@ExtendWith(Chromium.Installed.class)
@Tag("slow")
abstract class BrowserTest {
  /** The command-line flags of a test class's site (none by default). */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface SiteFlags {
    String[] value();
  }

  @TempDir static Path dataDir;
  static BrowserSite site;
  static ChromeDriver browser;

  @BeforeAll
  static void startSiteAndBrowser(TestInfo test) throws Exception {
    SiteFlags flags = test.getTestClass().orElseThrow().getAnnotation(SiteFlags.class);
    site = BrowserSite.start(dataDir, flags == null ? new String[0] : flags.value());
    browser = site.browser();
  }

  @AfterAll
  static void stopSiteAndBrowser() throws Exception {
    try (BrowserSite s = site) {
      // Closing is all; the site is null when the start failed or was skipped.
    } finally {
      site = null;
      browser = null;
    }
  }
}
