package org.civicportal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.ContentKind;
import org.civicportal.content.JcrContentService;
import org.civicportal.feedback.VoteCounts;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.JcrDates;
import org.civicportal.jcr.TestRepositories;
import org.civicportal.jcr.TestRepository;
import org.civicportal.poll.PollRepository;
import org.civicportal.poll.PollService;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.poll.TestPolls;
import org.civicportal.rating.RatingService;
import org.civicportal.rating.RatingStore;
import org.civicportal.visits.PageView;
import org.civicportal.visits.TestClock;
import org.civicportal.visits.UserAgents;
import org.civicportal.visits.VisitCounter;
import org.civicportal.visits.VisitSettings;
import org.civicportal.visits.VisitStats;
import org.civicportal.visits.VisitStore;
import org.civicportal.web.SecurityHeaders;
import org.civicportal.web.TestApiServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics servlet on a real Tomcat over a real Jackrabbit, with the visit counter, ratings
 * and polls writing there, and a fixed clock (Thursday 2026-05-14 in Ho Chi Minh City): the
 * presets' ranges, the overview's changes against the previous period, every poll's tally for
 * editors, and CSV views that carry no formula, whatever visitors and editors wrote.
 */
class StatsServletTest {
  static final Instant NOW = Instant.parse("2026-05-14T03:00:00Z");
  static final String CHROME =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/120.0.0.0 Safari/537.36";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
  static final String HOSTILE_PATH = "/" + FORMULA.replace(" ", "");
  static final List<String> VIEWS =
      List.of(
          "series",
          "pages",
          "referrers",
          "browsers",
          "os",
          "devices",
          "robots",
          "content",
          "sources",
          "figures",
          "polls",
          "top-rated",
          "most-rated");

  @TempDir static Path dir;
  static TestRepository repository;
  static BatchedWriter writer;
  static TestClock clock;
  static VisitCounter counter;
  static PollService polls;
  static RatingService ratings;
  static TestApiServer server;
  static String hiddenPoll;

  @BeforeAll
  static void start() throws Exception {
    repository = TestRepositories.withFixtures(dir.resolve("repo"));
    writer = new BatchedWriter(repository);
    clock = new TestClock(NOW);
    VisitSettings settings = VisitSettings.builder().build();
    VisitStore store = new VisitStore(repository, writer, settings);
    counter = new VisitCounter(store, settings, new UserAgents(), clock);
    JcrContentService content = new JcrContentService(repository, AssetLinks.URLS_ONLY);
    polls =
        new PollService(
            new PollRepository(repository), new PollTallyStore(repository, writer), clock);
    ratings = new RatingService(content, new RatingStore(repository, writer, clock));
    StatsQueries queries =
        new StatsQueries(
            new VisitStats(store, settings, clock),
            counter,
            settings,
            new PageTitles(content),
            polls,
            ratings,
            new PublishedItems(repository),
            new VoteCounts(repository));
    server =
        new TestApiServer(
            dir.resolve("tomcat"),
            Map.of("/.civic/stats/*", new StatsServlet(queries, new SecurityHeaders(List.of()))));
    fill();
  }

  /**
   * 2026-05-03 (previous week): visitors a, b, one page each. 2026-05-10 (this week): c reads two
   * pages, d and e one each, one of them at a hostile path and from a hostile referrer; a robot. An
   * editor's article titled with a formula, rated three times; a poll that shows its results only
   * after it closes, answered three times.
   */
  private static void fill() throws Exception {
    clock.set(Instant.parse("2026-05-03T03:00:00Z"));
    view("/", null, "a");
    view("/articles", null, "b");
    counter.flush();
    clock.set(Instant.parse("2026-05-10T03:00:00Z"));
    view("/articles/hostile", "https://www.google.com.vn/search?q=x", "c");
    view("/articles/hostile", null, "c");
    view(HOSTILE_PATH, "https://m.facebook.com/" + FORMULA.replace(" ", ""), "d");
    view("/", "https://zalo.me/x", "e");
    counter.record(
        PageView.of(
            "/",
            null,
            "portal.example",
            "Googlebot/2.1 (+http://www.google.com/bot.html)",
            "robot"));
    counter.flush();
    clock.set(NOW);
    String article =
        repository.withSession(
            ContentKind.ARTICLE.getWorkspace(),
            s -> {
              Node n = s.getRootNode().addNode("hostile", ContentKind.ARTICLE.getNodeType());
              n.setProperty("title", FORMULA);
              n.setProperty("category", "+cmd|' /C calc'!A0");
              n.setProperty("publishDate", JcrDates.utc(Instant.parse("2026-05-09T01:00:00Z")));
              s.save();
              return n.getIdentifier();
            });
    for (String v : List.of("r1", "r2", "r3")) {
      ratings.vote(article, v, 4);
    }
    hiddenPoll =
        TestPolls.poll()
            .question("@SUM(1+1)")
            .option("yes", "-2+3")
            .option("no", "Không")
            .visibility("afterClose")
            .opens(Instant.parse("2026-05-01T00:00:00Z"))
            .create(repository);
    polls.vote(hiddenPoll, "v1", List.of("yes"));
    polls.vote(hiddenPoll, "v2", List.of("yes"));
    polls.vote(hiddenPoll, "v3", List.of("no"));
  }

  private static void view(String path, String referrer, String visitor) throws Exception {
    counter.record(PageView.of(path, referrer, "portal.example", CHROME, visitor));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    counter.close();
    writer.close();
    repository.close();
  }

  private static TestApiServer.Reply get(String path) throws Exception {
    return server.send(HttpRequest.newBuilder(server.uri("/.civic/stats" + path)).build());
  }

  @Test
  void presetsNameTheirRangesAndThePreviousPeriodOfTheSameLength() throws Exception {
    Map<String, String[]> expected =
        Map.of(
            "today", new String[] {"2026-05-14", "2026-05-14", "2026-05-13", "2026-05-13"},
            "yesterday", new String[] {"2026-05-13", "2026-05-13", "2026-05-12", "2026-05-12"},
            "7d", new String[] {"2026-05-08", "2026-05-14", "2026-05-01", "2026-05-07"},
            "30d", new String[] {"2026-04-15", "2026-05-14", "2026-03-16", "2026-04-14"},
            "month", new String[] {"2026-05-01", "2026-05-14", "2026-04-17", "2026-04-30"},
            "last-month", new String[] {"2026-04-01", "2026-04-30", "2026-03-02", "2026-03-31"},
            "quarter", new String[] {"2026-04-01", "2026-05-14", "2026-02-16", "2026-03-31"},
            "last-quarter", new String[] {"2026-01-01", "2026-03-31", "2025-10-03", "2025-12-31"},
            "year", new String[] {"2026-01-01", "2026-05-14", "2025-08-20", "2025-12-31"});
    for (Map.Entry<String, String[]> e : expected.entrySet()) {
      JsonNode o = get("/api/overview?period=" + e.getKey()).json();
      assertThat(
              List.of(
                  o.get("period").asText(),
                  o.get("from").asText(),
                  o.get("to").asText(),
                  o.get("previousFrom").asText(),
                  o.get("previousTo").asText()))
          .as(e.getKey())
          .containsExactly(
              e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]);
    }
    JsonNode custom = get("/api/overview?from=2026-02-01&to=2026-02-10").json();
    assertThat(custom.get("period").asText()).isEqualTo("custom");
    assertThat(custom.get("previousFrom").asText()).isEqualTo("2026-01-22");
    assertThat(custom.get("previousTo").asText()).isEqualTo("2026-01-31");
    assertThat(get("/api/overview?period=week").status).isEqualTo(400);
    assertThat(get("/api/figures").json().get("period").asText()).isEqualTo("last-quarter");
  }

  @Test
  void theOverviewComparesWithThePreviousPeriod() throws Exception {
    JsonNode o = get("/api/overview?period=7d").json();
    assertThat(o.at("/visitors/value").asLong()).isEqualTo(3);
    assertThat(o.at("/visitors/previous").asLong()).isEqualTo(2);
    assertThat(o.at("/visitors/change").asInt()).isEqualTo(50);
    assertThat(o.at("/visits/change").asInt()).isEqualTo(50);
    assertThat(o.at("/pageViews/value").asLong()).isEqualTo(4);
    assertThat(o.at("/pageViews/change").asInt()).isEqualTo(100);
    assertThat(o.at("/viewsPerVisit/value").decimalValue()).isEqualByComparingTo("1.3");
    assertThat(o.at("/viewsPerVisit/change").asInt()).isEqualTo(30);
    // Nothing before: no change to show rather than an infinite one.
    assertThat(
            get("/api/overview?from=2026-05-01&to=2026-05-07")
                .json()
                .at("/visitors/change")
                .isNull())
        .isTrue();

    Document page = Jsoup.parse(get("/?period=7d&lang=en").raw.body());
    Element visitors = page.selectFirst("[data-civic-figure=visitors]");
    assertThat(visitors.select(".civic-stats-value").text()).isEqualTo("3");
    assertThat(visitors.select(".civic-stats-change").text())
        .isEqualTo("+50 % against the previous period");
    assertThat(page.select("[data-civic-figure] dt").eachText())
        .containsExactly("Visitors", "Visits", "Page views", "Pages per visit", "Online now");
    assertThat(page.select(".civic-stats-legend li").eachText())
        .containsExactly("Visitors: 3", "Page views: 4");
    assertThat(page.select("details table[data-civic-table=series] tbody tr")).hasSize(7);
    assertThat(page.select("[data-civic-chart]")).hasSize(1);
  }

  @Test
  void editorsSeeThePollTallyVisitorsDoNot() throws Exception {
    assertThat(polls.publicView(hiddenPoll).orElseThrow().isResultsVisible()).isFalse();
    JsonNode poll = null;
    for (JsonNode p : get("/api/polls").json().get("polls")) {
      if (p.get("pollId").asText().equals(hiddenPoll)) {
        poll = p;
      }
    }
    assertThat(poll).isNotNull();
    assertThat(poll.get("status").asText()).isEqualTo("open");
    assertThat(poll.get("totalVotes").asLong()).isEqualTo(3);
    assertThat(poll.at("/options/0/votes").asLong()).isEqualTo(2);
    assertThat(poll.at("/options/0/percent").asInt() + poll.at("/options/1/percent").asInt())
        .isEqualTo(100);
    assertThat(poll.at("/options/0/percent").asInt()).isEqualTo(67);

    Document page = Jsoup.parse(get("/").raw.body());
    Element table = page.selectFirst("table[data-civic-poll-id=" + hiddenPoll + "]");
    assertThat(table.select("tbody tr").eachText()).containsExactly("-2+3 2 67", "Không 1 33");
    assertThat(table.select("caption").text()).contains("Đang mở").contains("3");
  }

  @Test
  void topContentSourcesAndDevicesAreNamed() throws Exception {
    JsonNode content = get("/api/content?period=7d").json().get("rows");
    assertThat(content.get(0).get("path").asText()).isEqualTo("/articles/hostile");
    assertThat(content.get(0).get("title").asText()).isEqualTo(FORMULA);
    assertThat(content.get(0).get("views").asLong()).isEqualTo(2);
    assertThat(content.get(0).get("averageRating").decimalValue()).isEqualByComparingTo("4.0");
    assertThat(content.get(0).get("ratings").asLong()).isEqualTo(3);
    JsonNode sources = get("/api/sources?period=7d").json().get("sources");
    List<String> groups = new ArrayList<>();
    sources.forEach(g -> groups.add(g.get("source").asText() + "=" + g.get("visits").asLong()));
    // d's referrer, with its quotes, is no URL, so that visit counts as direct.
    assertThat(groups).containsExactly("direct=1", "search=1", "social=1", "other=0");
    Document page = Jsoup.parse(get("/?period=7d&lang=en").raw.body());
    assertThat(page.select("table[data-civic-table=sources] .civic-stats-group").eachText())
        .containsExactly("Direct 1", "Search engines 1", "Social networks 1", "Other sites 0");
    assertThat(page.select("table[data-civic-table=devices] tbody tr").eachText())
        .containsExactly("Desktop 3");
    assertThat(page.select("table[data-civic-table=content] tbody a").eachAttr("href"))
        .startsWith("/articles/hostile");
  }

  @Test
  void keyFiguresCountItemsVotesAndVisitsOfThePeriod() throws Exception {
    JsonNode f = get("/api/figures?period=quarter").json();
    assertThat(f.get("articles").asLong()).isEqualTo(1);
    assertThat(f.at("/articlesPerCategory").toString()).isEqualTo("{\"+cmd|' /C calc'!A0\":1}");
    assertThat(f.get("pageViews").asLong()).isEqualTo(6);
    assertThat(f.get("visitors").asLong()).isEqualTo(5);
    assertThat(f.get("ratings").asLong()).isEqualTo(3);
    assertThat(f.get("pollAnswers").asLong()).isEqualTo(3);
    JsonNode before = get("/api/figures?period=last-quarter").json();
    assertThat(before.get("ratings").asLong()).isZero();
    assertThat(before.get("pollAnswers").asLong()).isZero();
  }

  @Test
  void noCsvViewCarriesAFormula() throws Exception {
    StringBuilder all = new StringBuilder();
    for (String view : VIEWS) {
      TestApiServer.Reply csv = get("/export.csv?period=quarter&limit=500&view=" + view);
      assertThat(csv.status).as(view).isEqualTo(200);
      assertThat(csv.header("Content-Type")).startsWith("text/csv");
      List<List<String>> rows = CsvCells.parse(csv.raw.body());
      assertThat(rows.size()).as(view).isGreaterThan(1);
      for (List<String> row : rows) {
        for (String cell : row) {
          assertThat(cell)
              .as(view + ": " + row)
              .doesNotStartWith("=")
              .doesNotStartWith("+")
              .doesNotStartWith("-")
              .doesNotStartWith("@")
              .doesNotStartWith("\t")
              .doesNotStartWith("\r");
        }
      }
      all.append(csv.raw.body());
    }
    // The hostile values are there, as text.
    assertThat(all)
        .contains("'" + FORMULA.replace("\"", "\"\""))
        .contains("'@SUM(1+1)")
        .contains("'-2+3")
        .contains(HOSTILE_PATH.replace("\"", "\"\""));
    assertThat(get("/export.csv?view=nothing").status).isEqualTo(400);
  }

  @Test
  void theDashboardIsOneFullPageWithItsParts() throws Exception {
    TestApiServer.Reply reply = get("/?period=quarter");
    assertThat(reply.status).isEqualTo(200);
    assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    Document page = Jsoup.parse(reply.raw.body());
    assertThat(page.select("select[name=period] option").eachAttr("value"))
        .containsExactly(
            "today",
            "yesterday",
            "7d",
            "30d",
            "month",
            "last-month",
            "quarter",
            "last-quarter",
            "year",
            "custom");
    assertThat(page.select("select[name=period] option[selected]").attr("value"))
        .isEqualTo("quarter");
    assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
        .anyMatch(
            href ->
                href.matches(
                    "/\\.resources/civic-portal/webresources/lib/uplot/uPlot\\.min~[-0-9]{23}~cache\\.css"));
    assertThat(
            page.select("table[data-civic-table=figures] tr[data-civic-key=pollAnswers] td").text())
        .isEqualTo("3");
    assertThat(page.select("[data-civic-table-copy]").hasAttr("hidden")).isTrue();
    assertThat(get("/lib/uPlot.min.css").status).isEqualTo(404);
    LocalDate.parse(page.selectFirst("body").attr("data-civic-from"));
  }

  /**
   * The CSV links' own parameters reach the server: an escaped "&amp;" passed in would be escaped
   * twice.
   */
  @Test
  void theCsvLinksCarryTheirParameters() throws Exception {
    Document page = Jsoup.parse(get("/?period=quarter").raw.body());
    List<String> links = page.select("a.civic-stats-csv").eachAttr("href");
    assertThat(links).isNotEmpty().noneMatch(href -> href.contains("&amp;"));
    assertThat(links).anyMatch(href -> href.contains("view=series&granularity="));
    assertThat(links).anyMatch(href -> href.contains("view=content&limit=500"));
  }
}
