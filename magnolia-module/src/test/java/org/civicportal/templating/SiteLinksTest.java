package org.civicportal.templating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ItemSummary;
import org.civicportal.identity.SiteIdentity;
import org.civicportal.webresources.ResourceVersions;
import org.junit.jupiter.api.Test;

/**
 * The one set of link rules that Magnolia's and the standalone's site contexts extend, and the
 * paths it reads back: what a link builds, the same rules parse.
 */
class SiteLinksTest {
  private static final ItemSummary REPORT =
      new ItemSummary(
          "3f1c0d6e-9a2b-4c5d-8e7f-0a1b2c3d4e5f",
          ContentKind.REPORT,
          "bao-cao-quy-3-2025",
          "Báo cáo",
          "",
          null,
          "",
          null);

  private static SiteLinks links(
      String lang, String contextPath, String homePath, String pathInLang) {
    return links(lang, contextPath, homePath, pathInLang, SiteIdentity.demo());
  }

  private static SiteLinks links(
      String lang, String contextPath, String homePath, String pathInLang, SiteIdentity identity) {
    return new SiteLinks(
        lang, identity, contextPath, "https://portal.example.gov.vn/", homePath, pathInLang) {};
  }

  @Test
  void theSiteNameAndIdentityAreTheConfiguredOnesInThePagesLanguage() {
    SiteIdentity identity = SiteIdentity.demo();
    identity.getEn().setAgencyName("Department of Tests");
    assertThat(links("vi", "", "/", "/", identity).getSiteName())
        .isEqualTo("Sở Thông tin và Truyền thông");
    assertThat(links("en", "", "/", "/", identity).getSiteName()).isEqualTo("Department of Tests");
    assertThat(links("en", "", "/", "/", identity).getIdentityText().getProvince())
        .isEqualTo("Thai Binh Province");
  }

  @Test
  void staticFilesHaveVersionedUrlsBelowTheContextPathAndTheEmblemIsTheModulesUnlessConfigured() {
    SiteLinks site = links("vi", "/magnoliaPublic", "/civic-portal", "/");
    String css = site.resource("css/civic-portal.css");
    // Magnolia's far-future form (resfn.cachedCss), which its resources servlet strips and its
    // cache policy keeps
    // for a year.
    assertThat(css)
        .matches(
            "/magnoliaPublic/\\.resources/civic-portal/webresources/css/civic-portal"
                + "~\\d{4}(-\\d{2}){5}-\\d{3}~cache\\.css");
    assertThat(ResourceVersions.parse(css).path())
        .isEqualTo("/magnoliaPublic/.resources/civic-portal/webresources/css/civic-portal.css");
    String js = site.resource("js/civic-prefs.js");
    assertThat(ResourceVersions.parse(js).version())
        .isNotEqualTo(ResourceVersions.parse(css).version());
    assertThat(site.resource("css/no-such-file.css"))
        .isEqualTo("/magnoliaPublic/.resources/civic-portal/webresources/css/no-such-file.css");
    assertThat(site.getEmblemUrl())
        .startsWith("/magnoliaPublic/.resources/civic-portal/webresources/img/civic-emblem~");
    SiteLinks own = links("vi", "", "/", "/", SiteIdentity.demo().withEmblem("/img/logo.png"));
    assertThat(own.getEmblemUrl()).isEqualTo("/img/logo.png");
  }

  @Test
  void theSiteIsVietnameseFirstWithEnglishUnderEn() {
    assertThat(SiteLinks.LANGUAGES).containsExactly("vi", "en");
    assertThat(SiteLinks.langPrefix("vi")).isEmpty();
    assertThat(SiteLinks.langPrefix("en")).isEqualTo("/en");
    assertThat(SiteLinks.langOf("/en")).isEqualTo("en");
    assertThat(SiteLinks.langOf("/en/articles")).isEqualTo("en");
    assertThat(SiteLinks.langOf("/entry")).isEqualTo("vi");
    assertThat(SiteLinks.langOf("/")).isEqualTo("vi");
    assertThat(links("vi", "", "/", "/").isDefaultLang()).isTrue();
    assertThat(links("en", "", "/", "/").isDefaultLang()).isFalse();
    assertThatThrownBy(() -> links("de", "", "/", "/"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSiteAtTheRootHasItsHomeAtSlash() {
    SiteLinks vi = links("vi", "", "/", "/reports/bao-cao-quy-3-2025");
    assertThat(vi.getHomeHref()).isEqualTo("/");
    assertThat(vi.href(REPORT)).isEqualTo("/reports/bao-cao-quy-3-2025");
    assertThat(vi.absoluteUrl(REPORT))
        .isEqualTo("https://portal.example.gov.vn/reports/bao-cao-quy-3-2025");
    assertThat(vi.listingHref(ContentKind.ARTICLE, 1)).isEqualTo("/articles");
    assertThat(vi.listingHref(ContentKind.ARTICLE, 2)).isEqualTo("/articles?page=2");
    assertThat(vi.getAlternateLangHref()).isEqualTo("/en/reports/bao-cao-quy-3-2025");
    assertThat(vi.getResourcesBase())
        .isEqualTo(SiteLinks.RESOURCES_BASE)
        .isEqualTo("/.resources/civic-portal/webresources");
    assertThat(vi.getApiBase()).isEqualTo(SiteLinks.API_BASE).isEqualTo("/.civic/api");
    SiteLinks en = links("en", "", "/", "/");
    assertThat(en.getHomeHref()).isEqualTo("/en/");
    assertThat(en.href(REPORT)).isEqualTo("/en/reports/bao-cao-quy-3-2025");
    assertThat(en.absoluteUrl(REPORT))
        .isEqualTo("https://portal.example.gov.vn/en/reports/bao-cao-quy-3-2025");
    assertThat(en.listingHref(ContentKind.REPORT, 3)).isEqualTo("/en/reports?page=3");
    assertThat(en.getAlternateLangHref()).isEqualTo("/");
  }

  @Test
  void aHomePageBelowTheRootIsItsPageUnderTheContextPath() {
    SiteLinks vi = links("vi", "/magnoliaPublic/", "/civic-portal/", "/");
    assertThat(vi.getHomeHref()).isEqualTo("/magnoliaPublic/civic-portal.html");
    assertThat(vi.getResourcesBase())
        .isEqualTo("/magnoliaPublic/.resources/civic-portal/webresources");
    assertThat(vi.href(REPORT)).isEqualTo("/magnoliaPublic/reports/bao-cao-quy-3-2025");
    assertThat(vi.absoluteUrl(REPORT))
        .isEqualTo("https://portal.example.gov.vn/reports/bao-cao-quy-3-2025");
    assertThat(links("en", "/magnoliaPublic", "/civic-portal", "/").getHomeHref())
        .isEqualTo("/magnoliaPublic/en/civic-portal.html");
  }

  @Test
  void itemNamesAreEncodedInLinks() {
    ItemSummary odd =
        new ItemSummary("id", ContentKind.ARTICLE, "tin tức?&x", "T", "", null, "", null);
    assertThat(SiteLinks.itemPath(odd)).isEqualTo("/articles/tin+t%E1%BB%A9c%3F%26x");
  }

  @Test
  void thePathInTheLanguageDropsContextPathLanguageQueryAndFragment() {
    assertThat(SiteLinks.pathInLang("/magnoliaPublic", "/magnoliaPublic/en/reports?page=2"))
        .isEqualTo("/reports");
    assertThat(SiteLinks.pathInLang("/magnoliaPublic", "/magnoliaPublic/en")).isEqualTo("/");
    assertThat(SiteLinks.pathInLang("/magnoliaPublic", "/magnoliaPublicity/x"))
        .isEqualTo("/magnoliaPublicity/x");
    assertThat(SiteLinks.pathInLang("", "/civic-portal.html#top")).isEqualTo("/civic-portal.html");
    assertThat(SiteLinks.pathInLang("", "/entry")).isEqualTo("/entry");
    assertThat(SiteLinks.pathInLang(null, null)).isEqualTo("/");
  }

  /**
   * What the links build, the same rules read back; nothing else is taken for an item or a listing.
   */
  @Test
  void itemAndListingPathsReadBack() {
    for (ContentKind kind : ContentKind.values()) {
      ItemSummary item = new ItemSummary("id", kind, "a-b_1", "T", "", null, "", null);
      String path = links("vi", "", "/", "/").href(item);
      assertThat(SiteLinks.item(path)).contains(new SiteLinks.ItemPath(kind, "a-b_1"));
      assertThat(SiteLinks.listing(links("vi", "", "/", "/").listingHref(kind, 1))).contains(kind);
      assertThat(
              SiteLinks.item(SiteLinks.stripSegments(links("en", "", "/", "/").href(item), "/en")))
          .contains(new SiteLinks.ItemPath(kind, "a-b_1"));
    }
    for (String notAnItem :
        List.of(
            "/articles",
            "/articles/",
            "/articles/a/b",
            "/news/a",
            "articles/a",
            "/articles/-a",
            "/articles/a.html",
            "/articles/" + "a".repeat(201),
            "/articles/%2e",
            "//articles/a")) {
      assertThat(SiteLinks.item(notAnItem)).as(notAnItem).isEmpty();
    }
    assertThat(SiteLinks.item("/articles/" + "a".repeat(200))).isPresent();
    for (String notAListing :
        List.of("/", "/articles/", "/article", "/Articles", "articles", "/polls")) {
      assertThat(SiteLinks.listing(notAListing)).as(notAListing).isEmpty();
    }
  }

  @Test
  void aPageNumberIsAWholeNumberAsThePagerWritesIt() {
    assertThat(SiteLinks.pageNumber(null)).isEqualTo(1);
    assertThat(SiteLinks.pageNumber("1")).isEqualTo(1);
    assertThat(SiteLinks.pageNumber("999999")).isEqualTo(999999);
    for (String notANumber :
        List.of("", "0", "-1", "01", "1.0", "abc", "1e3", " 1", "9999999", "0x1")) {
      assertThat(SiteLinks.pageNumber(notANumber)).as(notANumber).isZero();
    }
  }
}
