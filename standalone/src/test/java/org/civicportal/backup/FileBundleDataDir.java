package org.civicportal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.apache.jackrabbit.core.config.RepositoryConfigurationParser;
import org.civicportal.embedded.NodeTypes;
import org.civicportal.jcr.TestRepository;
import org.civicportal.upgrade.PreReleaseFixture;
import org.xml.sax.InputSource;

/**
 * Makes a repository directory as civic-portal made them before its workspaces moved to H2: the
 * repository.xml of that time (file bundles), the same node types and workspaces, filled with the
 * sample content and the runtime data of the 1.0.0-SNAPSHOT fixture.
 */
final class FileBundleDataDir {
  private static final String CONFIG = "/org/civicportal/backup/file-bundle-repository.xml";

  private FileBundleDataDir() {}

  static void make(Path home) throws RepositoryException, IOException {
    Properties variables = new Properties();
    variables.setProperty(RepositoryConfigurationParser.REPOSITORY_HOME_VARIABLE, home.toString());
    RepositoryImpl repository;
    try (InputStream in = FileBundleDataDir.class.getResourceAsStream(CONFIG)) {
      repository = RepositoryImpl.create(RepositoryConfig.create(new InputSource(in), variables));
    }
    try {
      Session session = login(repository, null);
      try {
        NodeTypes.registerAll(session);
        for (String workspace : TestRepository.WORKSPACES.all()) {
          session.getWorkspace().createWorkspace(workspace);
        }
      } finally {
        session.logout();
      }
    } finally {
      repository.shutdown();
    }
    // The current code opens such a directory as it is (each workspace keeps its persistence): fill
    // it so.
    try (TestRepository site = TestRepository.open(home)) {
      PreReleaseFixture.importInto(site);
    }
  }

  private static Session login(RepositoryImpl repository, String workspace)
      throws RepositoryException {
    return repository.login(new SimpleCredentials("admin", new char[0]), workspace);
  }
}
