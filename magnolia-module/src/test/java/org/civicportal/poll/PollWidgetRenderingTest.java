package org.civicportal.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicportal.templating.Render;
import org.civicportal.templating.SiteContext;
import org.civicportal.templating.TestSiteContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The widget and archive macros (templates/poll.ftl) rendered by the real engine, as a cached page
 * shows them.
 */
class PollWidgetRenderingTest {
  private static final String ID = "250ba0a1-2e58-4b81-ba96-236f9ce38a54";
  private static final Instant OPENS = Instant.parse("2026-11-01T01:00:00Z");
  private static final Instant CLOSES = Instant.parse("2026-12-31T10:00:00Z");

  private static Poll poll(boolean multiple, String question) {
    return new Poll(
        ID,
        "danh-gia",
        question,
        List.of(
            new PollOption("good", "Tốt", false),
            new PollOption("fair", "Khá", false),
            new PollOption("gone", "Removed", true)),
        multiple,
        1,
        2,
        OPENS,
        CLOSES,
        ResultsVisibility.ALWAYS);
  }

  private static PollView withResults(Poll poll, PollStatus status) {
    return new PollView(
        poll,
        status,
        List.of(
            new PollView.OptionView("good", "Tốt", 2L, 67),
            new PollView.OptionView("fair", "Khá", 1L, 33)),
        3L,
        false);
  }

  private static PollView withoutResults(Poll poll, PollStatus status) {
    return new PollView(
        poll,
        status,
        List.of(
            new PollView.OptionView("good", "Tốt", null, null),
            new PollView.OptionView("fair", "Khá", null, null)),
        null,
        false);
  }

  private static Document widget(SiteContext site, PollView view) {
    return Render.page("/org/civicportal/poll/poll-widget.ftl", site, Map.of("view", view));
  }

  @Test
  void anOpenPollShowsItsQuestionAsTheLegendOfARadioGroupAndThePublicResultsAsText() {
    Document d =
        widget(
            TestSiteContext.vi(),
            withResults(
                poll(false, "Theo bạn thông tin nội dung của website thế nào?"), PollStatus.OPEN));
    Element root = d.selectFirst("[data-civic-poll]");
    assertThat(root.attr("data-civic-poll")).isEqualTo(ID);
    assertThat(root.attr("data-civic-api")).isEqualTo("/.civic/api");
    assertThat(root.hasClass("civic-poll-open")).isTrue();
    assertThat(root.selectFirst("fieldset legend").text())
        .isEqualTo("Theo bạn thông tin nội dung của website thế nào?");
    assertThat(root.select("fieldset:not([disabled]) input[type=radio]"))
        .extracting(e -> e.attr("value"))
        .containsExactly("good", "fair");
    for (Element input : root.select("input[type=radio]")) {
      assertThat(root.select("label[for=" + input.id() + "]").text()).isNotEmpty();
    }
    assertThat(root.selectFirst("button[type=submit]").hasAttr("hidden")).isTrue();
    assertThat(root.selectFirst("noscript").text()).contains("JavaScript");
    Element results = root.selectFirst(".civic-poll-results");
    assertThat(results.hasAttr("hidden")).isFalse();
    assertThat(d.getElementById(results.attr("aria-labelledby")).text()).isEqualTo("Kết quả");
    assertThat(results.select(".civic-poll-result-count"))
        .extracting(Element::text)
        .containsExactly("2 phiếu (67%)", "1 phiếu (33%)");
    assertThat(results.selectFirst(".civic-poll-total").text())
        .isEqualTo("Tổng số: 3 lượt bình chọn");
    assertThat(results.select("progress.civic-poll-bar[max=100][aria-hidden=true]"))
        .extracting(e -> e.attr("value"))
        .containsExactly("67", "33");
    assertThat(root.select("[style]")).isEmpty();
    assertThat(root.selectFirst("[role=status][aria-live=polite]").text())
        .isEqualTo("Kết thúc vào 31/12/2026.");
    assertThat(d.text()).doesNotContain("Removed");
  }

  @Test
  void resultsThatAreNotPublicAreNotInThePage() {
    Element root =
        widget(TestSiteContext.vi(), withoutResults(poll(false, "Q"), PollStatus.OPEN))
            .selectFirst("[data-civic-poll]");
    assertThat(root.selectFirst(".civic-poll-results").hasAttr("hidden")).isTrue();
    assertThat(root.select(".civic-poll-result")).isEmpty();
    assertThat(root.text()).doesNotContain("%");
  }

  @Test
  void aMultipleChoicePollUsesCheckboxesAndSaysHowManyToChoose() {
    Element root =
        widget(TestSiteContext.vi(), withoutResults(poll(true, "Q"), PollStatus.OPEN))
            .selectFirst("[data-civic-poll]");
    assertThat(root.select("input[type=checkbox]")).hasSize(2);
    assertThat(root.select("input[type=radio]")).isEmpty();
    assertThat(root.attr("data-civic-multiple")).isEqualTo("true");
    assertThat(root.attr("data-civic-min")).isEqualTo("1");
    assertThat(root.attr("data-civic-max")).isEqualTo("2");
    Element hint = root.selectFirst(".civic-poll-hint");
    assertThat(hint.text()).isEqualTo("Chọn từ 1 đến 2 phương án");
    assertThat(root.selectFirst("input[type=checkbox]").attr("aria-describedby"))
        .isEqualTo(hint.id());
  }

  @Test
  void aClosedPollSaysSoAndOffersNoVoting() {
    Element root =
        widget(TestSiteContext.vi(), withResults(poll(false, "Q"), PollStatus.CLOSED))
            .selectFirst("[data-civic-poll]");
    assertThat(root.hasClass("civic-poll-closed")).isTrue();
    assertThat(root.hasClass("civic-poll-done")).isTrue();
    assertThat(root.selectFirst("fieldset").hasAttr("disabled")).isTrue();
    assertThat(root.select("button")).isEmpty();
    assertThat(root.selectFirst("[role=status]").text()).isEqualTo("Cuộc thăm dò đã kết thúc.");
  }

  @Test
  void aScheduledPollSaysWhenItOpens() {
    Element root =
        widget(TestSiteContext.en(), withoutResults(poll(false, "Q"), PollStatus.SCHEDULED))
            .selectFirst("[data-civic-poll]");
    assertThat(root.selectFirst("fieldset").hasAttr("disabled")).isTrue();
    assertThat(root.selectFirst("[role=status]").text())
        .startsWith("This poll opens on")
        .contains("2026");
  }

  @Test
  void englishPagesReadInEnglish() {
    Element root =
        widget(TestSiteContext.en(), withResults(poll(false, "Q"), PollStatus.OPEN))
            .selectFirst("[data-civic-poll]");
    assertThat(root.selectFirst("h2").text()).isEqualTo("Opinion poll");
    assertThat(root.selectFirst("button").text()).isEqualTo("Vote");
    assertThat(root.selectFirst(".civic-poll-total").text()).isEqualTo("Total: 3 votes");
  }

  @Test
  void editorTextIsEscaped() {
    String question = "<script>alert(1)</script> & \"quotes\"";
    String html =
        Render.html(
            "/org/civicportal/poll/poll-widget.ftl",
            TestSiteContext.vi(),
            Map.of("view", withoutResults(poll(false, question), PollStatus.OPEN)));
    assertThat(html)
        .doesNotContain("<script>alert")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;");
  }

  @Test
  void theMessagesForTheScriptAreInTheWidget() {
    Element root =
        widget(TestSiteContext.vi(), withoutResults(poll(false, "Q"), PollStatus.OPEN))
            .selectFirst("[data-civic-poll]");
    assertThat(root.selectFirst("button[type=submit]").text()).isEqualTo("Bình chọn");
    assertThat(root.attr("data-civic-msg-option-votes")).isEqualTo("{0} phiếu ({1}%)");
    for (String message :
        List.of(
            "total",
            "status-scheduled",
            "status-closed",
            "status-closes-at",
            "status-voted",
            "status-results-later",
            "status-results-private",
            "choose",
            "count",
            "error",
            "already-voted",
            "poll-closed",
            "poll-not-open",
            "rate-limited")) {
      assertThat(root.attr("data-civic-msg-" + message))
          .as(message)
          .isNotBlank()
          .doesNotStartWith("civic.");
    }
  }

  @Test
  void theArchiveListsEveryPollWithItsStateOrSaysThereIsNone() {
    PollView open = withResults(poll(false, "Câu hỏi đang mở"), PollStatus.OPEN);
    PollView closed = withResults(poll(false, "Câu hỏi đã đóng"), PollStatus.CLOSED);
    Document d =
        Render.page(
            "/org/civicportal/poll/poll-archive.ftl",
            TestSiteContext.vi(),
            Map.of("views", List.of(open, closed)));
    assertThat(d.selectFirst("h1").text()).isEqualTo("Các cuộc thăm dò ý kiến");
    assertThat(d.select(".civic-poll-archive-item")).hasSize(2);
    assertThat(d.select(".civic-poll-archive-item h2"))
        .extracting(Element::text)
        .containsExactly(
            "Đang diễn ra · Từ 01/11/2026 đến 31/12/2026",
            "Đã kết thúc · Từ 01/11/2026 đến 31/12/2026");
    assertThat(d.select("legend"))
        .extracting(Element::text)
        .containsExactly("Câu hỏi đang mở", "Câu hỏi đã đóng");

    Document empty =
        Render.page(
            "/org/civicportal/poll/poll-archive.ftl",
            TestSiteContext.en(),
            Map.of("views", List.of()));
    assertThat(empty.selectFirst(".civic-poll-archive-empty").text()).isEqualTo("No polls yet.");
  }
}
