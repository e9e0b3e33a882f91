package org.civicportal.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * A servlet filter for every path that hands requests to a module servlet the way Magnolia 6.2.45
 * does, as read with {@code javap -c} in magnolia-core: the URI it matches is the aggregation
 * state's current URI (ContentTypeFilter: path parameters and context path stripped, {@link
 * URI#normalize()}d, which merges repeated slashes, then URL-decoded); a descriptor mapping {@code
 * /x/*} becomes the regex {@code ^(/x)(/)(.*)} (Mapping), searched with {@link Matcher#find()}; the
 * servlet gets a request (ServletDispatchingFilter.WrappedRequest) whose servlet path is group 1
 * and whose path info is group 3 with a leading "/", or null when group 3 is empty. Other requests
 * go on down the chain, where Magnolia would render a page. The servlet is initialised and
 * destroyed with the filter.
 */
final class MagnoliaServletDispatch implements Filter {
  private final Pattern mapping;
  private final Servlet servlet;

  /** {@code mapping}: the module descriptor's path mapping, e.g. "/.civic/stats/*". */
  MagnoliaServletDispatch(String mapping, Servlet servlet) {
    if (!mapping.startsWith("/") || !mapping.endsWith("/*")) {
      throw new IllegalArgumentException("Not a path mapping: " + mapping);
    }
    this.mapping =
        Pattern.compile(
            "^(" + Pattern.quote(mapping.substring(0, mapping.length() - 2)) + ")(/)(.*)");
    this.servlet = servlet;
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    servlet.init(
        new ServletConfig() {
          @Override
          public String getServletName() {
            return config.getFilterName();
          }

          @Override
          public ServletContext getServletContext() {
            return config.getServletContext();
          }

          @Override
          public String getInitParameter(String name) {
            return null;
          }

          @Override
          public Enumeration<String> getInitParameterNames() {
            return Collections.emptyEnumeration();
          }
        });
  }

  @Override
  public void destroy() {
    servlet.destroy();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    Matcher m = mapping.matcher(currentUri(http));
    if (m.find()) {
      servlet.service(new DispatchedRequest(http, m), response);
    } else {
      chain.doFilter(request, response);
    }
  }

  private static String currentUri(HttpServletRequest request) {
    String uri = request.getRequestURI();
    int parameters = uri.indexOf(';');
    String path =
        URI.create(parameters < 0 ? uri : uri.substring(0, parameters)).normalize().getRawPath();
    String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
    String context = request.getContextPath();
    return decoded.startsWith(context + "/") ? decoded.substring(context.length()) : decoded;
  }

  /**
   * Magnolia's view of the request while its URI, servlet path, path info and query are the
   * container's.
   */
  private static final class DispatchedRequest extends HttpServletRequestWrapper {
    private final String requestUri;
    private final String servletPath;
    private final String pathInfo;
    private final String queryString;
    private final String newServletPath;
    private final String newPathInfo;

    DispatchedRequest(HttpServletRequest request, Matcher m) {
      super(request);
      requestUri = request.getRequestURI();
      servletPath = request.getServletPath();
      pathInfo = request.getPathInfo();
      queryString = request.getQueryString();
      newServletPath = m.group(1);
      String rest = m.group(3);
      newPathInfo = rest.isEmpty() ? null : rest.startsWith("/") ? rest : "/" + rest;
    }

    private boolean unchanged() {
      return Objects.equals(super.getRequestURI(), requestUri)
          && Objects.equals(super.getServletPath(), servletPath)
          && Objects.equals(super.getPathInfo(), pathInfo)
          && Objects.equals(super.getQueryString(), queryString);
    }

    @Override
    public String getServletPath() {
      return unchanged() ? newServletPath : super.getServletPath();
    }

    @Override
    public String getPathInfo() {
      return unchanged() ? newPathInfo : super.getPathInfo();
    }
  }
}
