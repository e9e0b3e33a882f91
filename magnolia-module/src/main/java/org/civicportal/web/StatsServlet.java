package org.civicportal.web;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import org.civicportal.poll.PollService;
import org.civicportal.rating.RatedItem;
import org.civicportal.rating.RatingService;
import org.civicportal.templating.Messages;
import org.civicportal.templating.SiteLinks;
import org.civicportal.webresources.ResourceVersions;
import org.civicportal.templating.TemplateEngine;
import org.civicportal.visits.Dimension;
import org.civicportal.visits.Granularity;
import org.civicportal.visits.StatsRange;
import org.civicportal.visits.StatsRow;
import org.civicportal.visits.TopEntry;
import org.civicportal.visits.VisitSettings;
import org.civicportal.visits.VisitStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.jcr.RepositoryException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The editors' visit statistics under {@code /.civic/stats/*}: the dashboard page ({@code /}), its JSON
 * ({@code /api/series}, {@code /api/top-pages}, {@code /api/top}), the CSV export ({@code /export.csv}) and the
 * chart library from its WebJar ({@code /lib/...}). The dashboard also lists the polls' results and the top-rated
 * and most-rated items (CSV views {@code top-rated}, {@code most-rated}). Top pages carry a title
 * ({@link PageTitles}) in the language of the {@code lang} parameter ("en", else Vietnamese), like the dashboard's
 * text. Access control is the container's: Magnolia's URI security (editor and admin roles), HTTP Basic in the
 * standalone. Nothing here is cached.
 */
public class StatsServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(StatsServlet.class);
    static final String TEMPLATE = "/civic-portal/templates/macros/stats.ftl";
    private static final String UPLOT = "META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/";
    private static final Map<String, String> LIBRARY = Map.of(
            "uPlot.iife.min.js", "application/javascript;charset=UTF-8",
            "uPlot.min.css", "text/css;charset=UTF-8");
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 500;
    /** Fewer votes than this say little about an item, so the top-rated list leaves it out. */
    static final int TOP_RATED_MIN_VOTES = 3;
    static final String TOP_RATED = "top-rated";
    static final String MOST_RATED = "most-rated";

    private final transient VisitStats stats;
    private final transient PageTitles pageTitles;
    private final transient PollService polls;
    private final transient RatingService ratings;
    private final transient TemplateEngine templates;
    private final transient SecurityHeaders headers;

    @Inject
    public StatsServlet(VisitStats stats, PageTitles pageTitles, PollService polls, RatingService ratings,
            VisitSettings settings, SecurityHeaders headers) {
        this.stats = stats;
        this.pageTitles = pageTitles;
        this.polls = polls;
        this.ratings = ratings;
        this.templates = new TemplateEngine(settings.getZone());
        this.headers = headers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        headers.dashboard(response);
        String path = ServletPaths.below(request);
        try {
            if (path.equals("/") && !request.getRequestURI().endsWith("/")) {
                // /.civic/stats (Tomcat's mapping takes it, Magnolia's does not): the dashboard's address ends in
                // "/". So does the Location, so that request is served below whatever path info it comes with. It is
                // built from the container's resolved paths: the raw URI could be //other.host/../.civic/stats.
                String query = request.getQueryString();
                response.sendRedirect(request.getContextPath() + request.getServletPath() + "/"
                        + (query == null ? "" : "?" + query));
            } else if (path.equals("/")) {
                dashboard(request, response);
            } else if (path.equals("/api/series")) {
                Json.write(response, 200, seriesJson(request));
            } else if (path.equals("/api/top-pages")) {
                Json.write(response, 200, topJson(request, Dimension.PAGES));
            } else if (path.equals("/api/top")) {
                Json.write(response, 200, topJson(request, dimension(request)));
            } else if (path.equals("/export.csv")) {
                csv(request, response);
            } else if (path.startsWith("/lib/") && LIBRARY.containsKey(path.substring(5))) {
                library(path.substring(5), response);
            } else {
                throw ApiException.notFound("No such statistics resource.");
            }
        } catch (ApiException e) {
            Json.writeError(response, e);
        } catch (RepositoryException | TemplateException | RuntimeException e) {
            LOG.error("Statistics request {} failed", request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                headers.dashboard(response);
                Json.writeError(response, new ApiException(500, "internal_error", "The statistics could not be read."));
            }
        }
    }

    private StatsRange range(HttpServletRequest request) throws ApiException {
        try {
            return StatsRange.parse(request.getParameter("from"), request.getParameter("to"), stats.today());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(e.getMessage());
        }
    }

    private static Granularity granularity(HttpServletRequest request) throws ApiException {
        String g = request.getParameter("granularity");
        Granularity result = g == null || g.isEmpty() ? Granularity.DAY : Granularity.of(g);
        if (result == null) {
            throw ApiException.invalid("'granularity' must be day, month or year.");
        }
        return result;
    }

    private static Dimension dimension(HttpServletRequest request) throws ApiException {
        Dimension d = Dimension.of(request.getParameter("dimension"));
        if (d == null) {
            throw ApiException.invalid("'dimension' must be one of pages, referrers, browsers, os, devices, robots.");
        }
        return d;
    }

    private static int limit(HttpServletRequest request) throws ApiException {
        String s = request.getParameter("limit");
        if (s == null || s.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        if (!s.matches("[0-9]{1,4}") || Integer.parseInt(s) < 1 || Integer.parseInt(s) > MAX_LIMIT) {
            throw ApiException.invalid("'limit' must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        return Integer.parseInt(s);
    }

    private Map<String, Object> seriesJson(HttpServletRequest request) throws ApiException, RepositoryException {
        StatsRange range = range(request);
        Granularity g = granularity(request);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", range.getFrom().toString());
        m.put("to", range.getTo().toString());
        m.put("granularity", g.key());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StatsRow r : stats.series(range, g)) {
            rows.add(row(r));
        }
        m.put("rows", rows);
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

    private Map<String, Object> topJson(HttpServletRequest request, Dimension d) throws ApiException, RepositoryException {
        StatsRange range = range(request);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", range.getFrom().toString());
        m.put("to", range.getTo().toString());
        m.put("dimension", d.key());
        m.put("rows", top(d, range, limit(request), request));
        return m;
    }

    /**
     * A top list as rows of key, count and, for pages, a title in the request's language: the item's, the page's
     * name, or the path itself.
     */
    private List<Map<String, Object>> top(Dimension d, StatsRange range, int limit, HttpServletRequest request)
            throws RepositoryException {
        Messages messages = templates.messages(lang(request));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TopEntry e : stats.top(d, range, limit)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", e.getKey());
            if (d == Dimension.PAGES) {
                m.put("title", pageTitles.title(e.getKey(), request.getContextPath(), messages));
            }
            m.put("count", e.getCount());
            rows.add(m);
        }
        return rows;
    }

    /** "en" when asked for, else the site's first language. */
    private static String lang(HttpServletRequest request) {
        return SiteLinks.OTHER_LANG.equals(request.getParameter("lang")) ? SiteLinks.OTHER_LANG : SiteLinks.DEFAULT_LANG;
    }

    /** The top-rated or most-rated list as rows of kind, title, href (site path), average and count. */
    private List<Map<String, Object>> rated(String view, String contextPath, int limit) throws RepositoryException {
        List<RatedItem> items = view.equals(TOP_RATED)
                ? ratings.topRated(limit, TOP_RATED_MIN_VOTES) : ratings.mostRated(limit);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RatedItem r : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", r.getItem().getKind().getKey());
            m.put("title", r.getItem().getTitle());
            m.put("href", contextPath + SiteLinks.itemPath(r.getItem()));
            m.put("average", r.getRating().getAverage().toPlainString());
            m.put("count", r.getRating().getCount());
            rows.add(m);
        }
        return rows;
    }

    private void dashboard(HttpServletRequest request, HttpServletResponse response)
            throws IOException, TemplateException, RepositoryException {
        String lang = lang(request);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", lang);
        model.put("i18n", templates.messages(lang));
        model.put("resources", new ResourceVersions.Base(request.getContextPath() + SiteLinks.RESOURCES_BASE));
        model.put("statsBase", request.getContextPath() + request.getServletPath());
        String error = null;
        StatsRange range;
        Granularity g;
        try {
            range = range(request);
            g = granularity(request);
        } catch (ApiException e) {
            error = e.getMessage();
            range = StatsRange.parse(null, null, stats.today());
            g = Granularity.DAY;
        }
        model.put("error", error);
        model.put("from", range.getFrom().toString());
        model.put("to", range.getTo().toString());
        model.put("granularity", g.key());
        model.put("series", stats.series(range, g));
        Map<String, Object> tops = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            tops.put(d.key(), top(d, range, d == Dimension.PAGES ? DEFAULT_LIMIT : 10, request));
        }
        model.put("tops", tops);
        // Poll results as the public sees them (hidden ones stay hidden until the poll's rules show them).
        model.put("polls", polls.archive());
        Map<String, Object> rated = new LinkedHashMap<>();
        for (String view : List.of(TOP_RATED, MOST_RATED)) {
            rated.put(view, rated(view, request.getContextPath(), 10));
        }
        model.put("rated", rated);
        Template template = templates.getConfiguration().getTemplate(TEMPLATE, Locale.ROOT);
        StringWriter html = new StringWriter();
        freemarker.core.Environment env = template.createProcessingEnvironment(model, html);
        env.setLocale(Locale.forLanguageTag(lang));
        env.setTimeZone(TimeZone.getTimeZone(templates.getZone()));
        env.process();
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(error == null ? 200 : 400);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void csv(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ApiException, RepositoryException {
        StatsRange range = range(request);
        String view = request.getParameter("view");
        StringBuilder out = new StringBuilder();
        String name;
        if (view == null || view.isEmpty() || view.equals("series")) {
            Granularity g = granularity(request);
            name = "visits-" + g.key();
            out.append("period,pageViews,visits,visitors,excluded\r\n");
            for (StatsRow r : stats.series(range, g)) {
                out.append(r.getPeriod()).append(',').append(r.getPageViews()).append(',').append(r.getVisits())
                        .append(',').append(r.getVisitors()).append(',').append(r.getExcluded()).append("\r\n");
            }
        } else if (view.equals(TOP_RATED) || view.equals(MOST_RATED)) {
            // Ratings are all-time, so the date range does not narrow them.
            name = "ratings-" + view;
            out.append("kind,title,path,average,count\r\n");
            for (Map<String, Object> row : rated(view, request.getContextPath(), limit(request))) {
                out.append(row.get("kind")).append(',').append(csvField((String) row.get("title"))).append(',')
                        .append(csvField((String) row.get("href"))).append(',').append(row.get("average"))
                        .append(',').append(row.get("count")).append("\r\n");
            }
        } else {
            Dimension d = Dimension.of(view);
            if (d == null) {
                throw ApiException.invalid("'view' must be series, pages, referrers, browsers, os, devices, robots, "
                        + "top-rated or most-rated.");
            }
            name = "visits-" + d.key();
            out.append(d == Dimension.PAGES ? "key,title,count\r\n" : "key,count\r\n");
            for (Map<String, Object> row : top(d, range, limit(request), request)) {
                out.append(csvField((String) row.get("key"))).append(',');
                if (d == Dimension.PAGES) {
                    out.append(csvField((String) row.get("title"))).append(',');
                }
                out.append(row.get("count")).append("\r\n");
            }
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "-" + range.getFrom() + "-"
                + range.getTo() + ".csv\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so spreadsheets do not run it. */
    static String csvField(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.matches("[^,\"\r\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static void library(String file, HttpServletResponse response) throws IOException, ApiException {
        try (InputStream in = StatsServlet.class.getClassLoader().getResourceAsStream(UPLOT + file)) {
            if (in == null) {
                throw ApiException.notFound("No such statistics resource.");
            }
            byte[] body = in.readAllBytes();
            response.setContentType(LIBRARY.get(file));
            response.setContentLength(body.length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(body);
            }
        }
    }

    private static String uplotVersion() {
        try (InputStream in = StatsServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "1.6.30");
        } catch (IOException e) {
            return "1.6.30";
        }
    }
}
