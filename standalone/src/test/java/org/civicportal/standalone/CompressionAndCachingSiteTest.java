package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text answers gzipped for clients that accept it, identity for the others, both with Vary:
 * Accept-Encoding; pictures as they are. Static files linked by versioned URLs cached for a year,
 * immutable; an unversioned or old URL still answers, cached for an hour; revalidation (ETag, 304)
 * works on compressed answers too.
 */
@Tag("slow")
class CompressionAndCachingSiteTest {
  private static final String ARTICLE = "/articles/chuyen-doi-ipv6-co-quan-nha-nuoc";
  @TempDir static Path dir;
  static TestSite site;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.start(dir);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static HttpResponse<byte[]> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(site.base() + path)).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String gunzip(byte[] body) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Document home() throws Exception {
    return Jsoup.parse(new String(get("/").body(), StandardCharsets.UTF_8), site.base() + "/");
  }

  @Test
  void textAnswersAreGzippedForClientsThatAcceptItAndIdentityForTheOthers() throws Exception {
    Document home = home();
    List<String> texts =
        List.of(
            "/",
            "/en/",
            ARTICLE,
            "/polls",
            "/khong-co-trang-nay",
            home.selectFirst("link[rel=stylesheet]").attr("href"),
            home.selectFirst("script[src*=civic-widgets~]").attr("src"),
            home.selectFirst("img.civic-emblem").attr("src"));
    for (String path : texts) {
      HttpResponse<byte[]> gzip = get(path, "Accept-Encoding", "gzip");
      HttpResponse<byte[]> plain = get(path);
      assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
      assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
      for (HttpResponse<byte[]> answer : List.of(gzip, plain)) {
        assertThat(answer.headers().allValues("Vary"))
            .as(path)
            .anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT).contains("accept-encoding"));
      }
      assertThat(gzip.statusCode()).as(path).isEqualTo(plain.statusCode());
      String unzipped = gunzip(gzip.body());
      assertThat(unzipped).as(path).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
      assertThat(gzip.body().length).as(path + ": smaller gzipped").isLessThan(plain.body().length);
    }
    // JSON: the poll the home page shows (the API streams its answers, so any size is compressed).
    String poll =
        "/.civic/api/polls/" + home.selectFirst("[data-civic-poll]").attr("data-civic-poll");
    HttpResponse<byte[]> json = get(poll, "Accept-Encoding", "gzip");
    HttpResponse<byte[]> plainJson = get(poll);
    assertThat(json.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(json.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(plainJson.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(gunzip(json.body()))
        .startsWith("{")
        .isEqualTo(new String(plainJson.body(), StandardCharsets.UTF_8));
  }

  @Test
  void picturesAreSentAsTheyAre() throws Exception {
    String picture =
        Jsoup.parse(new String(get(ARTICLE).body(), StandardCharsets.UTF_8), site.base())
            .selectFirst("figure.civic-figure img")
            .attr("src");
    HttpResponse<byte[]> jpeg = get(picture, "Accept-Encoding", "gzip");
    assertThat(jpeg.statusCode()).isEqualTo(200);
    assertThat(jpeg.headers().firstValue("Content-Type")).contains("image/jpeg");
    assertThat(jpeg.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(jpeg.body()).startsWith((byte) 0xff, (byte) 0xd8);
  }

  @Test
  void versionedStaticUrlsAreCachedForAYearAndOldOnesStillAnswer() throws Exception {
    Document home = home();
    List<String> statics =
        home.select("link[rel=stylesheet], script[src], img[src]").stream()
            .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
            .filter(u -> u.startsWith("/.resources/"))
            .toList();
    assertThat(statics)
        .hasSizeGreaterThanOrEqualTo(8)
        .allSatisfy(u -> assertThat(u).matches(".*~\\d{4}(-\\d{2}){5}-\\d{3}~cache\\.[a-z]+"));
    for (String url : statics) {
      HttpResponse<byte[]> versioned = get(url);
      assertThat(versioned.statusCode()).as(url).isEqualTo(200);
      assertThat(versioned.headers().firstValue("Cache-Control"))
          .as(url)
          .contains("public, max-age=31536000, immutable");
      String bare = url.replaceFirst("~[-0-9]+~cache", "");
      for (String old :
          List.of(bare, url.replaceFirst("~[-0-9]+~cache", "~2019-01-01-00-00-00-000~cache"))) {
        HttpResponse<byte[]> answer = get(old);
        assertThat(answer.statusCode()).as(old).isEqualTo(200);
        assertThat(answer.body()).as(old).isEqualTo(versioned.body());
        assertThat(answer.headers().firstValue("Cache-Control"))
            .as(old)
            .contains("public, max-age=3600");
      }
    }
  }

  @Test
  void compressedStaticFilesRevalidateByTheirWeakEtag() throws Exception {
    String css = home().selectFirst("link[rel=stylesheet]").attr("href");
    HttpResponse<byte[]> first = get(css, "Accept-Encoding", "gzip");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("W/\"[-0-9]{23}\"");
    assertThat(css).contains("~" + etag.substring(3, etag.length() - 1) + "~cache");
    HttpResponse<byte[]> again = get(css, "Accept-Encoding", "gzip", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.headers().firstValue("Cache-Control"))
        .contains("public, max-age=31536000, immutable");
    assertThat(get(css, "If-None-Match", "W/\"2019-01-01-00-00-00-000\"").statusCode())
        .isEqualTo(200);
  }
}
