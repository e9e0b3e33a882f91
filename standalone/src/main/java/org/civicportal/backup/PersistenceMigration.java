package org.civicportal.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.jcr.RepositoryException;
import org.civicportal.embedded.EmbeddedRepository;
import org.civicportal.embedded.WorkspaceLayout;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.WorkspaceDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a repository directory whose workspaces an earlier version made with file bundles
 * (Jackrabbit keeps a workspace's persistence in its {@code workspace.xml}, written once when the
 * workspace is made) to the current ones (H2; Derby for the runtime workspaces), in place: every
 * workspace's content is exported, the old directory is kept beside it as a backup ({@code
 * <dir>-before-h2-<time>}), a new repository is made and the content imported, and the digest of
 * the content ({@link WorkspaceDigest#ofImportable}) must be the same as before. If anything fails
 * the new directory is deleted and the old one put back, unchanged.
 */
public final class PersistenceMigration {
  private static final Logger LOG = LoggerFactory.getLogger(PersistenceMigration.class);

  /**
   * The file-bundle persistence that versions before H2 wrote into each workspace's configuration.
   */
  private static final String FILE_BUNDLES =
      "org.apache.jackrabbit.core.persistence.bundle.BundleFsPersistenceManager";

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private PersistenceMigration() {}

  /**
   * The workspaces of {@code layout} that an earlier version made in {@code home} with file
   * bundles. (A later change of the H2 persistence manager's settings keeps the data format; {@code
   * WorkspaceConfigs} updates those in place.)
   */
  public static List<String> oldWorkspaces(Path home, WorkspaceLayout layout) throws IOException {
    List<String> old = new ArrayList<>();
    for (String workspace : layout.all()) {
      Path config = home.resolve("workspaces").resolve(workspace).resolve("workspace.xml");
      if (Files.exists(config)
          && Files.readString(config, StandardCharsets.UTF_8).contains(FILE_BUNDLES)) {
        old.add(workspace);
      }
    }
    return old;
  }

  /**
   * Migrates {@code home} if any of its workspaces has an earlier persistence; returns where the
   * old directory was kept, or empty when there was nothing to migrate. {@code home} must not be
   * open; {@code sessions} is the session port the site uses over a repository.
   */
  public static Optional<Path> migrateIfNeeded(
      Path home,
      WorkspaceLayout layout,
      Function<EmbeddedRepository, JcrSessions> sessions,
      Clock clock)
      throws IOException, RepositoryException {
    List<String> old = oldWorkspaces(home, layout);
    if (old.isEmpty()) {
      return Optional.empty();
    }
    String[] workspaces = old.toArray(new String[0]);
    Path exports = Files.createTempDirectory(home.toAbsolutePath().getParent(), "jcr-migration-");
    try {
      Map<String, List<Path>> files = new LinkedHashMap<>();
      String before;
      // Opened without cluster settings: an old directory's own workspaces, wherever the site keeps
      // them now.
      try (EmbeddedRepository repository = EmbeddedRepository.open(home, layout)) {
        JcrSessions port = sessions.apply(repository);
        before = WorkspaceDigest.ofImportable(port, workspaces).sha256();
        for (String workspace : old) {
          Path dir = Files.createDirectories(exports.resolve(workspace));
          files.put(workspace, TopLevelNodes.export(port, workspace, dir));
        }
      }
      Path kept =
          home.resolveSibling(
              home.getFileName() + "-before-h2-" + LocalDateTime.now(clock).format(STAMP));
      Files.move(home, kept);
      try (EmbeddedRepository repository = EmbeddedRepository.open(home, layout)) {
        for (String workspace : old) {
          repository.withSession(
              workspace,
              s -> {
                TopLevelNodes.importInto(s, files.get(workspace));
                s.save();
                return null;
              });
        }
        String after =
            WorkspaceDigest.ofImportable(sessions.apply(repository), workspaces).sha256();
        if (!after.equals(before)) {
          throw new RepositoryException(
              "the migrated content's digest " + after + " is not the old one's " + before);
        }
      } catch (IOException | RepositoryException | RuntimeException e) {
        RuntimeArchive.deleteTree(home);
        Files.move(kept, home);
        throw new IOException(
            "cannot migrate "
                + home
                + " to the current persistence; it was left as it"
                + " was: "
                + e.getMessage(),
            e);
      }
      LOG.info(
          "Migrated {} from file bundles to H2 and Derby: workspaces {}, content digest {} unchanged; the old"
              + " directory is kept as {}",
          home,
          old,
          before,
          kept);
      return Optional.of(kept);
    } finally {
      RuntimeArchive.deleteTree(exports);
    }
  }
}
