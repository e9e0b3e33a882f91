package org.civicportal.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.jcr.RepositoryException;
import org.civicportal.backup.PersistenceMigration;
import org.civicportal.embedded.ClusterSettings;
import org.civicportal.embedded.EmbeddedRepository;
import org.civicportal.embedded.SystemViewImporter;
import org.civicportal.upgrade.RuntimeMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site's repository in its data directory, as every command of the jar opens it: a directory an
 * earlier version made with file bundles is first moved to the current persistence ({@link
 * PersistenceMigration}); a new one gets the demo content; runtime data of earlier versions is
 * brought to the current layout ({@link RuntimeMigrations}).
 */
final class SiteRepository {
  private static final Logger LOG = LoggerFactory.getLogger(SiteRepository.class);
  private static final String JCR_DIR = "jcr";

  private SiteRepository() {}

  static EmbeddedRepository open(Path dataDir, ClusterSettings cluster)
      throws IOException, RepositoryException {
    Files.createDirectories(dataDir);
    Path home = dataDir.resolve(JCR_DIR);
    PersistenceMigration.migrateIfNeeded(
        home, EmbeddedSessions.WORKSPACES, EmbeddedSessions::new, Clock.systemDefaultZone());
    EmbeddedRepository repository =
        EmbeddedRepository.open(home, EmbeddedSessions.WORKSPACES, cluster);
    try {
      if (repository.isNew()) {
        int files =
            new SystemViewImporter(repository)
                .importClasspathFolder(
                    SiteRepository.class.getClassLoader(), SystemViewImporter.SAMPLES_FOLDER);
        LOG.info("imported {} demo content files", files);
      }
      RuntimeMigrations.run(new EmbeddedSessions(repository));
      return repository;
    } catch (IOException | RepositoryException | RuntimeException e) {
      repository.close();
      throw e;
    }
  }
}
