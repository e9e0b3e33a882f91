package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.civicportal.embedded.ClusterSettings;
import org.civicportal.embedded.EmbeddedRepository;
import org.civicportal.jcr.TestPostgres;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.WorkspaceDigest;
import org.civicportal.jcr.Workspaces;
import org.civicportal.upgrade.PreReleaseFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} and {@code restore} of the jar on data directories: a site's votes, tallies and
 * daily counts go to a zip and into a new site unchanged; a site with data needs {@code --replace};
 * a running site, a bad command line and a missing file are refused with a message and an exit
 * status.
 */
@Tag("slow")
class BackupCommandTest {
  private static final String[] RUNTIME = Workspaces.RUNTIME.toArray(new String[0]);

  @TempDir Path dir;

  @Test
  void aSitesRuntimeDataGoesToAnotherSiteThroughAFile() throws Exception {
    Path first = dir.resolve("first");
    SiteRepository.open(first, null).close();
    String digest;
    try (TestRepository site = TestRepository.open(first.resolve("jcr"))) {
      PreReleaseFixture.importRuntime(site);
      digest = WorkspaceDigest.ofImportable(site, RUNTIME).sha256();
    }
    Path zip = dir.resolve("site.zip");

    Result backup = run("backup", "--data-dir", first.toString(), "--out", zip.toString());
    assertThat(backup.status).as(backup.err).isZero();
    assertThat(backup.out).contains("backed up to " + zip).contains("data digest " + digest);

    Path second = dir.resolve("second");
    Result restore = run("restore", "--data-dir", second.toString(), "--in", zip.toString());
    assertThat(restore.status).as(restore.err).isZero();
    assertThat(restore.out).contains("restored from " + zip);
    try (TestRepository site = TestRepository.open(second.resolve("jcr"))) {
      assertThat(WorkspaceDigest.ofImportable(site, RUNTIME).sha256()).isEqualTo(digest);
      assertThat(PreReleaseFixture.answers(site)).isEqualTo(PreReleaseFixture.expectedAnswers());
    }

    Result again = run("restore", "--data-dir", second.toString(), "--in", zip.toString());
    assertThat(again.status).isEqualTo(1);
    assertThat(again.err).contains("already has data").contains("--replace");
    Result replace =
        run("restore", "--data-dir", second.toString(), "--in", zip.toString(), "--replace");
    assertThat(replace.status).as(replace.err).isZero();

    try (EmbeddedRepository running = SiteRepository.open(first, null)) {
      Result locked =
          run("backup", "--data-dir", first.toString(), "--out", dir.resolve("b.zip").toString());
      assertThat(locked.status).isEqualTo(1);
      assertThat(locked.err).contains("is the site still running");
    }
  }

  /**
   * The same command with a cluster's options reads the runtime data from its PostgreSQL database.
   */
  @Test
  void aClustersRuntimeDataIsBackedUpFromItsDatabase() throws Exception {
    try (TestPostgres postgres = TestPostgres.start()) {
      ClusterSettings cluster =
          ClusterSettings.of(postgres.jdbcUrl(), postgres.user(), postgres.password(), "node1");
      Path node = dir.resolve("node1");
      String digest;
      try (TestRepository site = TestRepository.open(node.resolve("jcr"), cluster)) {
        PreReleaseFixture.importRuntime(site);
        digest = WorkspaceDigest.ofImportable(site, RUNTIME).sha256();
      }
      Path zip = dir.resolve("cluster.zip");
      Result backup =
          run(
              "backup",
              "--data-dir",
              dir.resolve("backup-node").toString(),
              "--out",
              zip.toString(),
              "--cluster-jdbc-url",
              postgres.jdbcUrl(),
              "--cluster-user",
              postgres.user(),
              "--cluster-password",
              postgres.password(),
              "--cluster-node-id",
              "backup");
      assertThat(backup.status).as(backup.err).isZero();
      assertThat(backup.out).contains("data digest " + digest);

      Path standalone = dir.resolve("standalone");
      assertThat(run("restore", "--data-dir", standalone.toString(), "--in", zip.toString()).status)
          .isZero();
      try (TestRepository site = TestRepository.open(standalone.resolve("jcr"))) {
        assertThat(PreReleaseFixture.answers(site)).isEqualTo(PreReleaseFixture.expectedAnswers());
      }
    }
  }

  @Test
  void aBadCommandLineOrAMissingFileIsRefused() {
    Result noFile = run("backup", "--data-dir", dir.toString());
    assertThat(noFile.status).isEqualTo(2);
    assertThat(noFile.err).contains("backup needs --out FILE.zip").contains("Usage:");
    Result unknown = run("restore", "--in", "x.zip", "--port", "8080");
    assertThat(unknown.status).isEqualTo(2);
    assertThat(unknown.err).contains("unknown option --port for restore");
    Result missing =
        run(
            "restore",
            "--data-dir",
            dir.resolve("site").toString(),
            "--in",
            dir.resolve("missing.zip").toString());
    assertThat(missing.status).isEqualTo(1);
    assertThat(missing.err).contains("there is no file");
    assertThat(dir.resolve("site")).doesNotExist();
    Result help = run("backup", "--help");
    assertThat(help.status).isZero();
    assertThat(help.out).contains("restore --in FILE.zip [--replace]");
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            null);
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Result(int status, String out, String err) {}
}
