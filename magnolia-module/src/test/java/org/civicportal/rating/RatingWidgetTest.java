package org.civicportal.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civicportal.templating.Render;
import org.civicportal.templating.SiteContext;
import org.civicportal.templating.TestSiteContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The rating widget's HTML: figures known at render time, the accessible radio group, optional
 * microdata.
 */
class RatingWidgetTest {
  static final String ID = "00000000-0000-4000-8000-000000000001";

  /** 3 votes: two 4s and a 5, total 13, average 4.3. */
  static final RatingSummary SOME = new RatingSummary(ID, new long[] {0, 0, 0, 2, 1}, null);

  static final RatingSummary MANY = new RatingSummary(ID, new long[] {1000, 0, 0, 1165, 0}, null);

  private static Document render(SiteContext site, RatingSummary summary, boolean schemaOrg) {
    return Render.page(
        "/org/civicportal/rating/rating-widget.ftl",
        site,
        Map.of(
            "itemId",
            ID,
            "summary",
            summary,
            "schemaOrg",
            schemaOrg,
            "itemName",
            "Chuyển đổi số <2024>"));
  }

  private static String text(Document d, String attribute) {
    return d.selectFirst("[" + attribute + "]").text();
  }

  @Test
  void showsTheFiguresInTheReadersFormat() {
    Document vi = render(TestSiteContext.vi(), SOME, false);
    Element root = vi.selectFirst("section.civic-rating");
    assertThat(root.attr("data-civic-rating")).isEqualTo(ID);
    assertThat(root.attr("data-civic-api")).isEqualTo(TestSiteContext.vi().getApiBase());
    assertThat(text(vi, "data-civic-rating-total")).isEqualTo("13");
    assertThat(text(vi, "data-civic-rating-count")).isEqualTo("3");
    assertThat(text(vi, "data-civic-rating-average")).isEqualTo("4,3");
    assertThat(vi.select("dt").eachText())
        .containsExactly("Tổng điểm", "Số lượt đánh giá", "Điểm trung bình");
    assertThat(
            render(TestSiteContext.en(), SOME, false)
                .selectFirst("[data-civic-rating-average]")
                .text())
        .isEqualTo("4.3");
    Document many = render(TestSiteContext.vi(), MANY, false);
    assertThat(text(many, "data-civic-rating-count")).isEqualTo("2.165");
    assertThat(text(many, "data-civic-rating-average")).isEqualTo("2,6");
  }

  @Test
  void drawsStarsToTheNearestHalfAndOneBarPerScore() {
    Document d = render(TestSiteContext.vi(), SOME, false);
    assertThat(d.select("[data-civic-rating-stars] .civic-star").eachAttr("class"))
        .containsExactly(
            "civic-star civic-star-full",
            "civic-star civic-star-full",
            "civic-star civic-star-full",
            "civic-star civic-star-full",
            "civic-star civic-star-half");
    assertThat(d.selectFirst("[data-civic-rating-stars]").attr("aria-hidden")).isEqualTo("true");
    assertThat(d.select("meter").eachAttr("value")).containsExactly("33", "67", "0", "0", "0");
    assertThat(d.select("[data-civic-rating-votes]").eachText())
        .containsExactly("1", "2", "0", "0", "0");
    assertThat(d.select(".civic-rating-bars th .civic-sr").eachText())
        .containsExactly("5 trên 5", "4 trên 5", "3 trên 5", "2 trên 5", "1 trên 5");
    Document none = render(TestSiteContext.vi(), RatingSummary.empty(ID), false);
    assertThat(none.select(".civic-star-empty")).hasSize(5);
    assertThat(text(none, "data-civic-rating-average")).isEqualTo("0,0");
  }

  @Test
  void votingIsAnAccessibleRadioGroupShownByTheScript() {
    for (SiteContext site : List.of(TestSiteContext.vi(), TestSiteContext.en())) {
      Document d = render(site, SOME, false);
      Element group = d.selectFirst("fieldset.civic-rating-choice");
      assertThat(group.hasAttr("hidden")).isTrue();
      assertThat(group.selectFirst("legend").text()).isNotBlank();
      List<Element> radios = group.select("input[type=radio]");
      assertThat(radios).hasSize(5);
      for (int i = 0; i < 5; i++) {
        Element radio = radios.get(i);
        assertThat(radio.val()).isEqualTo(String.valueOf(i + 1));
        assertThat(radio.attr("name")).isEqualTo("civic-rating-" + ID);
        Element label = d.selectFirst("label[for=" + radio.id() + "]");
        String expected = site.getLang().equals("vi") ? (i + 1) + " trên 5" : (i + 1) + " of 5";
        assertThat(label.selectFirst(".civic-sr").text()).isEqualTo(expected);
      }
      assertThat(group.selectFirst("button[type=button]").text()).isNotBlank();
      Element status = d.selectFirst("[data-civic-rating-status]");
      assertThat(status.attr("aria-live")).isEqualTo("polite");
      for (String message :
          List.of("mine", "thanks", "already-voted", "rate-limited", "error", "choose")) {
        assertThat(d.selectFirst("section").attr("data-civic-msg-" + message))
            .as(message)
            .isNotBlank()
            .doesNotStartWith("civic.");
      }
      assertThat(d.selectFirst("section").attr("data-civic-msg-mine")).contains("{0}");
    }
  }

  @Test
  void aggregateRatingMarkupOnlyWhenAskedAndThereAreVotes() {
    assertThat(render(TestSiteContext.vi(), SOME, false).select("[itemscope]")).isEmpty();
    Document on = render(TestSiteContext.vi(), SOME, true);
    Element agg = on.selectFirst("[itemtype=https://schema.org/AggregateRating]");
    assertThat(agg.selectFirst("meta[itemprop=ratingValue]").attr("content")).isEqualTo("4.3");
    assertThat(agg.selectFirst("meta[itemprop=ratingCount]").attr("content")).isEqualTo("3");
    assertThat(agg.selectFirst("meta[itemprop=bestRating]").attr("content")).isEqualTo("5");
    assertThat(agg.selectFirst("[itemprop=itemReviewed] meta[itemprop=name]").attr("content"))
        .isEqualTo("Chuyển đổi số <2024>");
    assertThat(
            Render.html(
                "/org/civicportal/rating/rating-widget.ftl",
                TestSiteContext.vi(),
                Map.of("itemId", ID, "summary", SOME, "schemaOrg", true, "itemName", "<x>")))
        .doesNotContain("<x>");
    assertThat(render(TestSiteContext.vi(), RatingSummary.empty(ID), true).select("[itemscope]"))
        .isEmpty();
  }
}
