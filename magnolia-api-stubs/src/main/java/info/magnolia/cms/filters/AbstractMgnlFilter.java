package info.magnolia.cms.filters;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public abstract class AbstractMgnlFilter {
  protected AbstractMgnlFilter() {
    throw new UnsupportedOperationException("stub");
  }

  public abstract void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException;
}
