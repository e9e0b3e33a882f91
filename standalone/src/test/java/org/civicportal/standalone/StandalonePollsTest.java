package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo poll on a real standalone site: in the home page's sidebar, in the /polls archive, voted
 * on by API.
 */
@Tag("slow")
class StandalonePollsTest {
  /**
   * The sample poll (polls.danh-gia-noi-dung-website.xml): open since January 2026, results after
   * voting.
   */
  static final String SAMPLE_POLL = "250ba0a1-2e58-4b81-ba96-236f9ce38a54";

  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.start(dir);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static Document page(String path) throws Exception {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body(), site.base() + path);
  }

  @Test
  void theHomePageSidebarShowsTheNewestOpenPollAndLinksToTheArchive() throws Exception {
    Document home = page("/");
    Element poll = home.selectFirst("aside [data-civic-poll]");
    assertThat(poll).isNotNull();
    assertThat(poll.attr("data-civic-poll")).isEqualTo(SAMPLE_POLL);
    assertThat(poll.selectFirst("legend").text())
        .isEqualTo("Theo bạn thông tin nội dung của website thế nào?");
    assertThat(poll.select("input[type=radio]")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(home.select("script[src*=/js/civic-poll~]")).hasSize(1);
    assertThat(home.select("a[href=/polls]")).isNotEmpty();
    assertThat(page("/en/").select("a[href=/en/polls]")).isNotEmpty();
  }

  @Test
  void theArchiveListsThePollInBothLanguagesWithoutPrivateResults() throws Exception {
    // Someone votes: the sample shows results only to voters, so the cached archive must not show
    // them.
    HttpResponse<String> vote =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(site.base() + "/.civic/api/polls/" + SAMPLE_POLL + "/votes"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"options\":[\"binh-thuong\"]}", StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(vote.statusCode()).as(vote.body()).isEqualTo(200);
    assertThat(vote.body()).contains("\"totalVotes\":1");

    Document vi = page("/polls");
    assertThat(vi.selectFirst("h1").text()).isEqualTo("Các cuộc thăm dò ý kiến");
    Element item = vi.selectFirst(".civic-poll-archive-item [data-civic-poll=" + SAMPLE_POLL + "]");
    assertThat(item).isNotNull();
    assertThat(item.selectFirst(".civic-poll-results").hasAttr("hidden")).isTrue();
    assertThat(item.select(".civic-poll-result")).isEmpty();
    Document en = page("/en/polls");
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(en.selectFirst("h1").text()).isEqualTo("Opinion polls");
    assertThat(en.select("[data-civic-poll=" + SAMPLE_POLL + "]")).hasSize(1);
  }
}
