package org.civicportal.standalone.browser;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.civicportal.standalone.TestSite;
import org.openqa.selenium.chrome.ChromeDriver;

/** A standalone test site and one Chromium visiting it, started and closed together. */
final class BrowserSite implements AutoCloseable {
  private final TestSite site;
  private final Chromium chromium;

  private BrowserSite(TestSite site, Chromium chromium) {
    this.site = site;
    this.chromium = chromium;
  }

  /**
   * Fails in CI, and skips elsewhere, when Chromium is missing; closes the site when the browser
   * cannot start.
   */
  static BrowserSite start(Path dataDir, String... flags) throws Exception {
    Chromium.requireInstalled();
    TestSite site = TestSite.start(dataDir, flags);
    try {
      return new BrowserSite(site, Chromium.start());
    } catch (Exception | Error e) {
      site.close();
      throw e;
    }
  }

  ChromeDriver browser() {
    return chromium.driver();
  }

  Chromium chromium() {
    return chromium;
  }

  /** The site itself, for requests with headers of the test's choice. */
  TestSite site() {
    return site;
  }

  String base() {
    return site.base();
  }

  String url(String path) {
    return site.base() + path;
  }

  /** A request from outside the browser: no cookies, no script. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return site.get(path);
  }

  /**
   * The editor's sign-in (HTTP Basic as admin) for the statistics pages, sent with every request
   * from now on.
   */
  void signInAsAdmin() {
    String admin =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("admin:" + TestSite.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    browser().executeCdpCommand("Network.enable", Map.of());
    browser()
        .executeCdpCommand(
            "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", admin)));
  }

  @Override
  public void close() throws Exception {
    try (TestSite s = site;
        Chromium c = chromium) {
      // The browser first, then the site.
    }
  }
}
