package org.civicportal.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The axe-core accessibility engine (the npm package, from its WebJar on the test classpath),
 * injected into the page through WebDriver, which the page's Content-Security-Policy does not
 * govern, and run with the WCAG 2.0 and 2.1 level A and AA rules.
 */
final class Axe {
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
  private static final String SOURCE = load();

  /**
   * Runs axe on the document and answers the violations, reduced to what a failure message needs.
   */
  private static final String RUN =
      String.join(
          "\n",
          "var done = arguments[arguments.length - 1];",
          "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})",
          "  .then(function (result) {",
          "    done(result.violations.map(function (v) {",
          "      return {id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,",
          "        targets: v.nodes.map(function (n) { return n.target.join(' '); })};",
          "    }));",
          "  }, function (error) { done('axe failed: ' + error); });");

  /**
   * One rule broken on a page: its id, impact, the selectors of the offending elements and where
   * help is.
   */
  record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {
    @Override
    public String toString() {
      return id
          + " ("
          + impact
          + "): "
          + help
          + "\n    "
          + String.join("\n    ", targets)
          + "\n    "
          + helpUrl;
    }
  }

  private Axe() {}

  private static String load() {
    ClassLoader loader = Axe.class.getClassLoader();
    try (InputStream pom =
        loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      if (pom == null) {
        throw new IllegalStateException("the axe-core WebJar is not on the test classpath");
      }
      Properties properties = new Properties();
      properties.load(pom);
      try (InputStream script =
          loader.getResourceAsStream(WEBJAR + properties.getProperty("version") + "/axe.min.js")) {
        if (script == null) {
          throw new IllegalStateException("axe.min.js is missing from the axe-core WebJar");
        }
        return new String(script.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The WCAG 2.1 A and AA violations of the page the browser shows now. */
  @SuppressWarnings("unchecked")
  static List<Violation> wcagViolations(ChromeDriver browser) {
    if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
      browser.executeScript(SOURCE);
    }
    Object result = browser.executeAsyncScript(RUN, WCAG_21_AA);
    if (!(result instanceof List)) {
      throw new IllegalStateException(String.valueOf(result));
    }
    return ((List<Map<String, Object>>) result)
        .stream()
            .map(
                v ->
                    new Violation(
                        (String) v.get("id"),
                        (String) v.get("impact"),
                        (String) v.get("help"),
                        (String) v.get("helpUrl"),
                        (List<String>) v.get("targets")))
            .collect(Collectors.toList());
  }

  /**
   * Fails, listing every violation (rule id, impact, selectors, help URL), unless the page has
   * none.
   */
  static void assertNoViolations(ChromeDriver browser, String where) {
    List<Violation> violations = wcagViolations(browser);
    assertThat(violations)
        .as(
            () ->
                where
                    + " breaks "
                    + violations.size()
                    + " WCAG 2.1 A/AA rule(s):\n  "
                    + violations.stream()
                        .map(Violation::toString)
                        .collect(Collectors.joining("\n  ")))
        .isEmpty();
  }
}
