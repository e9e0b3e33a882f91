package org.civicportal.standalone;

import com.google.common.base.Ticker;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.mycila.guice.ext.closeable.CloseableInjector;
import com.mycila.guice.ext.closeable.CloseableModule;
import com.mycila.guice.ext.jsr250.Jsr250Module;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.CountDownLatch;
import javax.jcr.RepositoryException;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.filters.FailedRequestFilter;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.civicportal.embedded.EmbeddedRepository;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.stats.StatsServlet;
import org.civicportal.templating.SiteLinks;
import org.civicportal.web.ApiSettings;
import org.civicportal.web.CivicApiServlet;
import org.civicportal.web.FeedServlet;
import org.civicportal.web.RequestGuards;
import org.civicportal.web.SecurityHeaders;
import org.civicportal.web.SitemapServlet;
import org.civicportal.web.VisitorSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running standalone site: the repository in the data directory (filled with the demo content
 * on first start), the Guice-wired components with their JSR-250 lifecycle, and an embedded Tomcat.
 * {@link #close} stops Tomcat first (no new requests), then the components (they flush), then the
 * repository.
 */
public final class StandaloneServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StandaloneServer.class);

  /**
   * Answers smaller than this many bytes go uncompressed: gzip's own overhead would eat the gain.
   */
  static final int COMPRESSION_MIN_SIZE = 512;

  private static final String COMPRESSIBLE_TYPES =
      String.join(
          ",",
          "text/html",
          "text/css",
          "text/javascript",
          "application/javascript",
          "application/json",
          "application/xml",
          "text/xml",
          "application/rss+xml",
          "text/plain",
          "text/csv",
          "image/svg+xml");

  private final EmbeddedRepository repository;
  private final Injector injector;
  private final Tomcat tomcat;
  private final int port;
  private final CountDownLatch closed = new CountDownLatch(1);
  private boolean closing;

  private StandaloneServer(
      EmbeddedRepository repository, Injector injector, Tomcat tomcat, int port) {
    this.repository = repository;
    this.injector = injector;
    this.tomcat = tomcat;
    this.port = port;
  }

  /**
   * Starts the site; returns once it accepts requests.
   *
   * @param adminPasswordFromEnv the value of {@code CIVIC_ADMIN_PASSWORD}, or null
   * @param out where the one-time generated admin password is printed
   */
  public static StandaloneServer start(
      Options options, String adminPasswordFromEnv, PrintStream out)
      throws IOException, RepositoryException, LifecycleException {
    long started = System.nanoTime();
    Path dataDir = options.getDataDir().toAbsolutePath();
    EmbeddedRepository repository = SiteRepository.open(dataDir, options.getCluster().orElse(null));
    JcrSessions sessions = new EmbeddedSessions(repository);
    Injector injector = null;
    Tomcat tomcat = null;
    try {
      SecureRandom random = new SecureRandom();
      AdminPassword password = AdminPassword.init(dataDir, adminPasswordFromEnv, random, out);
      ApiSettings apiSettings = apiSettings(options, VisitorSecret.get(sessions, random));
      injector =
          Guice.createInjector(
              Stage.PRODUCTION,
              new CloseableModule(),
              new Jsr250Module(),
              new StandaloneModule(options, repository, sessions, apiSettings, password));
      tomcat = tomcat(options, dataDir, injector);
      tomcat.start();
      int port = tomcat.getConnector().getLocalPort();
      if (port < 0) {
        throw new LifecycleException(
            "cannot listen on " + options.getBind() + ":" + options.getPort());
      }
      LOG.info(
          "civic-portal serving http://{}:{}/ (site URL {}) after {} ms",
          hostLiteral(options.getBind()),
          port,
          options.getSiteUrl(),
          (System.nanoTime() - started) / 1_000_000);
      return new StandaloneServer(repository, injector, tomcat, port);
    } catch (IOException | RepositoryException | LifecycleException | RuntimeException e) {
      stopQuietly(tomcat, injector);
      repository.close();
      throw e;
    }
  }

  private static ApiSettings apiSettings(Options options, byte[] visitorSecret) {
    ApiSettings.Builder settings =
        ApiSettings.builder(visitorSecret).siteOrigin(options.getSiteUrl());
    options.getTrustedProxies().forEach(settings::trustedProxy);
    return settings.build();
  }

  private static Tomcat tomcat(Options options, Path dataDir, Injector injector)
      throws IOException {
    Path base = Files.createDirectories(dataDir.resolve("tomcat"));
    Path docBase = Files.createDirectories(base.resolve("webroot"));
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    Connector connector = new Connector();
    connector.setPort(options.getPort());
    connector.setProperty("address", options.getBind());
    connector.setURIEncoding("UTF-8");
    // Text answers gzipped for clients that accept it (with Vary: Accept-Encoding); pictures are
    // compressed already.
    connector.setProperty("compression", "on");
    connector.setProperty("compressionMinSize", String.valueOf(COMPRESSION_MIN_SIZE));
    connector.setProperty("compressibleMimeType", COMPRESSIBLE_TYPES);
    tomcat.setConnector(connector);
    tomcat.getHost().setAutoDeploy(false);
    // Error answers that Tomcat writes itself name no server version and show no stack trace.
    ErrorReportValve errors = new ErrorReportValve();
    errors.setShowReport(false);
    errors.setShowServerInfo(false);
    tomcat.getHost().getPipeline().addValve(errors);
    StandardContext context = (StandardContext) tomcat.addContext("", docBase.toString());
    // One application owning the JVM: Tomcat's redeploy leak checks only produce warnings here.
    context.setClearReferencesObjectStreamClassCaches(false);
    context.setClearReferencesRmiTargets(false);
    context.setClearReferencesThreadLocals(false);
    Tomcat.addServlet(context, "api", injector.getInstance(CivicApiServlet.class));
    context.addServletMappingDecoded(SiteLinks.API_BASE + "/*", "api");
    // Editors' statistics, behind HTTP Basic as admin.
    Tomcat.addServlet(context, "stats", injector.getInstance(StatsServlet.class));
    context.addServletMappingDecoded("/.civic/stats/*", "stats");
    FilterDef statsAuth = new FilterDef();
    statsAuth.setFilterName("statsAuth");
    statsAuth.setFilter(
        new StatsAuthFilter(
            injector.getInstance(AdminPassword.class),
            injector.getInstance(SecurityHeaders.class),
            injector.getInstance(RequestGuards.class),
            Ticker.systemTicker()));
    context.addFilterDef(statsAuth);
    FilterMap statsAuthMap = new FilterMap();
    statsAuthMap.setFilterName("statsAuth");
    statsAuthMap.addURLPattern("/.civic/stats/*");
    context.addFilterMap(statsAuthMap);
    // Tomcat drops query parameters it cannot decode (%ZZ); such a request is refused (400) rather
    // than
    // answered as if they were absent.
    FilterDef failedRequests = new FilterDef();
    failedRequests.setFilterName("failedRequests");
    failedRequests.setFilter(new FailedRequestFilter());
    context.addFilterDef(failedRequests);
    FilterMap failedRequestsMap = new FilterMap();
    failedRequestsMap.setFilterName("failedRequests");
    failedRequestsMap.addURLPattern("/*");
    context.addFilterMap(failedRequestsMap);
    Tomcat.addServlet(
        context, "resources", new ResourceServlet(StandaloneServer.class.getClassLoader()));
    context.addServletMappingDecoded(ResourceServlet.MAPPING + "/*", "resources");
    // Feeds, sitemap and the root files crawlers ask for.
    Tomcat.addServlet(context, "feeds", injector.getInstance(FeedServlet.class));
    for (String lang : SiteLinks.LANGUAGES) {
      String prefix = SiteLinks.langPrefix(lang);
      context.addServletMappingDecoded(prefix + SiteLinks.FEEDS_PATH + "/*", "feeds");
      context.addServletMappingDecoded(prefix + "/feed", "feeds");
    }
    Tomcat.addServlet(context, "sitemap", injector.getInstance(SitemapServlet.class));
    context.addServletMappingDecoded("/sitemap.xml", "sitemap");
    Tomcat.addServlet(context, "siteFiles", new SiteFilesServlet(options.getSiteUrl()));
    context.addServletMappingDecoded("/robots.txt", "siteFiles");
    context.addServletMappingDecoded("/favicon.ico", "siteFiles");
    Tomcat.addServlet(context, "pages", injector.getInstance(PageServlet.class));
    context.addServletMappingDecoded("/", "pages");
    return tomcat;
  }

  /** The port actually listened on (useful with port 0). */
  public int getPort() {
    return port;
  }

  public EmbeddedRepository getRepository() {
    return repository;
  }

  public Injector getInjector() {
    return injector;
  }

  /** Blocks until {@link #close} has finished. */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closing) {
        return;
      }
      closing = true;
    }
    LOG.info("civic-portal shutting down");
    stopQuietly(tomcat, injector);
    repository.close();
    closed.countDown();
  }

  private static void stopQuietly(Tomcat tomcat, Injector injector) {
    if (tomcat != null) {
      try {
        tomcat.stop();
        tomcat.destroy();
      } catch (LifecycleException e) {
        LOG.warn("Tomcat did not stop cleanly", e);
      }
    }
    if (injector != null) {
      injector.getInstance(CloseableInjector.class).close();
    }
  }

  private static String hostLiteral(String bind) {
    return bind.contains(":") ? "[" + bind + "]" : bind;
  }
}
