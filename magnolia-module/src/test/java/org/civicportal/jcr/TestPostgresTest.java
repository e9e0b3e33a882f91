package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow")
class TestPostgresTest {
  private static final String INVALID_PASSWORD = "28P01";
  private static final String CONNECTION_REFUSED = "08001";
  private static TestPostgres postgres;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.start();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void storesAndReadsRowsAsTheDatabaseOwner() throws Exception {
    try (Connection connection = postgres.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE tally (id VARCHAR(36) PRIMARY KEY, votes INTEGER NOT NULL)");
      statement.execute("INSERT INTO tally VALUES ('a', 3), ('b', 5)");
      try (ResultSet rows = statement.executeQuery("SELECT SUM(votes), current_user FROM tally")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).isEqualTo(8);
        assertThat(rows.getString(2)).isEqualTo(postgres.user());
      }
    }
  }

  @Test
  void refusesAWrongPassword() {
    assertFailsWith(
        INVALID_PASSWORD,
        () -> DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), "wrong").close());
  }

  @Test
  void closeStopsTheServerAndDeletesItsData() throws Exception {
    TestPostgres closed = TestPostgres.start();
    Path data = closed.dataDirectory();
    closed.close();

    assertThat(data).doesNotExist();
    assertFailsWith(CONNECTION_REFUSED, () -> closed.connect().close());
  }

  @Test
  void aKilledJvmLeavesNoServerBehind() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ServerHolder.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String[] started;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      started = readyLine(out).split(" ");
    } finally {
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(child.exitValue())
        .as("killed by SIGKILL, so no shutdown hook ran")
        .isEqualTo(128 + 9);
    String url = started[1];
    Path data = Path.of(started[2]);

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (Files.exists(data) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(data).doesNotExist();
    assertFailsWith(
        CONNECTION_REFUSED, () -> DriverManager.getConnection(url, "postgres", "").close());
  }

  private static String readyLine(BufferedReader out) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(ServerHolder.READY)) {
        return line;
      }
    }
    throw new AssertionError("the child JVM ended without starting PostgreSQL");
  }

  private static void assertFailsWith(String sqlState, ThrowingCallable connect) {
    assertThatThrownBy(connect)
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(sqlState));
  }

  /**
   * Child JVM of {@link #aKilledJvmLeavesNoServerBehind}: starts a server, says where, waits to be
   * killed.
   */
  static final class ServerHolder {
    static final String READY = "READY ";

    public static void main(String[] args) throws Exception {
      TestPostgres postgres = TestPostgres.start();
      System.out.println(READY + postgres.jdbcUrl() + " " + postgres.dataDirectory());
      System.out.flush();
      Thread.sleep(TimeUnit.MINUTES.toMillis(2));
    }
  }
}
