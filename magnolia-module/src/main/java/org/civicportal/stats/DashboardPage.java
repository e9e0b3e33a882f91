package org.civicportal.stats;

import freemarker.core.Environment;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.jcr.RepositoryException;
import javax.servlet.http.HttpServletResponse;
import org.civicportal.templating.Messages;
import org.civicportal.templating.SiteLinks;
import org.civicportal.templating.TemplateEngine;
import org.civicportal.visits.Dimension;
import org.civicportal.visits.Granularity;
import org.civicportal.visits.StatsRow;
import org.civicportal.visits.TopEntry;
import org.civicportal.web.ApiException;
import org.civicportal.webresources.ResourceVersions;

/**
 * The dashboard page ({@code templates/stats.ftl}): the overview of the asked period first, its
 * chart, top content, sources and devices, then the key figures, poll tallies, ratings and the
 * detailed tables. Each period's days are read once for the totals and once for the breakdowns. A
 * refused parameter shows the default period with the reason, as a 400.
 */
final class DashboardPage {
  static final String TEMPLATE = "/civic-portal/templates/macros/stats.ftl";

  /**
   * Rows of the top content, and of each detailed breakdown, shown on the page (the CSV has more).
   */
  static final int ROWS = 10;

  private final StatsQueries queries;
  private final TemplateEngine templates;

  DashboardPage(StatsQueries queries, TemplateEngine templates) {
    this.queries = queries;
    this.templates = templates;
  }

  void write(StatsRequest request, String statsBase, HttpServletResponse response)
      throws IOException, TemplateException, RepositoryException {
    String lang = request.lang();
    Messages messages = templates.messages(lang);
    Map<String, Object> model = new HashMap<>();
    model.put("lang", lang);
    model.put("i18n", messages);
    model.put(
        "resources", new ResourceVersions.Base(request.contextPath() + SiteLinks.RESOURCES_BASE));
    model.put("statsBase", statsBase);
    String error = null;
    Period period;
    Granularity g;
    try {
      period = request.period(Preset.LAST_30_DAYS);
      g = request.granularity(period);
    } catch (ApiException e) {
      error = e.getMessage();
      period = Period.of(Preset.LAST_30_DAYS, queries.today());
      g = Granularity.DAY;
    }
    model.put("error", error);
    model.put("period", period.getKey());
    model.put("presets", presetKeys());
    model.put("from", period.getRange().getFrom().toString());
    model.put("to", period.getRange().getTo().toString());
    model.put("previousFrom", period.getPrevious().getFrom().toString());
    model.put("previousTo", period.getPrevious().getTo().toString());
    model.put("granularity", g.key());
    Overview overview = queries.overview(period);
    model.put("overview", overview);
    List<StatsRow> series =
        g == Granularity.DAY ? overview.getDays() : queries.series(period.getRange(), g);
    model.put("series", series);
    model.put("daily", overview.getDays());
    Map<Dimension, List<TopEntry>> breakdowns = queries.breakdowns(period.getRange());
    model.put(
        "content",
        queries.content(first(breakdowns.get(Dimension.PAGES)), request.contextPath(), messages));
    model.put("sources", queries.sources(breakdowns.get(Dimension.REFERRERS)));
    model.put("devices", first(breakdowns.get(Dimension.DEVICES)));
    Map<String, Object> details = new LinkedHashMap<>();
    for (Dimension d :
        List.of(
            Dimension.PAGES,
            Dimension.REFERRERS,
            Dimension.BROWSERS,
            Dimension.OS,
            Dimension.ROBOTS)) {
      details.put(d.key(), first(breakdowns.get(d)));
    }
    model.put("details", details);
    model.put("figures", queries.figures(period.getRange(), overview.getDays()));
    model.put("polls", queries.polls());
    Map<String, Object> rated = new LinkedHashMap<>();
    for (String view : List.of(StatsQueries.TOP_RATED, StatsQueries.MOST_RATED)) {
      rated.put(view, queries.rated(view, ROWS));
    }
    model.put("rated", rated);
    model.put("contextPath", request.contextPath());
    byte[] body = render(model, lang).getBytes(StandardCharsets.UTF_8);
    response.setStatus(error == null ? 200 : 400);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static List<TopEntry> first(List<TopEntry> entries) {
    return entries.subList(0, Math.min(ROWS, entries.size()));
  }

  private static List<String> presetKeys() {
    List<String> keys = new ArrayList<>();
    for (Preset p : Preset.values()) {
      keys.add(p.key());
    }
    keys.add(Period.CUSTOM);
    return keys;
  }

  private String render(Map<String, Object> model, String lang)
      throws IOException, TemplateException {
    Template template = templates.getConfiguration().getTemplate(TEMPLATE, Locale.ROOT);
    StringWriter html = new StringWriter();
    Environment env = template.createProcessingEnvironment(model, html);
    env.setLocale(Locale.forLanguageTag(lang));
    env.setTimeZone(TimeZone.getTimeZone(templates.getZone()));
    env.process();
    return html.toString();
  }
}
