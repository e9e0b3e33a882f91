package info.magnolia.context;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses (the real one extends Context). */
public interface WebContext {
  String getContextPath();

  javax.servlet.http.HttpServletRequest getRequest();
}
