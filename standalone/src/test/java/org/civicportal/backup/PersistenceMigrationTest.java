package org.civicportal.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.WorkspaceDigest;
import org.civicportal.standalone.EmbeddedSessions;
import org.civicportal.upgrade.PreReleaseFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory made with file bundles (made here by code, as those versions made it) is moved
 * to H2 in place: the old directory is kept beside it, every workspace's content and every vote,
 * tally and daily count is the same.
 */
@Tag("slow")
class PersistenceMigrationTest {
  private static final String[] ALL = TestRepository.WORKSPACES.all().toArray(new String[0]);

  @TempDir Path dir;

  @Test
  void anOldDirectoryMovesToH2KeepingEverythingAndABackup() throws Exception {
    Path home = dir.resolve("jcr");
    FileBundleDataDir.make(home);
    assertThat(PersistenceMigration.oldWorkspaces(home, EmbeddedSessions.WORKSPACES))
        .containsExactlyInAnyOrder(ALL);
    String before;
    try (TestRepository old = TestRepository.open(home)) {
      before = WorkspaceDigest.ofImportable(old, ALL).sha256();
    }

    Optional<Path> kept =
        PersistenceMigration.migrateIfNeeded(
            home,
            EmbeddedSessions.WORKSPACES,
            EmbeddedSessions::new,
            Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC));

    assertThat(kept).contains(dir.resolve("jcr-before-h2-20261207-090000"));
    assertThat(
            Files.readString(
                kept.get().resolve("workspaces/civic-feedback/workspace.xml"),
                StandardCharsets.UTF_8))
        .contains("BundleFsPersistenceManager");
    assertThat(
            Files.readString(
                home.resolve("workspaces/civic-feedback/workspace.xml"), StandardCharsets.UTF_8))
        .contains("DerbyPersistenceManager");
    assertThat(PersistenceMigration.oldWorkspaces(home, EmbeddedSessions.WORKSPACES)).isEmpty();
    try (TestRepository migrated = TestRepository.open(home)) {
      assertThat(WorkspaceDigest.ofImportable(migrated, ALL).sha256()).isEqualTo(before);
      assertThat(PreReleaseFixture.answers(migrated))
          .isEqualTo(PreReleaseFixture.expectedAnswers());
    }
    assertThat(
            PersistenceMigration.migrateIfNeeded(
                home, EmbeddedSessions.WORKSPACES, EmbeddedSessions::new, Clock.systemUTC()))
        .isEmpty();
  }
}
