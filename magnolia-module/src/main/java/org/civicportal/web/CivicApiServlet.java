package org.civicportal.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.civicportal.feedback.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public JSON API under {@code /.civic/api/*}: routes the first path segment to its
 * capability's {@link ApiHandler} and turns refusals into {@code {"error", "message"}} answers.
 * Every answer is {@code Cache-Control: no-store}, so neither Magnolia's cache nor a proxy keeps
 * per-visitor data, unless its handler says it is the same for everyone (the view counts).
 */
public class CivicApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(CivicApiServlet.class);

  private final transient RequestGuards guards;
  private final transient Map<String, ApiHandler> handlers = new TreeMap<>();

  @Inject
  public CivicApiServlet(
      RequestGuards guards,
      RatingApiHandler ratings,
      PollApiHandler polls,
      VisitsApiHandler visits,
      ViewsApiHandler views) {
    this(guards, List.of(ratings, polls, visits, views));
  }

  public CivicApiServlet(RequestGuards guards, Collection<? extends ApiHandler> handlers) {
    this.guards = guards;
    for (ApiHandler h : handlers) {
      if (this.handlers.put(h.root(), h) != null) {
        throw new IllegalArgumentException("Two API handlers for /" + h.root());
      }
    }
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SecurityHeaders.api(response);
    List<String> segments = Arrays.asList(ServletPaths.below(request).substring(1).split("/", -1));
    ApiHandler handler = handlers.get(segments.get(0));
    try {
      if (handler == null) {
        throw ApiException.notFound("No such API resource.");
      }
      handler.handle(new ApiCall(request, response, guards, segments.subList(1, segments.size())));
    } catch (ApiException e) {
      Json.writeError(response, e);
    } catch (Refusal e) {
      Json.writeError(response, ApiException.refused(e));
    } catch (RuntimeException e) {
      LOG.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
      if (!response.isCommitted()) {
        response.reset();
        SecurityHeaders.api(response);
        Json.writeError(
            response,
            new ApiException(500, "internal_error", "The request could not be completed."));
      }
    }
  }
}
