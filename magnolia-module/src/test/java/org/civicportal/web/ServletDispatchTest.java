package org.civicportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.ItemLookup;
import org.civicportal.content.JcrContentService;
import org.civicportal.feedback.VoteCounts;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepositories;
import org.civicportal.jcr.TestRepository;
import org.civicportal.magnolia.CivicPortalModule;
import org.civicportal.magnolia.MagnoliaPageTitlesProvider;
import org.civicportal.poll.PollRepository;
import org.civicportal.poll.PollService;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.rating.RatingService;
import org.civicportal.rating.RatingStore;
import org.civicportal.stats.PageTitles;
import org.civicportal.stats.PublishedItems;
import org.civicportal.stats.StatsQueries;
import org.civicportal.stats.StatsServlet;
import org.civicportal.visits.PageView;
import org.civicportal.visits.UserAgents;
import org.civicportal.visits.VisitCounter;
import org.civicportal.visits.VisitSettings;
import org.civicportal.visits.VisitStats;
import org.civicportal.visits.VisitStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The module's servlets as Tomcat maps them (the standalone; path info "/" at a mapping's root) and
 * as Magnolia's servlet dispatch hands them requests (path info null there, repeated slashes merged
 * before matching): the same answers, no redirect that leads to another one, and top pages named in
 * the URLs of either site.
 */
class ServletDispatchTest {
  static final String SITE = "https://portal.example.gov.vn";
  static final String CHROME =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/120.0.0.0 Safari/537.36";

  @TempDir static Path dir;
  static TestRepository repository;
  static BatchedWriter writer;
  static VisitCounter counter;
  static TestApiServer tomcat;
  static TestApiServer magnolia;

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepositories.withFixtures(dir.resolve("repo"));
    writer = new BatchedWriter(repository);
    VisitSettings settings = VisitSettings.builder().build();
    counter =
        new VisitCounter(new VisitStore(repository, writer, settings), settings, new UserAgents());
    JcrContentService content = new JcrContentService(repository, AssetLinks.URLS_ONLY);
    tomcat =
        new TestApiServer(
            dir.resolve("tomcat"), servlets(settings, content, new PageTitles(content)));
    magnolia =
        TestApiServer.dispatchedLikeMagnolia(
            dir.resolve("magnolia"),
            servlets(
                settings,
                content,
                new MagnoliaPageTitlesProvider(content, repository, CivicPortalModule::new).get()));
  }

  /**
   * The descriptor's two servlets, each server its own instances, as each webapp has, wired as
   * there.
   */
  private static Map<String, javax.servlet.Servlet> servlets(
      VisitSettings settings, JcrContentService content, PageTitles pageTitles) {
    StatsServlet stats =
        new StatsServlet(
            new StatsQueries(
                new VisitStats(new VisitStore(repository, writer, settings), settings),
                counter,
                settings,
                pageTitles,
                new PollService(
                    new PollRepository(repository), new PollTallyStore(repository, writer)),
                new RatingService(content, new RatingStore(repository, writer)),
                new PublishedItems(repository),
                new VoteCounts(repository)),
            new SecurityHeaders(List.of()));
    ApiSettings api = ApiSettings.builder(new byte[32]).siteOrigin(SITE).build();
    CivicApiServlet apiServlet =
        new CivicApiServlet(
            new RequestGuards(api),
            List.of(new VisitsApiHandler(counter, new ItemLookup(content))));
    return Map.of("/.civic/stats/*", stats, "/.civic/api/*", apiServlet);
  }

  @AfterAll
  static void stop() throws Exception {
    magnolia.close();
    tomcat.close();
    counter.close();
    writer.close();
    repository.close();
  }

  static Stream<Arguments> servers() {
    return Stream.of(Arguments.of("Tomcat", tomcat), Arguments.of("Magnolia", magnolia));
  }

  private static TestApiServer.Reply get(TestApiServer server, String path) throws Exception {
    return server.send(
        HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(20)).build());
  }

  // The servers outlive each case: JUnit would close AutoCloseable arguments after it.
  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("servers")
  void theDashboardAnswersAtItsAddressWithoutARedirect(String name, TestApiServer server)
      throws Exception {
    TestApiServer.Reply root = get(server, "/.civic/stats/");
    assertThat(root.status).as(root.header("Location")).isEqualTo(200);
    assertThat(root.raw.body()).contains("data-civic-stats=\"/.civic/stats\"");
    TestApiServer.Reply english =
        get(server, "/.civic/stats/?lang=en&from=2026-01-01&to=2026-01-31");
    assertThat(english.status).isEqualTo(200);
    assertThat(english.raw.body())
        .contains("<html lang=\"en\"")
        .contains("data-civic-from=\"2026-01-01\"");
    // Magnolia merges the slashes before matching, Tomcat does not: either way the dashboard, not a
    // redirect.
    assertThat(get(server, "/.civic/stats//").status).isEqualTo(200);
  }

  @Test
  void withoutTheSlashTomcatRedirectsOnceKeepingTheQueryAndMagnoliaDoesNotDispatch()
      throws Exception {
    TestApiServer.Reply bare = get(tomcat, "/.civic/stats?lang=en");
    assertThat(bare.status).isEqualTo(302);
    assertThat(bare.header("Location")).endsWith("/.civic/stats/?lang=en");
    TestApiServer.Reply target =
        get(tomcat, bare.header("Location").replaceFirst("^https?://[^/]+", ""));
    assertThat(target.status).isEqualTo(200);
    assertThat(target.raw.body()).contains("<html lang=\"en\"");
    // Magnolia's mapping regex needs the slash after the servlet path: the request is not the
    // module's.
    assertThat(get(magnolia, "/.civic/stats").status).isEqualTo(404);
    // Tomcat resolves this raw URI to /.civic/stats; the Location stays on this site.
    TestApiServer.Reply elsewhere = get(tomcat, "//evil.example/../.civic/stats");
    assertThat(elsewhere.status).isEqualTo(302);
    assertThat(elsewhere.header("Location")).isEqualTo("/.civic/stats/");
  }

  // The servers outlive each case: JUnit would close AutoCloseable arguments after it.
  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("servers")
  void statisticsResourcesAndTheApiResolveTheirPaths(String name, TestApiServer server)
      throws Exception {
    TestApiServer.Reply series =
        get(server, "/.civic/stats/api/series?from=2026-01-01&to=2026-01-03");
    assertThat(series.status).as(series.toString()).isEqualTo(200);
    assertThat(series.json().get("rows")).hasSize(3);
    TestApiServer.Reply unknown = get(server, "/.civic/stats/nothing");
    assertThat(unknown.status).isEqualTo(404);
    assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");

    assertThat(get(server, "/.civic/api/visits/summary").status).isEqualTo(200);
    for (String root : List.of("/.civic/api/", "/.civic/api//")) {
      TestApiServer.Reply r = get(server, root);
      assertThat(r.status).as(root).isEqualTo(404);
      assertThat(r.json().get("error").asText()).as(root).isEqualTo("not_found");
    }
  }

  /**
   * The statistics app frames its URL below the context path (EmbeddedPageSubApp.updateUrl);
   * Magnolia serves it.
   */
  @Test
  void theStatisticsAppFramesTheDashboardItself() throws Exception {
    Map<?, ?> app;
    try (InputStream in =
        getClass().getResourceAsStream("/civic-portal/apps/visit-statistics.yaml")) {
      app = new Yaml().load(in);
    }
    Map<?, ?> main = (Map<?, ?>) ((Map<?, ?>) app.get("subApps")).get("main");
    assertThat(main.get("class"))
        .isEqualTo("info.magnolia.ui.framework.app.embedded.EmbeddedPageSubAppDescriptor");
    String url = (String) main.get("url");
    assertThat(url).startsWith("/");
    TestApiServer.Reply framed = get(magnolia, url);
    assertThat(framed.status).as(framed.header("Location")).isEqualTo(200);
    assertThat(framed.raw.body()).contains("data-civic-stats=\"/.civic/stats\"");
  }

  /**
   * Pages counted under the URLs of both sites: Magnolia's sample site (module defaults) and the
   * standalone.
   */
  @Test
  void topPagesNameEveryPageOfEitherSiteAndNeverSayNull() throws Exception {
    String[] paths = {
      "/civic-portal.html",
      "/en/civic-portal/reports.html",
      "/civic-portal/reports/bao-cao-quy-1-2024.html",
      "/reports/bao-cao-quy-1-2024",
      "/en/",
      "/articles/chuyen-doi-so-2024",
      "/civic-portal/article.html"
    };
    for (int i = 0; i < paths.length; i++) {
      counter.record(PageView.of(paths[i], null, "portal.example.gov.vn", CHROME, "visitor-" + i));
    }
    counter.flush();
    Map<String, String> magnoliaTitles = topPageTitles(magnolia);
    assertThat(magnoliaTitles)
        .containsEntry("/civic-portal.html", "Home")
        .containsEntry("/en/civic-portal/reports.html", "Reports")
        .containsEntry("/civic-portal/reports/bao-cao-quy-1-2024.html", "Báo cáo quý I/2024")
        .containsEntry("/reports/bao-cao-quy-1-2024", "Báo cáo quý I/2024")
        .containsEntry("/articles/chuyen-doi-so-2024", "Chuyển đổi số 2024")
        .containsEntry("/civic-portal/article.html", "/civic-portal/article.html");
    Map<String, String> standaloneTitles = topPageTitles(tomcat);
    assertThat(standaloneTitles)
        .containsEntry("/en/", "Home")
        .containsEntry("/reports/bao-cao-quy-1-2024", "Báo cáo quý I/2024")
        .containsEntry("/civic-portal.html", "/civic-portal.html");
    String csv = get(magnolia, "/.civic/stats/export.csv?view=pages").raw.body();
    assertThat(csv)
        .contains("/civic-portal/reports/bao-cao-quy-1-2024.html,Báo cáo quý I/2024,")
        .doesNotContain("null");
  }

  private static Map<String, String> topPageTitles(TestApiServer server) throws Exception {
    TestApiServer.Reply reply = get(server, "/.civic/stats/api/top-pages?lang=en");
    assertThat(reply.status).as(reply.toString()).isEqualTo(200);
    Map<String, String> titles = new HashMap<>();
    for (JsonNode row : reply.json().get("rows")) {
      assertThat(row.get("title").isTextual()).as(row.toString()).isTrue();
      titles.put(row.get("key").asText(), row.get("title").asText());
    }
    return titles;
  }
}
