package org.civicportal.jcr;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * A real PostgreSQL server for tests, run from the embedded binaries on the test classpath (nothing
 * installed): one server on a free loopback port with one fresh database, owned by a role whose
 * password the server checks. Close stops the server and deletes its data; so does JVM exit, and a
 * killed JVM leaves nothing running either (see {@link #startWatchdog}).
 */
public final class TestPostgres implements AutoCloseable {
  private static final String DATABASE = "civic";
  private static final String USER = "civic";

  /**
   * The launcher itself logs in as the superuser without a password; every other role must give its
   * own.
   */
  private static final List<String> HBA =
      List.of(
          "host all postgres 127.0.0.1/32 trust",
          "host all postgres ::1/128 trust",
          "host all all 127.0.0.1/32 scram-sha-256",
          "host all all ::1/128 scram-sha-256");

  private final EmbeddedPostgres server;
  private final Path dataDir;
  private final String password;
  private final Process watchdog;
  private final Thread shutdownHook = new Thread(this::closeQuietly, "test-postgres-shutdown");
  private boolean closed;

  private TestPostgres(EmbeddedPostgres server, Path dataDir, String password, Process watchdog) {
    this.server = server;
    this.dataDir = dataDir;
    this.password = password;
    this.watchdog = watchdog;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts a new server (initdb in a fresh temporary directory) with its database and role, without
   * syncing to disk: tests kill Jackrabbit nodes, never this server, so its own durability is not
   * under test.
   */
  public static TestPostgres start() throws IOException, SQLException {
    return start(false);
  }

  /**
   * {@link #start()} of a server that syncs each commit to disk, as PostgreSQL does by default:
   * fsync and synchronous_commit on (the launcher turns synchronous_commit off unless told).
   */
  public static TestPostgres startSyncingToDisk() throws IOException, SQLException {
    return start(true);
  }

  private static TestPostgres start(boolean fsync) throws IOException, SQLException {
    long began = System.nanoTime();
    Path dataDir = Files.createTempDirectory("civic-pg");
    EmbeddedPostgres server =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(true)
            .setRegisterShutdownHook(false)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("fsync", fsync ? "on" : "off")
            .setServerConfig("synchronous_commit", fsync ? "on" : "off")
            .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()))
            .start();
    try {
      String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
      try (Connection superuser = server.getPostgresDatabase().getConnection();
          Statement statement = superuser.createStatement()) {
        statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + password + "'");
        statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
      }
      TestPostgres postgres =
          new TestPostgres(
              server, dataDir, password, startWatchdog(postmasterPid(dataDir), dataDir));
      System.out.printf(
          "TestPostgres: %s ready in %d ms%n",
          postgres.jdbcUrl(), Duration.ofNanos(System.nanoTime() - began).toMillis());
      return postgres;
    } catch (IOException | SQLException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + DATABASE;
  }

  public String user() {
    return USER;
  }

  public String password() {
    return password;
  }

  /** Where the server keeps its data (deleted on close). */
  Path dataDirectory() {
    return dataDir;
  }

  /** A new connection to the database as its owner. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, password);
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    watchdog.destroy();
    server.close();
    if (!Thread.currentThread().equals(shutdownHook)) {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      System.err.println("TestPostgres: could not stop the server in " + dataDir + ": " + e);
    }
  }

  private static void writeHba(Path dataDir) {
    try {
      Files.write(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long postmasterPid(Path dataDir) throws IOException {
    return Long.parseLong(
        Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.US_ASCII)
            .get(0)
            .trim());
  }

  /**
   * The server runs detached from this JVM, so a JVM killed with SIGKILL (no shutdown hooks) would
   * leave it running. A small shell process waits for this JVM to vanish, then stops the server the
   * way {@code pg_ctl stop -m immediate} does (SIGQUIT to the postmaster) and deletes its data.
   */
  private static Process startWatchdog(long postmasterPid, Path dataDir) throws IOException {
    String script =
        "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; kill -QUIT \"$2\" 2>/dev/null;"
            + " while kill -0 \"$2\" 2>/dev/null; do sleep 1; done; rm -rf \"$3\"";
    return new ProcessBuilder(
            "/bin/sh",
            "-c",
            script,
            "test-postgres-watchdog",
            Long.toString(ProcessHandle.current().pid()),
            Long.toString(postmasterPid),
            dataDir.toString())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
