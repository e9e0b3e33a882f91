package org.civicportal.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.RepositoryException;
import org.civicportal.poll.PollView;
import org.civicportal.templating.Messages;
import org.civicportal.visits.Dimension;
import org.civicportal.visits.Granularity;
import org.civicportal.visits.StatsRow;
import org.civicportal.visits.TopEntry;
import org.civicportal.web.ApiException;

/**
 * The statistics' JSON, {@code /api/{name}}: {@code series}, {@code top-pages}, {@code top}, {@code
 * overview}, {@code content}, {@code sources}, {@code figures} (the key figures, last quarter by
 * default) and {@code polls}. Every answer about a period names it ({@code period}, {@code from},
 * {@code to}); docs/statistics.md shows the shapes.
 */
final class StatsApi {
  private final StatsQueries queries;

  StatsApi(StatsQueries queries) {
    this.queries = queries;
  }

  /** The body of {@code /api/{name}}; 404 for an unknown name. */
  Map<String, Object> answer(String name, StatsRequest request, Messages messages)
      throws ApiException, RepositoryException {
    switch (name) {
      case "series":
        {
          Period period = request.period(Preset.LAST_30_DAYS);
          Granularity g = request.granularity(period);
          Map<String, Object> m = head(period);
          m.put("granularity", g.key());
          List<Map<String, Object>> rows = new ArrayList<>();
          for (StatsRow r : queries.series(period.getRange(), g)) {
            rows.add(row(r));
          }
          m.put("rows", rows);
          return m;
        }
      case "top-pages":
        return top(request, Dimension.PAGES, messages);
      case "top":
        return top(request, request.dimension(), messages);
      case "overview":
        return overview(request.period(Preset.LAST_30_DAYS));
      case "content":
        {
          Period period = request.period(Preset.LAST_30_DAYS);
          Map<String, Object> m = head(period);
          List<Map<String, Object>> rows = new ArrayList<>();
          for (TopContent.Row r :
              queries.content(
                  period.getRange(), request.limit(), request.contextPath(), messages)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", r.getPath());
            row.put("title", r.getTitle());
            row.put("type", r.getType());
            row.put("kind", r.getKind());
            row.put("views", r.getViews());
            row.put("averageRating", r.getAverage());
            row.put("ratings", r.getRatings());
            rows.add(row);
          }
          m.put("rows", rows);
          return m;
        }
      case "sources":
        {
          Period period = request.period(Preset.LAST_30_DAYS);
          Map<String, Object> m = head(period);
          List<Map<String, Object>> groups = new ArrayList<>();
          for (Sources.Group g : queries.sources(period.getRange()).getGroups()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("source", g.getKey());
            group.put("visits", g.getVisits());
            List<Map<String, Object>> domains = new ArrayList<>();
            for (TopEntry d : g.getDomains()) {
              domains.add(Map.of("domain", d.getKey(), "visits", d.getCount()));
            }
            group.put("domains", domains);
            groups.add(group);
          }
          m.put("sources", groups);
          return m;
        }
      case "figures":
        return figures(request.period(Preset.LAST_QUARTER));
      case "polls":
        return polls();
      default:
        throw ApiException.notFound("No such statistics resource.");
    }
  }

  private static Map<String, Object> head(Period period) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", period.getKey());
    m.put("from", period.getRange().getFrom().toString());
    m.put("to", period.getRange().getTo().toString());
    return m;
  }

  private static Map<String, Object> row(StatsRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", r.getPeriod());
    m.put("pageViews", r.getPageViews());
    m.put("visits", r.getVisits());
    m.put("visitors", r.getVisitors());
    m.put("excluded", r.getExcluded());
    return m;
  }

  private Map<String, Object> top(StatsRequest request, Dimension d, Messages messages)
      throws ApiException, RepositoryException {
    Period period = request.period(Preset.LAST_30_DAYS);
    Map<String, Object> m = head(period);
    m.put("dimension", d.key());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TopEntry e : queries.top(d, period.getRange(), request.limit())) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("key", e.getKey());
      if (d == Dimension.PAGES) {
        row.put("title", queries.title(e.getKey(), request.contextPath(), messages));
      }
      row.put("count", e.getCount());
      rows.add(row);
    }
    m.put("rows", rows);
    return m;
  }

  private Map<String, Object> overview(Period period) throws RepositoryException {
    Overview o = queries.overview(period);
    Map<String, Object> m = head(period);
    m.put("previousFrom", period.getPrevious().getFrom().toString());
    m.put("previousTo", period.getPrevious().getTo().toString());
    m.put("visitors", figure(o.getVisitors()));
    m.put("visits", figure(o.getVisits()));
    m.put("pageViews", figure(o.getPageViews()));
    m.put("viewsPerVisit", figure(o.getViewsPerVisit()));
    m.put("online", o.getOnline());
    return m;
  }

  private static Map<String, Object> figure(Overview.Figure f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", f.getValue());
    m.put("previous", f.getPrevious());
    m.put("change", f.getChange());
    return m;
  }

  private Map<String, Object> figures(Period period) throws RepositoryException {
    ActivityFigures f = queries.figures(period.getRange());
    Map<String, Object> m = head(period);
    m.put("items", f.getItems());
    m.put("articles", f.getArticles());
    m.put("articlesPerCategory", f.getArticlesPerCategory());
    m.put("reports", f.getReports());
    m.put("reportsPerCategory", f.getReportsPerCategory());
    m.put("pageViews", f.getPageViews());
    m.put("visitors", f.getVisitors());
    m.put("ratings", f.getRatings());
    m.put("pollAnswers", f.getPollAnswers());
    return m;
  }

  private Map<String, Object> polls() throws RepositoryException {
    List<Map<String, Object>> list = new ArrayList<>();
    for (PollView p : queries.polls()) {
      Map<String, Object> poll = new LinkedHashMap<>();
      poll.put("pollId", p.getPollId());
      poll.put("question", p.getQuestion());
      poll.put("status", p.getStatusKey());
      poll.put("opensAt", p.getOpensAt() == null ? null : p.getOpensAt().toString());
      poll.put("closesAt", p.getClosesAt() == null ? null : p.getClosesAt().toString());
      poll.put("totalVotes", p.getTotalVotes());
      List<Map<String, Object>> options = new ArrayList<>();
      for (PollView.OptionView o : p.getOptions()) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("id", o.getId());
        option.put("label", o.getLabel());
        option.put("votes", o.getVotes());
        option.put("percent", o.getPercent());
        options.add(option);
      }
      poll.put("options", options);
      list.add(poll);
    }
    return Map.of("polls", list);
  }
}
