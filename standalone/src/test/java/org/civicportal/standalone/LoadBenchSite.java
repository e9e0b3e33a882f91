package org.civicportal.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * The site bench/load.sh measures: the standalone site (same command line) and, in the same JVM, a
 * Tomcat of its own with nothing but an empty servlet, the baseline every measured request is
 * compared with. It lives in the test classes so the product never serves it.
 */
public final class LoadBenchSite {
  static final String EMPTY_SERVLET_PATH = "/.bench/empty";

  /**
   * What the baseline prints once it serves, followed by its base URL; bench/load.sh looks for it.
   */
  static final String BASELINE_STARTED = "empty servlet listening on ";

  private LoadBenchSite() {}

  public static void main(String[] args) throws IOException, LifecycleException {
    try {
      // Beside the site's own files, so that the bench's clean-up of its data directory removes it
      // too.
      Path baseDir =
          Files.createDirectories(Options.parse(args).getDataDir().resolve("bench-baseline"));
      Tomcat baseline = startBaseline(baseDir);
      System.out.println(
          BASELINE_STARTED + "http://127.0.0.1:" + baseline.getConnector().getLocalPort());
    } catch (UsageException e) {
      // Main says what is wrong with the command line.
    }
    Main.main(args);
  }

  /**
   * Starts a Tomcat on a free loopback port whose only servlet is the empty one at {@link
   * #EMPTY_SERVLET_PATH}; its connector is set as the site's, so a request costs what Tomcat alone
   * costs the site.
   */
  static Tomcat startBaseline(Path baseDir) throws LifecycleException {
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    connector.setURIEncoding("UTF-8");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", baseDir.toString());
    Tomcat.addServlet(context, "empty", new EmptyServlet());
    context.addServletMappingDecoded(EMPTY_SERVLET_PATH, "empty");
    tomcat.start();
    return tomcat;
  }

  /** Answers 204 to any request without reading it: what Tomcat alone costs. */
  private static final class EmptyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
  }
}
