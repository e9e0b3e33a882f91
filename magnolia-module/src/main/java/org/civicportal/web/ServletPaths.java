package org.civicportal.web;

import javax.servlet.http.HttpServletRequest;

/**
 * A request's path below its servlet's mapping, the same whatever the container says for the
 * mapping's root: for {@code /.civic/stats/} Tomcat gives the path info {@code "/"}, Magnolia's
 * servlet dispatch (its {@code ServletDispatchingFilter}) gives null, and a container may give
 * {@code ""}.
 */
public final class ServletPaths {
  private ServletPaths() {}

  /** The path info, {@code "/"} for the mapping's root. */
  public static String below(HttpServletRequest request) {
    String pathInfo = request.getPathInfo();
    return pathInfo == null || pathInfo.isEmpty() ? "/" : pathInfo;
  }
}
