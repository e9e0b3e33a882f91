package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicportal.magnolia.ServletRegistrations.Change;
import org.junit.jupiter.api.Test;

/**
 * The update brings the servlet registrations of a site installed with 1.0.0-SNAPSHOT to the
 * current descriptor: Magnolia registers a module's servlets only at install, so without this a
 * servlet new since then answers 404 and one whose class moved answers 500 (seen in Magnolia
 * 6.2.45: the statistics servlet still named org.civicportal.web.StatsServlet after the upgrade).
 */
class ServletRegistrationsTest {
  private static final Pattern SERVLET =
      Pattern.compile(
          "<servlet>\\s*<name>([^<]+)</name>\\s*<class>([^<]+)</class>", Pattern.MULTILINE);

  @Test
  void aPreReleaseSiteEndsWithEveryServletOfTheDescriptorRunningItsCurrentClass() throws Exception {
    Map<String, String> descriptor = descriptorServlets();
    Map<String, String> site = new TreeMap<>(baselineServlets());
    Map<String, Change> changes = new TreeMap<>();
    for (Map.Entry<String, String> servlet : descriptor.entrySet()) {
      Change change = ServletRegistrations.change(site.get(servlet.getKey()), servlet.getValue());
      changes.put(servlet.getKey(), change);
      if (change != Change.KEEP) {
        site.put(servlet.getKey(), servlet.getValue());
      }
    }
    assertThat(changes)
        .containsEntry("CivicApiServlet", Change.KEEP)
        .containsEntry("CivicStatsServlet", Change.REPOINT)
        .containsEntry("CivicFeedServlet", Change.REGISTER)
        .containsEntry("CivicSitemapServlet", Change.REGISTER);
    assertThat(site).containsAllEntriesOf(descriptor);
    for (String servletClass : site.values()) {
      assertThat(Class.forName(servletClass)).as(servletClass).isNotNull();
    }
  }

  @Test
  void aClassAnAdminChoseStaysAndAnUpToDateRegistrationIsLeftAlone() {
    assertThat(ServletRegistrations.change("com.example.OwnStats", "org.civicportal.stats.X"))
        .isEqualTo(Change.KEEP);
    assertThat(ServletRegistrations.change("org.civicportal.stats.X", "org.civicportal.stats.X"))
        .isEqualTo(Change.KEEP);
    assertThat(ServletRegistrations.change("", "org.civicportal.stats.X")).isEqualTo(Change.KEEP);
    assertThat(ServletRegistrations.change(null, "org.civicportal.stats.X"))
        .isEqualTo(Change.REGISTER);
  }

  @Test
  void theFirstReleaseRunsTheServletsStep() {
    assertThat(ModuleUpdates.RELEASES.get(0).steps()).contains(new ModuleUpdates.Step.Servlets());
  }

  private static Map<String, String> descriptorServlets() throws Exception {
    String xml;
    try (InputStream in = resource("/META-INF/magnolia/civic-portal.xml")) {
      xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Map<String, String> servlets = new LinkedHashMap<>();
    for (Matcher m = SERVLET.matcher(xml); m.find(); ) {
      servlets.put(m.group(1).trim(), m.group(2).trim());
    }
    assertThat(servlets).as("the descriptor's servlets").hasSizeGreaterThanOrEqualTo(4);
    return servlets;
  }

  private static Map<String, String> baselineServlets() throws Exception {
    Properties p = new Properties();
    try (InputStream in = resource("/upgrade/1.0.0-SNAPSHOT/servlets.properties")) {
      p.load(in);
    }
    Map<String, String> servlets = new TreeMap<>();
    p.forEach((k, v) -> servlets.put((String) k, (String) v));
    return servlets;
  }

  private static InputStream resource(String path) {
    InputStream in = ServletRegistrationsTest.class.getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return in;
  }
}
