package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicportal.content.ContentKind;
import org.civicportal.content.ItemSummary;
import org.civicportal.identity.SiteIdentity;
import org.junit.jupiter.api.Test;

class MagnoliaSiteContextTest {
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

  private static MagnoliaSiteContext site(String lang, String requestUri) {
    return new MagnoliaSiteContext(
        lang,
        "/magnoliaPublic",
        "https://stttt.example.gov.vn/",
        "/civic-portal",
        requestUri,
        SiteIdentity.demo());
  }

  @Test
  void vietnameseIsTheDefaultWithoutPrefix() {
    MagnoliaSiteContext vi = site("vi", "/magnoliaPublic/reports/bao-cao-quy-3-2025");
    assertThat(vi.getLang()).isEqualTo("vi");
    assertThat(vi.getSiteName()).isEqualTo("Sở Thông tin và Truyền thông");
    assertThat(vi.getHomeHref()).isEqualTo("/magnoliaPublic/civic-portal.html");
    assertThat(vi.href(REPORT)).isEqualTo("/magnoliaPublic/reports/bao-cao-quy-3-2025");
    assertThat(vi.listingHref(ContentKind.ARTICLE, 1)).isEqualTo("/magnoliaPublic/articles");
    assertThat(vi.listingHref(ContentKind.ARTICLE, 2)).isEqualTo("/magnoliaPublic/articles?page=2");
    assertThat(vi.getAlternateLangHref())
        .isEqualTo("/magnoliaPublic/en/reports/bao-cao-quy-3-2025");
  }

  @Test
  void englishLivesUnderEn() {
    MagnoliaSiteContext en = site("en", "/magnoliaPublic/en/reports?page=2");
    assertThat(en.getLang()).isEqualTo("en");
    assertThat(en.getHomeHref()).isEqualTo("/magnoliaPublic/en/civic-portal.html");
    assertThat(en.href(REPORT)).isEqualTo("/magnoliaPublic/en/reports/bao-cao-quy-3-2025");
    assertThat(en.listingHref(ContentKind.REPORT, 3))
        .isEqualTo("/magnoliaPublic/en/reports?page=3");
    assertThat(en.getAlternateLangHref()).isEqualTo("/magnoliaPublic/reports");
  }

  @Test
  void anyOtherLocaleFallsBackToVietnamese() {
    assertThat(site("de", "/").getLang()).isEqualTo("vi");
    assertThat(site(null, "/").getLang()).isEqualTo("vi");
  }

  @Test
  void absoluteUrlsComeFromTheConfiguredSiteUrlWithoutTheContextPath() {
    assertThat(site("vi", "/").absoluteUrl(REPORT))
        .isEqualTo("https://stttt.example.gov.vn/reports/bao-cao-quy-3-2025");
    assertThat(site("en", "/").absoluteUrl(REPORT))
        .isEqualTo("https://stttt.example.gov.vn/en/reports/bao-cao-quy-3-2025");
  }

  @Test
  void resourcesAndApiSitUnderTheContextPath() {
    MagnoliaSiteContext atRoot =
        new MagnoliaSiteContext("vi", "", "http://localhost:8080", "/", "/", SiteIdentity.demo());
    assertThat(atRoot.getResourcesBase()).isEqualTo("/.resources/civic-portal/webresources");
    assertThat(atRoot.getApiBase()).isEqualTo("/.civic/api");
    assertThat(atRoot.getHomeHref()).isEqualTo("/");
    assertThat(site("vi", "/").getResourcesBase())
        .isEqualTo("/magnoliaPublic/.resources/civic-portal/webresources");
    assertThat(site("vi", "/").getApiBase()).isEqualTo("/magnoliaPublic/.civic/api");
  }

  @Test
  void alternateLinkDropsQueryAndFragmentAndKeepsOtherPaths() {
    assertThat(
            site("vi", "/magnoliaPublic/civic-portal.html?x=<script>#top").getAlternateLangHref())
        .isEqualTo("/magnoliaPublic/en/civic-portal.html");
    assertThat(site("en", "/magnoliaPublic/en").getAlternateLangHref())
        .isEqualTo("/magnoliaPublic/");
    assertThat(site("vi", "/magnoliaPublicity/x").getAlternateLangHref())
        .isEqualTo("/magnoliaPublic/en/magnoliaPublicity/x");
  }
}
