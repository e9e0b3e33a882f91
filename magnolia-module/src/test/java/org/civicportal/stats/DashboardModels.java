package org.civicportal.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.content.ContentKind;
import org.civicportal.content.Item;
import org.civicportal.poll.PollView;
import org.civicportal.rating.RatedItem;
import org.civicportal.rating.RatingSummary;
import org.civicportal.templating.TemplateEngine;
import org.civicportal.visits.Dimension;
import org.civicportal.visits.StatsRange;
import org.civicportal.visits.TopEntry;
import org.civicportal.webresources.ResourceVersions;

/**
 * Dashboard models for template tests, built as {@link DashboardPage} builds them, from chosen
 * values.
 */
public final class DashboardModels {
  private DashboardModels() {}

  /**
   * A dashboard where every text a visitor or an editor could have written is {@code hostile} plus
   * a word.
   */
  public static Map<String, Object> hostile(TemplateEngine engine, PollView poll, String hostile) {
    Map<String, Object> model = new HashMap<>();
    model.put("lang", "vi");
    model.put("i18n", engine.messages("vi"));
    model.put("resources", new ResourceVersions.Base("/.resources/civic-portal/webresources"));
    model.put("statsBase", "/.resources/civic-portal/stats");
    model.put("contextPath", "");
    model.put("error", hostile + " error");
    model.put("period", "custom\"<x>");
    model.put("presets", List.of("7d", "custom"));
    model.put("from", "2020-01-01\"<x>");
    model.put("to", "2020-01-31");
    model.put("previousFrom", "2019-12-01");
    model.put("previousTo", "2019-12-31");
    model.put("granularity", "day");
    model.put("overview", new Overview(List.of(), List.of(), 0));
    model.put("series", List.of());
    model.put("daily", List.of());
    Item item = Item.builder("id-1", ContentKind.ARTICLE, "evil").title(hostile + " title").build();
    RatingSummary rating = new RatingSummary("id-1", new long[] {0, 0, 0, 1, 1}, null);
    model.put(
        "content",
        List.of(
            new TopContent.Row(
                "/articles/evil\"<x>",
                new CountedPage(CountedPage.Type.ITEM, hostile + " title", item),
                3,
                rating)));
    model.put(
        "sources",
        new Sources(List.of(new TopEntry(hostile + " referrer", 2), new TopEntry("(direct)", 1))));
    model.put("devices", List.of(new TopEntry(hostile + " device", 3)));
    Map<String, Object> details = new LinkedHashMap<>();
    for (Dimension d : Dimension.values()) {
      details.put(d.key(), List.of(new TopEntry(hostile + " " + d.key(), 3)));
    }
    model.put("details", details);
    model.put(
        "figures",
        new ActivityFigures(
            StatsRange.parse("2020-01-01", "2020-01-31", LocalDate.parse("2020-02-01")),
            Map.of(hostile + " category", 2L),
            Map.of("", 1L),
            10,
            5,
            1,
            1));
    model.put("polls", List.of(poll));
    Map<String, Object> rated = new LinkedHashMap<>();
    for (String view : List.of(StatsQueries.TOP_RATED, StatsQueries.MOST_RATED)) {
      rated.put(view, List.of(new RatedItem(item, rating)));
    }
    model.put("rated", rated);
    return model;
  }
}
