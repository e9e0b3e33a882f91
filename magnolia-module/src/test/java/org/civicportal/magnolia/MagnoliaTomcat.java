package org.civicportal.magnolia;

import java.io.File;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.LogManager;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.apache.juli.ClassLoaderLogManager;

/**
 * The main class of {@link MagnoliaProcess}'s child JVM: a Magnolia webapp directory in an embedded
 * Tomcat 9 at the root context, on 127.0.0.1. Its class path holds Tomcat and this class only, so
 * the webapp's libraries load from its own {@code WEB-INF/lib} as in a Tomcat bundle. Tomcat's
 * shutdown command on its shutdown port stops it as {@code catalina.sh stop} does: the webapp's
 * listeners and module stops run, then Magnolia shuts its repository down, and Tomcat reports the
 * threads and ThreadLocals the webapp left behind. SIGTERM stops it too, but then Jackrabbit's own
 * JVM shutdown hook closes the repository while Magnolia is still stopping its modules.
 *
 * <p>Arguments: webapp directory, HTTP port, Tomcat base directory (work files), shutdown port.
 */
public final class MagnoliaTomcat {
  /**
   * Printed once Tomcat has started: Magnolia's install or update runs before, in its context
   * listener.
   */
  static final String STARTED = "MagnoliaTomcat: started";

  /**
   * Printed instead when Tomcat started but the webapp did not (Tomcat then answers 404 to
   * everything).
   */
  static final String WEBAPP_FAILED = "MagnoliaTomcat: the webapp failed to start";

  /** Printed at the end of the shutdown hook: the stop was orderly and complete. */
  static final String STOPPED = "MagnoliaTomcat: stopped";

  /** The shutdown command's stop and the shutdown hook's: whichever comes first stops Tomcat. */
  private static final AtomicBoolean STOPPING = new AtomicBoolean();

  private MagnoliaTomcat() {}

  public static void main(String[] args) {
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(args[2]);
    tomcat.setPort(Integer.parseInt(args[1]));
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    tomcat.getServer().setPort(Integer.parseInt(args[3]));
    // Tomcat's default web.xml without its JSP servlet: the embedded jar has no Jasper, and
    // Magnolia needs none.
    tomcat.setAddDefaultWebXmlToWebapp(false);
    Context context = tomcat.addWebapp("", new File(args[0]).getAbsolutePath());
    Wrapper files =
        Tomcat.addServlet(context, "default", "org.apache.catalina.servlets.DefaultServlet");
    files.setLoadOnStartup(1);
    files.setOverridable(true);
    context.addServletMappingDecoded("/", "default");
    Tomcat.addDefaultMimeTypeMappings(context);
    // As Catalina does: the log manager (ClassLoaderLogManager, see MagnoliaProcess) is shut down
    // after Tomcat's
    // stop, not by a shutdown hook of its own running alongside it, so that Tomcat's shutdown log
    // is written.
    ((ClassLoaderLogManager) LogManager.getLogManager()).setUseShutdownHook(false);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(tomcat), "magnolia-tomcat-stop"));
    try {
      tomcat.start();
    } catch (LifecycleException e) {
      e.printStackTrace();
      System.exit(2);
    }
    System.out.println(context.getState().isAvailable() ? STARTED : WEBAPP_FAILED);
    // Returns when the shutdown command arrives. Tomcat stops here, as Catalina stops it, before
    // the exit runs the
    // JVM's shutdown hooks: Jackrabbit's (BindableRepository) would close the repository alongside
    // the stop.
    tomcat.getServer().await();
    stop(tomcat);
    System.exit(0);
  }

  private static void stop(Tomcat tomcat) {
    if (!STOPPING.compareAndSet(false, true)) {
      return;
    }
    try {
      tomcat.stop();
      tomcat.destroy();
      System.out.println(STOPPED);
    } catch (LifecycleException e) {
      e.printStackTrace();
    } finally {
      ((ClassLoaderLogManager) LogManager.getLogManager()).shutdown();
    }
  }
}
