package org.civicportal.stats;

import freemarker.template.TemplateException;
import java.io.IOException;
import javax.inject.Inject;
import javax.jcr.RepositoryException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.civicportal.templating.TemplateEngine;
import org.civicportal.web.ApiException;
import org.civicportal.web.Json;
import org.civicportal.web.ReadOnlyServlet;
import org.civicportal.web.SecurityHeaders;
import org.civicportal.web.ServletPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editors' statistics under {@code /.civic/stats/*}: the dashboard page ({@code /}), its JSON
 * ({@code /api/...}, {@link StatsApi}) and the CSV exports ({@code /export.csv}, {@link
 * CsvExport}). Access control is the container's: Magnolia's URI security (the civic-portal-stats
 * role), HTTP Basic in the standalone. Nothing here is cached; the chart library is a public static
 * file under {@code /.resources/}.
 */
public class StatsServlet extends ReadOnlyServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(StatsServlet.class);

  private final transient StatsQueries queries;
  private final transient TemplateEngine templates;
  private final transient SecurityHeaders headers;

  @Inject
  public StatsServlet(StatsQueries queries, SecurityHeaders headers) {
    this.queries = queries;
    this.templates = new TemplateEngine(queries.getSettings().getZone());
    this.headers = headers;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    headers.dashboard(response);
    String path = ServletPaths.below(request);
    StatsRequest parameters = new StatsRequest(request, queries.today());
    try {
      if (path.equals("/") && !request.getRequestURI().endsWith("/")) {
        // /.civic/stats (Tomcat's mapping takes it, Magnolia's does not): the dashboard's address
        // ends in
        // "/". So does the Location, so that request is served below whatever path info it comes
        // with. It is
        // built from the container's resolved paths: the raw URI could be
        // //other.host/../.civic/stats.
        String query = request.getQueryString();
        response.sendRedirect(
            request.getContextPath()
                + request.getServletPath()
                + "/"
                + (query == null ? "" : "?" + query));
      } else if (path.equals("/")) {
        new DashboardPage(queries, templates)
            .write(parameters, request.getContextPath() + request.getServletPath(), response);
      } else if (path.startsWith("/api/")) {
        Json.write(
            response,
            200,
            new StatsApi(queries)
                .answer(
                    path.substring("/api/".length()),
                    parameters,
                    templates.messages(parameters.lang())));
      } else if (path.equals("/export.csv")) {
        new CsvExport(queries).write(parameters, templates.messages(parameters.lang()), response);
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
        Json.writeError(
            response, new ApiException(500, "internal_error", "The statistics could not be read."));
      }
    }
  }
}
