package org.civicportal.standalone;

import javax.inject.Provider;
import javax.inject.Singleton;
import org.civicportal.templating.SiteContext;

/** The site context of the page being rendered on this thread, for {@code civicfn.site()}. */
@Singleton
public final class CurrentSite implements Provider<SiteContext> {
  private final ThreadLocal<SiteContext> current = new ThreadLocal<>();

  void set(SiteContext site) {
    current.set(site);
  }

  void clear() {
    current.remove();
  }

  @Override
  public SiteContext get() {
    SiteContext site = current.get();
    if (site == null) {
      throw new IllegalStateException("no page is being rendered on this thread");
    }
    return site;
  }
}
