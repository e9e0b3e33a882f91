package org.civicportal.web;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A servlet that serves GET (and HEAD, which {@link HttpServlet} derives from it) only. Every other
 * method is a 405 naming those two: also OPTIONS (nothing here is for cross-origin use) and the
 * method names {@link HttpServlet} does not know, which it would answer with a 501 server error.
 */
public abstract class ReadOnlyServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method)) {
      super.service(request, response);
      return;
    }
    response.setHeader("Allow", "GET, HEAD");
    response.setHeader("Cache-Control", "no-store");
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
