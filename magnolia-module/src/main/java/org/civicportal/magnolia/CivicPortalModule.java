package org.civicportal.magnolia;

import info.magnolia.module.ModuleLifecycle;
import info.magnolia.module.ModuleLifecycleContext;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Provider;
import org.civicportal.identity.SiteIdentity;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.visits.VisitCounter;
import org.civicportal.visits.VisitSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's configuration, filled by Magnolia from {@code config:/modules/civic-portal/config},
 * and its lifecycle: what runs in the background starts with the module and stops with it.
 *
 * <p>Magnolia builds its singletons before any module has started and never destroys them (its
 * component provider's {@code destroy} does nothing, so {@code @PreDestroy} is not called). Hence
 * the components that read this configuration are lazy in the module descriptor, built at {@link
 * #start} at the earliest, and {@link #stop} saves the visit counts and ends the module's threads
 * when Magnolia shuts down or the webapp is undeployed.
 *
 * <p>An admin's edit of the configuration makes Magnolia restart the module ({@code
 * PHASE_MODULE_RESTART}); the settings are read once, when their components are first built, so
 * edits apply at the next start of Magnolia.
 */
public class CivicPortalModule implements ModuleLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(CivicPortalModule.class);

  /**
   * Where the sample site's home page is in the website workspace: the default of {@link
   * #getHomePath}.
   */
  static final String DEFAULT_HOME_PATH = "/civic-portal";

  // Field injection: Magnolia creates the module with its no-argument constructor and then injects
  // members.
  @Inject private Provider<VisitCounter> visitCounter;
  @Inject private Provider<BatchedWriter> writer;
  @Inject private Provider<VisitSettings> visitSettings;

  /** The settings read once, by components built at the start, as they were then. */
  private List<Object> inUse;

  private String siteUrl = "";
  private String homePath = DEFAULT_HOME_PATH;
  private List<String> trustedProxies = new ArrayList<>();
  private List<String> siteHosts = new ArrayList<>();
  // The visit settings' defaults are VisitSettings'; the bootstrap's config node repeats them
  // (BootstrapFilesTest).
  private String timeZone = VisitSettings.DEFAULT_ZONE.getId();
  private long flushIntervalSeconds = VisitSettings.DEFAULT_FLUSH_INTERVAL.toSeconds();
  private long retentionDays = VisitSettings.DEFAULT_RETENTION.getDays();
  private long maxViewsPerVisitorPerDay = VisitSettings.DEFAULT_MAX_VIEWS_PER_VISITOR_PER_DAY;
  private long topKeysPerDay = VisitSettings.DEFAULT_TOP_KEYS_PER_DAY;
  private String authorOrigin = "";
  private SiteIdentity identity = SiteIdentity.demo();

  /**
   * Absolute base URL of the public site as visitors see it (e.g. {@code
   * https://stttt.example.gov.vn}). Share links use it (empty: Magnolia's {@code
   * /server/defaultBaseUrl}; never the request's Host header). The public API accepts votes and
   * beacons from pages of its origin only; empty means from pages of the origin each request was
   * sent to (scheme, Host header; https when a trusted proxy says so), which suits a site reached
   * under several names, and in either case from browsers that state {@code Sec-Fetch-Site:
   * same-origin}.
   */
  public String getSiteUrl() {
    return siteUrl;
  }

  public void setSiteUrl(String siteUrl) {
    this.siteUrl = siteUrl == null ? "" : siteUrl.trim();
  }

  /**
   * Path of the site's home page in the website workspace; the sample site puts it at
   * /civic-portal.
   */
  public String getHomePath() {
    return homePath;
  }

  public void setHomePath(String homePath) {
    this.homePath = homePath == null || homePath.isBlank() ? "/" : homePath.trim();
  }

  /**
   * Proxies (CIDR, e.g. {@code 10.0.0.0/8}) whose X-Forwarded-For hop is taken as the client's
   * address for the per-IP rate limit: the load balancer or web server in front of the public
   * instances.
   */
  public List<String> getTrustedProxies() {
    return trustedProxies;
  }

  public void setTrustedProxies(List<String> trustedProxies) {
    this.trustedProxies =
        trustedProxies == null ? new ArrayList<>() : new ArrayList<>(trustedProxies);
  }

  /**
   * Host names the public site answers to (e.g. {@code stttt.example.gov.vn}), for absolute URLs in
   * feeds, the sitemap and page metadata when {@link #getSiteUrl} is empty: a request to one of
   * these names gets URLs on that name; a request naming any other host gets Magnolia's {@code
   * /server/defaultBaseUrl} (the Host header is never trusted as such).
   */
  public List<String> getSiteHosts() {
    return siteHosts;
  }

  public void setSiteHosts(List<String> siteHosts) {
    this.siteHosts = siteHosts == null ? new ArrayList<>() : new ArrayList<>(siteHosts);
  }

  /**
   * The site's time zone (an IANA name): visit days, months and years roll over at its midnight.
   */
  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone == null ? "" : timeZone.trim();
  }

  /** How often visit counts reach JCR: also the most a crash can lose. */
  public long getFlushIntervalSeconds() {
    return flushIntervalSeconds;
  }

  public void setFlushIntervalSeconds(long flushIntervalSeconds) {
    this.flushIntervalSeconds = flushIntervalSeconds;
  }

  /**
   * Days the per-day visit breakdowns (pages, referrers, browsers...) are kept; daily totals stay
   * forever.
   */
  public long getRetentionDays() {
    return retentionDays;
  }

  public void setRetentionDays(long retentionDays) {
    this.retentionDays = retentionDays;
  }

  /**
   * Page views of one visitor in one day beyond which the rest are taken for a robot's and not
   * counted.
   */
  public long getMaxViewsPerVisitorPerDay() {
    return maxViewsPerVisitorPerDay;
  }

  public void setMaxViewsPerVisitorPerDay(long maxViewsPerVisitorPerDay) {
    this.maxViewsPerVisitorPerDay = maxViewsPerVisitorPerDay;
  }

  /**
   * Keys each day's visit breakdown keeps (page paths, referrers, browsers...), "(other)" included:
   * the rest add up under "(other)". Totals, series and per-item views are exact whatever it is.
   */
  public long getTopKeysPerDay() {
    return topKeysPerDay;
  }

  public void setTopKeysPerDay(long topKeysPerDay) {
    this.topKeysPerDay = topKeysPerDay;
  }

  /**
   * Origin of the author instance (e.g. {@code https://author.stttt.example.gov.vn}) when the
   * statistics app frames a dashboard of another origin; empty means the dashboard may be framed by
   * its own origin only.
   */
  public String getAuthorOrigin() {
    return authorOrigin;
  }

  public void setAuthorOrigin(String authorOrigin) {
    this.authorOrigin = authorOrigin == null ? "" : authorOrigin.trim();
  }

  /**
   * Who publishes the site (node {@code identity}: {@code emblem}, {@code phone}, {@code email},
   * and child nodes {@code vi} and {@code en} with {@code agencyName}, {@code province}, {@code
   * governingBody}, {@code address}, {@code responsiblePerson}, {@code licence}): the header and
   * footer of every page, read on every page, so an edit shows at once (after the page cache is
   * flushed). Without the node, the demo identity.
   */
  public SiteIdentity getIdentity() {
    return identity;
  }

  public void setIdentity(SiteIdentity identity) {
    this.identity = identity == null ? SiteIdentity.demo() : identity;
  }

  @Override
  public void start(ModuleLifecycleContext context) {
    if (context.getPhase() == ModuleLifecycleContext.PHASE_MODULE_RESTART) {
      if (waitsForRestart()) {
        LOG.warn(
            "The configuration of civic-portal changed: links use the new site URL and home path at once;"
                + " the API's origin check, the trusted proxies, the author origin and the visit settings"
                + " change when Magnolia restarts");
      }
      return;
    }
    inUse = readOnce();
    visitCounter.get().start();
    VisitSettings settings = visitSettings.get();
    LOG.info(
        "civic-portal started: time zone {}, visit counts saved every {}, breakdowns of {} keys a day kept {},"
            + " at most {} views per visitor and day, visit shard {}",
        settings.getZone(),
        settings.getFlushInterval(),
        settings.getTopKeysPerDay(),
        settings.getRetention(),
        settings.getMaxViewsPerVisitorPerDay(),
        settings.getShard());
  }

  @Override
  public void stop(ModuleLifecycleContext context) {
    if (context.getPhase() == ModuleLifecycleContext.PHASE_MODULE_RESTART) {
      // A configuration edit: the threads go on; what is counted so far is saved all the same.
      visitCounter.get().flushQuietly();
      return;
    }
    // In this order: the counter's last flush is a write of the writer's.
    visitCounter.get().close();
    writer.get().close();
    LOG.info("civic-portal stopped: visit counts saved, background threads ended");
  }

  /** Whether the configuration differs from what the components built at the start read. */
  boolean waitsForRestart() {
    return !readOnce().equals(inUse);
  }

  private List<Object> readOnce() {
    return List.of(
        siteUrl,
        trustedProxies,
        authorOrigin,
        timeZone,
        flushIntervalSeconds,
        retentionDays,
        maxViewsPerVisitorPerDay,
        topKeysPerDay);
  }
}
