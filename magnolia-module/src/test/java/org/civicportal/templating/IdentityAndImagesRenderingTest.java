package org.civicportal.templating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ImageRef;
import org.civicportal.content.Item;
import org.civicportal.content.ItemSummary;
import org.civicportal.content.ResultPage;
import org.civicportal.identity.SiteIdentity;
import org.civicportal.webresources.WebResourceImages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The site's identity in the header and footer of every page, and the items' images: the lead image
 * and the listings' thumbnails with their size, smaller versions, the editor's alt text (or none:
 * decorative) and lazy loading below the first screen. The demo pictures are the ones the build
 * draws (DemoImages).
 */
class IdentityAndImagesRenderingTest {
  private static final String NETWORK =
      "/.resources/civic-portal/webresources/img/demo/network.jpg";

  /** A demo picture's URL with its version, by its name. */
  private static final String VERSIONED =
      "/\\.resources/civic-portal/webresources/img/demo/%s~[-0-9]{23}~cache\\.jpg";

  @Test
  void headerShowsEmblemProvinceAndAgencyAndTheFooterThePublisherInEachLanguage() {
    Document vi = Render.page("notfound-page.ftl", TestSiteContext.vi(), Map.of());
    Element brand = vi.selectFirst("header a.civic-brand");
    assertThat(brand.attr("href")).isEqualTo("/");
    assertThat(brand.selectFirst("img.civic-emblem").attr("alt")).isEmpty();
    assertThat(brand.selectFirst("img.civic-emblem").attr("src"))
        .matches("/\\.resources/civic-portal/webresources/img/civic-emblem~[-0-9]{23}~cache\\.svg");
    assertThat(brand.text()).isEqualTo("Tỉnh Thái Bình Sở Thông tin và Truyền thông");
    assertThat(vi.select("nav.civic-nav a").eachText())
        .containsExactly("Trang chủ", "Báo cáo", "Tin tức", "Liên hệ");
    assertThat(vi.selectFirst("nav.civic-nav a[href=#civic-contact]")).isNotNull();
    Element footer = vi.getElementById("civic-contact");
    assertThat(footer.tagName()).isEqualTo("footer");
    assertThat(footer.select(".civic-publisher dt").eachText())
        .containsExactly(
            "Cơ quan chủ quản:",
            "Địa chỉ:",
            "Điện thoại:",
            "Thư điện tử:",
            "Chịu trách nhiệm chính:",
            "Giấy phép:");
    assertThat(footer.selectFirst("a[href^=tel:]").attr("href")).isEqualTo("tel:02273000000");
    assertThat(footer.selectFirst("a[href^=mailto:]").attr("href"))
        .isEqualTo("mailto:lienhe@stttt.example.gov.vn");

    Document en = Render.page("notfound-page.ftl", TestSiteContext.en(), Map.of());
    assertThat(en.selectFirst("header a.civic-brand").text())
        .isEqualTo("Thai Binh Province Department of Information and Communications");
    assertThat(en.select("#civic-contact .civic-publisher dt").eachText())
        .containsExactly(
            "Governing body:", "Address:", "Phone:", "E-mail:", "Person responsible:", "Licence:");
    assertThat(en.select("#civic-contact .civic-publisher dd").first().text())
        .isEqualTo("Department of Information and Communications of Thai Binh Province");
  }

  @Test
  void aBlankIdentityValueLeavesItsLineOutAndAConfiguredEmblemReplacesTheModulesOwn() {
    SiteIdentity identity = SiteIdentity.demo().withEmblem("/dam/logo.png");
    identity.getVi().setLicence("");
    identity.setEmail("");
    Document doc =
        Render.page("notfound-page.ftl", TestSiteContext.vi().withIdentity(identity), Map.of());
    assertThat(doc.select(".civic-publisher dt").eachText())
        .doesNotContain("Giấy phép:", "Thư điện tử:")
        .contains("Địa chỉ:");
    assertThat(doc.select("img.civic-emblem").eachAttr("src")).containsOnly("/dam/logo.png");
  }

  @Test
  void theLeadImageLoadsAtOnceWithItsSizeSmallerVersionsAndTheEditorsAlt() {
    Item item = withImage(WebResourceImages.image("", NETWORK, "Các nút mạng"));
    Document doc =
        Render.page(
            "item-page.ftl", TestSiteContext.vi(), Map.of("item", item, "related", List.of()));
    Element img = doc.selectFirst("article figure.civic-figure img");
    assertThat(img.attr("src")).matches(VERSIONED.formatted("network"));
    assertThat(img.attr("alt")).isEqualTo("Các nút mạng");
    assertThat(img.attr("width")).isEqualTo("1200");
    assertThat(img.attr("height")).isEqualTo("675");
    assertThat(img.hasAttr("loading")).as("the lead image is in the first screen").isFalse();
    assertThat(img.attr("srcset").split(", "))
        .satisfiesExactly(
            s -> assertThat(s).matches(VERSIONED.formatted("network-480") + " 480w"),
            s -> assertThat(s).matches(VERSIONED.formatted("network-800") + " 800w"),
            s -> assertThat(s).matches(VERSIONED.formatted("network") + " 1200w"));
    assertThat(img.attr("sizes")).isNotBlank();
  }

  @Test
  void anImageWithoutAltIsDecorativeAndOneOfUnknownSizeHasNoSizeAttributes() {
    Item item = withImage(new ImageRef("https://cdn.example.gov.vn/anh-khong-ten.jpg", null));
    Element img =
        Render.page(
                "item-page.ftl", TestSiteContext.vi(), Map.of("item", item, "related", List.of()))
            .selectFirst("figure.civic-figure img");
    assertThat(img.hasAttr("alt")).isTrue();
    assertThat(img.attr("alt")).isEmpty();
    assertThat(img.hasAttr("width")).isFalse();
    assertThat(img.hasAttr("srcset")).isFalse();
  }

  @Test
  void listingThumbnailsAreSizedAndLazyButTheFirst() {
    List<ItemSummary> items =
        List.of(
            withImage(WebResourceImages.image("", NETWORK, "A")),
            withImage(WebResourceImages.image("", NETWORK, "")),
            Fixtures.article("khong-anh", "Không ảnh", Fixtures.at(2020, 1, 1, 9, 0)));
    Document doc =
        Render.page(
            "listing-page.ftl",
            TestSiteContext.vi(),
            Map.of("page", new ResultPage<>(items, 1, 10, 3), "kind", "article"));
    Elements thumbnails = doc.select("ul.civic-list img.civic-list-image");
    assertThat(thumbnails).hasSize(2);
    assertThat(thumbnails.eachAttr("width")).containsExactly("1200", "1200");
    assertThat(thumbnails.eachAttr("height")).containsExactly("675", "675");
    assertThat(thumbnails.get(0).hasAttr("loading")).isFalse();
    assertThat(thumbnails.get(1).attr("loading")).isEqualTo("lazy");
    assertThat(thumbnails.eachAttr("alt")).containsExactly("A", "");
  }

  @Test
  void aWebResourcePathThatIsNoImageOnTheClasspathKeepsItsUrlBelowTheContextPath() {
    ImageRef missing =
        WebResourceImages.image(
            "/magnoliaPublic", "/.resources/civic-portal/webresources/img/x.jpg", "x");
    assertThat(missing.getUrl())
        .isEqualTo("/magnoliaPublic/.resources/civic-portal/webresources/img/x.jpg");
    assertThat(missing.isSized()).isFalse();
    ImageRef found = WebResourceImages.image("/magnoliaPublic", NETWORK, "x");
    assertThat(found.getUrl()).matches("/magnoliaPublic" + VERSIONED.formatted("network"));
    assertThat(found.getSrcset())
        .startsWith("/magnoliaPublic/.resources/")
        .contains(", /magnoliaPublic/.resources/");
    assertThat(WebResourceImages.image("/magnoliaPublic", "/dam/a.jpg", "x").getUrl())
        .isEqualTo("/dam/a.jpg");
  }

  private static Item withImage(ImageRef image) {
    return Item.builder("id-" + image.hashCode(), ContentKind.ARTICLE, "tin-anh")
        .title("Tin có ảnh")
        .lead("Tóm tắt")
        .publishDate(Fixtures.at(2020, 3, 4, 12, 0))
        .image(image)
        .build();
  }
}
