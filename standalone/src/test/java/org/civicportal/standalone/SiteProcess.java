package org.civicportal.standalone;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone site ({@link Main}) in a child JVM on the test's own classpath, so that a test can
 * kill it with SIGKILL and live on. It listens on a free loopback port, trusts 127.0.0.1 as its
 * proxy (so a test can speak for many clients through {@code X-Forwarded-For}), and writes its
 * output to {@code <dataDir>.log}.
 */
public final class SiteProcess implements AutoCloseable {
  private static final String ADMIN_PASSWORD = "test-admin-password";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  /** What {@link StandaloneServer} logs once Tomcat accepts requests. */
  private static final Pattern SERVING =
      Pattern.compile("civic-portal serving http://127\\.0\\.0\\.1:(\\d+)/");

  private final Process process;

  /**
   * A test JVM that exits without closing the site (a failed or timed-out test run) takes it along.
   */
  private final Thread reaper;

  private final Path log;
  private final long logStart;
  private final int port;

  private SiteProcess(Process process, Path log, long logStart, int port) {
    this.process = process;
    this.reaper = new Thread(process::destroyForcibly, "site-process-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
    this.log = log;
    this.logStart = logStart;
    this.port = port;
  }

  /**
   * Starts a site on {@code dataDir} with {@code flags} added to the command line; returns once it
   * serves.
   */
  public static SiteProcess start(Path dataDir, String... flags)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Several sites share the 2-core machine with the test JVM: small heaps, one GC
                // thread, and
                // the quick compiler only (start-up matters here, not peak speed).
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--port",
                "0",
                "--bind",
                "127.0.0.1",
                "--data-dir",
                dataDir.toString(),
                "--trusted-proxy",
                "127.0.0.1/32"));
    command.addAll(List.of(flags));
    Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    long logStart = Files.exists(log) ? Files.size(log) : 0;
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().put(AdminPassword.ENV, ADMIN_PASSWORD);
    long began = System.nanoTime();
    Process process = builder.start();
    try {
      SiteProcess site = new SiteProcess(process, log, logStart, awaitPort(process, log, logStart));
      System.out.printf(
          "SiteProcess: %s serving %s after %d ms%n",
          dataDir.getFileName(),
          site.base(),
          Duration.ofNanos(System.nanoTime() - began).toMillis());
      return site;
    } catch (IOException | InterruptedException | RuntimeException e) {
      process.destroyForcibly().waitFor();
      throw e;
    }
  }

  /** Reads the port from what this start appended to the log. */
  private static int awaitPort(Process process, Path log, long logStart)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher serving = SERVING.matcher(readFrom(log, logStart));
      if (serving.find()) {
        return Integer.parseInt(serving.group(1));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the site exited with status "
                + process.exitValue()
                + " before serving:\n"
                + readFrom(log, logStart));
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "the site did not serve within " + START_TIMEOUT + ":\n" + readFrom(log, logStart));
  }

  private static String readFrom(Path log, long offset) throws IOException {
    byte[] bytes = Files.readAllBytes(log);
    return new String(bytes, (int) offset, bytes.length - (int) offset, StandardCharsets.UTF_8);
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  /** What this run of the site has printed so far. */
  public String output() throws IOException {
    return readFrom(log, logStart);
  }

  /** SIGKILL (what {@link Process#destroyForcibly} sends on Linux): no shutdown hook, no flush. */
  public int kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
    forgetReaper();
    return process.exitValue();
  }

  /** SIGTERM: the site shuts down cleanly (flushes, closes the repository). */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    forgetReaper();
  }

  private void forgetReaper() {
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException e) {
      // The JVM is already exiting; the reaper finds the process ended.
    }
  }
}
