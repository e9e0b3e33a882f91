package org.civicportal.magnolia;

import info.magnolia.cms.beans.config.ServerConfiguration;
import info.magnolia.cms.filters.AbstractMgnlFilter;
import java.io.IOException;
import javax.inject.Inject;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.civicportal.web.SecurityHeaders;

/**
 * Adds the public pages' security headers in Magnolia's filter chain, before the cache, so cached
 * and freshly rendered pages alike carry them. The author instance is left alone: its page editor,
 * preview and UI need Magnolia's own inline scripts. Further paths can be left out with the
 * filter's {@code bypasses}.
 */
public class SecurityHeadersFilter extends AbstractMgnlFilter {
  private final ServerConfiguration server;

  @Inject
  public SecurityHeadersFilter(ServerConfiguration server) {
    this.server = server;
  }

  @Override
  public void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!server.isAdmin()
        && SecurityHeaders.coversMagnoliaPath(
            request.getRequestURI().substring(request.getContextPath().length()))) {
      SecurityHeaders.page(response);
    }
    chain.doFilter(request, response);
  }
}
