package org.civicportal.stats;

import java.io.IOException;
import java.util.Map;
import javax.jcr.RepositoryException;
import javax.servlet.http.HttpServletResponse;
import org.civicportal.poll.PollView;
import org.civicportal.rating.RatedItem;
import org.civicportal.templating.Messages;
import org.civicportal.templating.SiteLinks;
import org.civicportal.visits.Dimension;
import org.civicportal.visits.StatsRow;
import org.civicportal.visits.TopEntry;
import org.civicportal.web.ApiException;

/**
 * The CSV downloads of {@code /export.csv?view=...}: {@code series} (the default), each breakdown
 * ({@code pages}, {@code referrers}, {@code browsers}, {@code os}, {@code devices}, {@code
 * robots}), {@code content} (top content with ratings), {@code sources}, {@code figures} (the key
 * figures), {@code polls} and the all-time {@code top-rated} and {@code most-rated}. Every cell
 * goes through {@link CsvTable}.
 */
final class CsvExport {
  static final String VIEWS =
      "series, pages, referrers, browsers, os, devices, robots, content, sources, "
          + "figures, polls, top-rated or most-rated";

  private final StatsQueries queries;

  CsvExport(StatsQueries queries) {
    this.queries = queries;
  }

  void write(StatsRequest request, Messages messages, HttpServletResponse response)
      throws ApiException, RepositoryException, IOException {
    String view = request.parameter("view");
    view = view == null || view.isEmpty() ? "series" : view;
    Period period = request.period(Preset.LAST_30_DAYS);
    CsvTable csv = table(view, period, request, messages);
    byte[] body = csv.bytes();
    response.setStatus(200);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"civic-"
            + view
            + "-"
            + period.getRange().getFrom()
            + "-"
            + period.getRange().getTo()
            + ".csv\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private CsvTable table(String view, Period period, StatsRequest request, Messages messages)
      throws ApiException, RepositoryException {
    switch (view) {
      case "series":
        {
          CsvTable csv = new CsvTable("period", "pageViews", "visits", "visitors", "excluded");
          for (StatsRow r : queries.series(period.getRange(), request.granularity(period))) {
            csv.row(
                r.getPeriod(), r.getPageViews(), r.getVisits(), r.getVisitors(), r.getExcluded());
          }
          return csv;
        }
      case "content":
        {
          CsvTable csv = new CsvTable("path", "title", "type", "views", "averageRating", "ratings");
          for (TopContent.Row r :
              queries.content(
                  period.getRange(), request.limit(), request.contextPath(), messages)) {
            csv.row(
                r.getPath(),
                r.getTitle(),
                r.getType(),
                r.getViews(),
                r.getAverage(),
                r.getRatings());
          }
          return csv;
        }
      case "sources":
        {
          CsvTable csv = new CsvTable("source", "domain", "visits");
          for (Sources.Group g : queries.sources(period.getRange()).getGroups()) {
            csv.row(g.getKey(), null, g.getVisits());
            for (TopEntry d : g.getDomains()) {
              csv.row(g.getKey(), d.getKey(), d.getCount());
            }
          }
          return csv;
        }
      case "figures":
        return figures(queries.figures(period.getRange()), messages);
      case "polls":
        {
          CsvTable csv = new CsvTable("poll", "status", "ballots", "option", "votes", "percent");
          for (PollView p : queries.polls()) {
            for (PollView.OptionView o : p.getOptions()) {
              csv.row(
                  p.getQuestion(),
                  p.getStatusKey(),
                  p.getTotalVotes(),
                  o.getLabel(),
                  o.getVotes(),
                  o.getPercent());
            }
          }
          return csv;
        }
      case StatsQueries.TOP_RATED:
      case StatsQueries.MOST_RATED:
        {
          // Ratings are all-time, so the period does not narrow them.
          CsvTable csv = new CsvTable("kind", "title", "path", "average", "count");
          for (RatedItem r : queries.rated(view, request.limit())) {
            csv.row(
                r.getItem().getKind().getKey(),
                r.getItem().getTitle(),
                request.contextPath() + SiteLinks.itemPath(r.getItem()),
                r.getRating().getAverage().toPlainString(),
                r.getRating().getCount());
          }
          return csv;
        }
      default:
        {
          Dimension d = Dimension.of(view);
          if (d == null) {
            throw ApiException.invalid("'view' must be " + VIEWS + ".");
          }
          CsvTable csv =
              d == Dimension.PAGES
                  ? new CsvTable("key", "title", "count")
                  : new CsvTable("key", "count");
          for (TopEntry e : queries.top(d, period.getRange(), request.limit())) {
            if (d == Dimension.PAGES) {
              csv.row(
                  e.getKey(),
                  queries.title(e.getKey(), request.contextPath(), messages),
                  e.getCount());
            } else {
              csv.row(e.getKey(), e.getCount());
            }
          }
          return csv;
        }
    }
  }

  /** The key figures as label and value lines, the labels in the request's language. */
  static CsvTable figures(ActivityFigures f, Messages m) {
    CsvTable csv =
        new CsvTable(m.text("civic.stats.figures.figure"), m.text("civic.stats.figures.value"));
    csv.row(m.text("civic.stats.figures.period"), f.getFrom() + " – " + f.getTo());
    csv.row(m.text("civic.stats.figures.items"), f.getItems());
    csv.row(m.text("civic.stats.figures.articles"), f.getArticles());
    for (Map.Entry<String, Long> e : f.getArticlesPerCategory().entrySet()) {
      csv.row(
          m.text("civic.stats.figures.articles") + ": " + category(e.getKey(), m), e.getValue());
    }
    csv.row(m.text("civic.stats.figures.reports"), f.getReports());
    for (Map.Entry<String, Long> e : f.getReportsPerCategory().entrySet()) {
      csv.row(m.text("civic.stats.figures.reports") + ": " + category(e.getKey(), m), e.getValue());
    }
    csv.row(m.text("civic.stats.pageViews"), f.getPageViews());
    csv.row(m.text("civic.stats.visitors"), f.getVisitors());
    csv.row(m.text("civic.stats.figures.ratings"), f.getRatings());
    csv.row(m.text("civic.stats.figures.pollAnswers"), f.getPollAnswers());
    return csv;
  }

  private static String category(String name, Messages m) {
    return name.isEmpty() ? m.text("civic.stats.figures.noCategory") : name;
  }
}
