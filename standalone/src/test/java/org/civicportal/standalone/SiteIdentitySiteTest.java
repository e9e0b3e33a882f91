package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's identity as configured (--identity overriding some demo values) in the header and
 * footer of every page in both languages, and the demo items' images with their size, versions and
 * alt text.
 */
@Tag("slow")
class SiteIdentitySiteTest {
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    Path identity = dir.resolve("identity.properties");
    Files.writeString(
        identity,
        String.join(
            "\n",
            "vi.agencyName=Sở Khoa học và Công nghệ",
            "en.province=Test Province",
            "phone=0227 3999 999",
            "vi.licence="),
        StandardCharsets.UTF_8);
    site = TestSite.start(dir.resolve("data"), "--identity", identity.toString());
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static Document page(String path, int status) throws Exception {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    return Jsoup.parse(response.body(), site.base() + path);
  }

  @Test
  void everyPageShowsTheConfiguredIdentityInItsLanguage() throws Exception {
    for (String path :
        new String[] {"/", "/articles", "/polls", "/reports/ket-qua-hoat-dong-quy-iii-nam-2019"}) {
      Document vi = page(path, 200);
      assertThat(vi.selectFirst("header .civic-brand-name").text())
          .as(path)
          .isEqualTo("Sở Khoa học và Công nghệ");
      assertThat(vi.selectFirst("header .civic-brand-province").text())
          .as(path)
          .isEqualTo("Tỉnh Thái Bình");
      assertThat(vi.title()).as(path).endsWith("Sở Khoa học và Công nghệ");
      Element footer = vi.getElementById("civic-contact");
      assertThat(footer.select(".civic-publisher dt").eachText())
          .as(path)
          .doesNotContain("Giấy phép:")
          .contains("Cơ quan chủ quản:", "Điện thoại:");
      assertThat(footer.selectFirst("a[href^=tel:]").text()).isEqualTo("0227 3999 999");
    }
    Document en = page("/en/", 200);
    assertThat(en.selectFirst("header .civic-brand-name").text())
        .isEqualTo("Department of Information and Communications");
    assertThat(en.selectFirst("header .civic-brand-province").text()).isEqualTo("Test Province");
    assertThat(en.select("#civic-contact .civic-publisher dt").eachText()).contains("Licence:");
    Document notFound = page("/khong-co-trang-nay", 404);
    assertThat(notFound.getElementById("civic-contact")).isNotNull();
  }

  @Test
  void demoItemsHaveSizedVersionedImagesWithTheEditorsAlt() throws Exception {
    Document article = page("/articles/chuyen-doi-ipv6-co-quan-nha-nuoc", 200);
    Element lead = article.selectFirst("article figure.civic-figure img");
    assertThat(lead.attr("src"))
        .matches("/\\.resources/civic-portal/webresources/img/demo/network~[-0-9]{23}~cache\\.jpg");
    assertThat(lead.attr("alt"))
        .isEqualTo("Hình minh họa: các nút mạng nối với nhau trên nền trời xanh");
    assertThat(lead.attr("width")).isEqualTo("1200");
    assertThat(lead.attr("height")).isEqualTo("675");
    assertThat(lead.hasAttr("loading")).isFalse();
    assertThat(lead.attr("srcset")).contains("network-480~", " 480w", "network-800~", " 800w");
    for (String candidate : lead.attr("srcset").split(", ")) {
      String url = candidate.substring(0, candidate.indexOf(' '));
      HttpResponse<String> picture = site.get(url);
      assertThat(picture.statusCode()).as(url).isEqualTo(200);
      assertThat(picture.headers().firstValue("Content-Type")).contains("image/jpeg");
    }
    Document listing = page("/articles", 200);
    assertThat(listing.select("img.civic-list-image"))
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(
            img -> {
              assertThat(img.attr("width")).isEqualTo("1200");
              assertThat(img.attr("height")).isEqualTo("675");
              assertThat(img.attr("alt")).startsWith("Hình minh họa");
            });
    // Lazy below the first item, which is in the first screen.
    Elements items = listing.select("ul.civic-list > li");
    for (int i = 0; i < items.size(); i++) {
      Element img = items.get(i).selectFirst("img.civic-list-image");
      if (img != null) {
        assertThat(img.attr("loading")).as("item %d", i).isEqualTo(i == 0 ? "" : "lazy");
      }
    }
  }
}
