package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The bypasses the module adds to Magnolia filters, bootstrapped into a real Jackrabbit as Magnolia
 * bootstraps them and read back as the filter uses them: a filter steps aside for a request when
 * one of its {@code bypasses} votes for it, and a {@code URIStartsWithVoter} votes for URIs
 * starting with its {@code pattern}.
 */
class FilterBypassesTest {
  private static final String SECURITY_CALLBACK =
      "config.server.filters.securityCallback.bypasses.BypassCivicApi.xml";
  private static final String CORS = "config.server.filters.cors.bypasses.BypassCivic.xml";

  @TempDir static Path dir;
  private static ConfigWorkspace config;

  @BeforeAll
  static void bootstrap() throws Exception {
    config = ConfigWorkspace.open(dir.resolve("module"));
    config.bootstrapModuleFile(SECURITY_CALLBACK);
    config.bootstrapModuleFile(CORS);
  }

  @AfterAll
  static void close() {
    config.close();
  }

  /**
   * SecurityCallbackFilter answers every 401 and 403 below it with a login callback that writes a
   * page with getWriter(): after the API wrote its JSON refusal with getOutputStream() that threw
   * IllegalStateException, logged at ERROR for every refused vote. The statistics keep Magnolia's
   * login.
   */
  @Test
  void securityCallbackLeavesTheApiAloneButNotTheStatistics() throws Exception {
    assertThat(
            bypasses(
                "securityCallback", "/.civic/api/ratings/00000000-0000-4000-8000-000000000001"))
        .isTrue();
    assertThat(bypasses("securityCallback", "/.civic/api/visits")).isTrue();
    assertThat(bypasses("securityCallback", "/.civic/stats/")).isFalse();
    assertThat(bypasses("securityCallback", "/.civic/stats/api/series")).isFalse();
    assertThat(bypasses("securityCallback", "/civic-portal/articles.html")).isFalse();
  }

  /**
   * Magnolia's CORS filter gives a cross-origin request without a matching site CORS entry {@code
   * Access-Control-Allow-Origin: *}; a site entry without foreign origins would instead refuse it
   * with a bare 403 and a WARN before the API sees it (its own same-site check answers
   * forbidden_origin quietly). So nothing under /.civic/ gets CORS headers: browsers let no other
   * site read the answers.
   */
  @Test
  void corsLeavesAllOfDotCivicAlone() throws Exception {
    assertThat(bypasses("cors", "/.civic/api/polls/00000000-0000-4000-8000-000000000001")).isTrue();
    assertThat(bypasses("cors", "/.civic/stats/api/series")).isTrue();
    assertThat(bypasses("cors", "/.rest/delivery/pages")).isFalse();
    assertThat(bypasses("cors", "/civic-portal.html")).isFalse();
  }

  /** The filters bypassed are Magnolia's own, under the names its core module bootstraps them. */
  @Test
  void theBypassedFiltersAreMagnoliasOwn(@TempDir Path other) throws Exception {
    byte[] filters =
        MagnoliaBundle.resource("magnolia-core-", "mgnl-bootstrap/core/config.server.filters.xml");
    Map<String, Map<String, Object>> cors =
        new Yaml()
            .load(
                new String(
                    MagnoliaBundle.resource(
                        "magnolia-core-", "mgnl-bootstrap/core/config.server.filters.cors.yaml"),
                    StandardCharsets.UTF_8));
    // The CORS filter is a composite (no class: CompositeFilter) whose first matching child handles
    // a request.
    assertThat(cors.get("cors")).containsEntry("op", "OR").doesNotContainKey("class");
    try (ConfigWorkspace magnolia = ConfigWorkspace.open(other)) {
      magnolia.bootstrap("config.server.filters.xml", new ByteArrayInputStream(filters));
      magnolia.bootstrapModuleFile(SECURITY_CALLBACK);
      String filterClass =
          magnolia.withSession(
              s -> s.getNode("/server/filters/securityCallback").getProperty("class").getString());
      assertThat(filterClass).isEqualTo("info.magnolia.cms.security.SecurityCallbackFilter");
      long voters =
          magnolia.withSession(
              s -> s.getNode("/server/filters/securityCallback/bypasses").getNodes().getSize());
      assertThat(voters).isEqualTo(1);
    }
  }

  /**
   * Whether the filter's bypasses vote for {@code uri} (Magnolia: Voting.HIGHEST_LEVEL, any
   * positive vote).
   */
  private static boolean bypasses(String filter, String uri) throws Exception {
    return config.withSession(
        s -> {
          boolean any = false;
          for (NodeIterator it = s.getNode("/server/filters/" + filter + "/bypasses").getNodes();
              it.hasNext(); ) {
            Node voter = it.nextNode();
            assertThat(voter.getProperty("class").getString())
                .isEqualTo("info.magnolia.voting.voters.URIStartsWithVoter");
            assertThat(voter.hasProperty("not")).isFalse();
            any |= uri.startsWith(voter.getProperty("pattern").getString());
          }
          return any;
        });
  }
}
