package org.civicportal.magnolia;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.startup.Tomcat;

/**
 * A Magnolia webapp in a child JVM ({@link MagnoliaTomcat}) whose class path holds only Tomcat, so
 * the webapp's own libraries do not meet the test's. Its stdout and stderr are appended to one
 * console file. {@link #stop()} sends Tomcat's shutdown command, as {@code catalina.sh stop} does,
 * and tells whether the stop was orderly.
 */
final class MagnoliaProcess {
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

  /**
   * Console lines quoted when a start fails: the ERROR lines, which the caller shows, tell more.
   */
  private static final int TAIL = 15;

  /**
   * The options Magnolia 6.2 needs on Java 17 (as its bundle's setenv.sh sets them) and those
   * Tomcat's catalina.sh adds for its leak detection, a heap that holds a public instance, and
   * Tomcat's log on one line per record so that each line carries its level. Tomcat's own log
   * manager, as catalina.sh sets it: {@link MagnoliaTomcat} keeps it open until Tomcat has stopped
   * (the JDK's closes its handlers in a shutdown hook of its own, which runs alongside Tomcat's
   * stop and swallows its shutdown log, where the leak reports are).
   */
  private static final List<String> JVM_OPTIONS =
      List.of(
          "-Xmx1g",
          "-Djava.awt.headless=true",
          "-Dfile.encoding=UTF-8",
          "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager",
          "-Djava.util.logging.SimpleFormatter.format=%1$tF %1$tT %4$s %3$s: %5$s%6$s%n",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.text=ALL-UNNAMED",
          "--add-opens=java.desktop/java.awt.font=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED");

  /** How a stop went: orderly means the shutdown hook finished and the JVM exited on its own. */
  record Stop(boolean orderly, int exitValue, Duration took) {}

  private final Process process;
  private final int shutdownPort;
  private final Path console;
  private final long consoleStart;

  /** A test JVM that ends without stopping Magnolia (a crash, a timeout) takes it along. */
  private final Thread reaper;

  private MagnoliaProcess(Process process, int shutdownPort, Path console, long consoleStart) {
    this.process = process;
    this.shutdownPort = shutdownPort;
    this.console = console;
    this.consoleStart = consoleStart;
    this.reaper = new Thread(process::destroyForcibly, "magnolia-process-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Starts Tomcat on {@code webapp} at 127.0.0.1:{@code port} with Magnolia properties as system
   * properties, and returns once the webapp has started (or throws, with the console, when it
   * failed, exited or took too long).
   */
  static MagnoliaProcess start(
      Path webapp,
      int port,
      int shutdownPort,
      Map<String, String> properties,
      Path workDir,
      Path console,
      Duration timeout)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(JVM_OPTIONS);
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.addAll(
        List.of(
            "-cp",
            classPath(workDir),
            MagnoliaTomcat.class.getName(),
            webapp.toString(),
            Integer.toString(port),
            workDir.resolve("tomcat").toString(),
            Integer.toString(shutdownPort)));
    long consoleStart = Files.exists(console) ? Files.size(console) : 0;
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    MagnoliaProcess magnolia = new MagnoliaProcess(process, shutdownPort, console, consoleStart);
    try {
      magnolia.awaitStarted(timeout);
      return magnolia;
    } catch (IOException | InterruptedException | RuntimeException e) {
      magnolia.kill();
      throw e;
    }
  }

  /**
   * This class and Tomcat: {@link MagnoliaTomcat} is copied out of the test classes, whose other
   * classes and resources (a logging configuration, say) must not be visible to the webapp through
   * its parent class loader.
   */
  private static String classPath(Path workDir) throws IOException {
    String name = MagnoliaTomcat.class.getName().replace('.', '/') + ".class";
    Path launcher = workDir.resolve("launcher");
    Path target = launcher.resolve(name);
    Files.createDirectories(target.getParent());
    try (InputStream in = MagnoliaTomcat.class.getClassLoader().getResourceAsStream(name)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    // Tomcat's embedded core and the annotations API it links against (Tomcat's
    // tomcat-annotations-api).
    return String.join(
        File.pathSeparator,
        launcher.toString(),
        location(Tomcat.class),
        location(javax.annotation.PostConstruct.class));
  }

  private static String location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void awaitStarted(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String out = output();
      if (out.contains(MagnoliaTomcat.STARTED)) {
        return;
      }
      if (out.contains(MagnoliaTomcat.WEBAPP_FAILED)) {
        throw new IllegalStateException(
            "Tomcat started but the Magnolia webapp did not (console: "
                + console
                + ")"
                + tail(out));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the Magnolia JVM exited with status "
                + process.exitValue()
                + " before the webapp started (console: "
                + console
                + ")"
                + tail(out));
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "the Magnolia webapp did not start within "
            + timeout
            + " (console: "
            + console
            + ")"
            + tail(output()));
  }

  private static String tail(String output) {
    String[] lines = output.split("\n");
    return MagnoliaLogs.show(
        List.of(lines).subList(Math.max(0, lines.length - TAIL), lines.length), TAIL);
  }

  /** What this run has printed so far. */
  String output() throws IOException {
    byte[] bytes = Files.readAllBytes(console);
    return new String(
        bytes, (int) consoleStart, bytes.length - (int) consoleStart, StandardCharsets.UTF_8);
  }

  long pid() {
    return process.pid();
  }

  /**
   * Tomcat's shutdown command, then waits for the JVM to exit. When it does not within {@link
   * #STOP_TIMEOUT}, its threads are dumped to the console (SIGQUIT) before SIGKILL, so the report
   * can name what held it.
   */
  Stop stop() throws IOException, InterruptedException {
    long began = System.nanoTime();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), shutdownPort)) {
      socket.getOutputStream().write("SHUTDOWN".getBytes(StandardCharsets.US_ASCII));
    }
    boolean exited = process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (!exited) {
      new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).start().waitFor();
      Thread.sleep(2000);
      kill();
    }
    forgetReaper();
    Duration took = Duration.ofNanos(System.nanoTime() - began);
    return new Stop(exited && output().contains(MagnoliaTomcat.STOPPED), process.exitValue(), took);
  }

  /** SIGKILL, for cleaning up after a failure. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
    forgetReaper();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  private void forgetReaper() {
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException e) {
      // The test JVM is already exiting: the reaper finds the process ended.
    }
  }
}
