package org.civicportal.standalone;

import java.io.PrintStream;

/**
 * {@code java -jar civic-portal-standalone.jar [options]}: the module's site without Magnolia. Exit
 * status 2 for a bad command line (with the usage), 1 when the site cannot start, 0 after {@code
 * --help}. SIGTERM and Ctrl-C shut the site down cleanly through a shutdown hook; the JVM then
 * exits with 128 + the signal's number, as always. {@code backup} and {@code restore} as first
 * argument run {@link BackupCommand} instead.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    quietLibraries();
    int status = run(args, System.out, System.err, System.getenv(AdminPassword.ENV));
    // After a shutdown the JVM is already exiting; calling exit from here would block it.
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the site until the JVM is asked to stop; returns the exit status instead of exiting. */
  public static int run(
      String[] args, PrintStream out, PrintStream err, String adminPasswordFromEnv) {
    if (BackupCommand.isCommand(args)) {
      return BackupCommand.run(args, System.getenv(), out, err);
    }
    Options options;
    try {
      options = Options.parse(System.getenv(), args);
    } catch (UsageException e) {
      err.println("civic-portal: " + e.getMessage());
      err.println(Options.USAGE);
      return 2;
    }
    if (options.isHelp()) {
      out.println(Options.USAGE);
      return 0;
    }
    StandaloneServer server;
    try {
      server = StandaloneServer.start(options, adminPasswordFromEnv, out);
    } catch (Exception e) {
      err.println("civic-portal: cannot start: " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "civic-portal-shutdown"));
    try {
      server.awaitClosed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
    return 0;
  }

  /**
   * Jackrabbit logs every start-up step at INFO; the site's own messages are what an operator
   * needs.
   */
  private static void quietLibraries() {
    String key = "org.slf4j.simpleLogger.log.org.apache.jackrabbit";
    if (System.getProperty(key) == null) {
      System.setProperty(key, "warn");
    }
  }
}
