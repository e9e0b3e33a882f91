package org.civicportal.jcr;

import java.io.IOException;
import java.nio.file.Path;
import javax.jcr.RepositoryException;
import org.civicportal.embedded.SystemViewImporter;

/**
 * Real embedded repositories for tests: one per test class, in that class's temporary directory.
 */
public final class TestRepositories {
  /** Classpath folder of the small, hand-made fixture content used by content tests. */
  public static final String FIXTURES = "org/civicportal/jcr/fixtures/";

  private TestRepositories() {}

  /** A new repository in {@code dir} holding the fixture articles and reports. */
  public static TestRepository withFixtures(Path dir) throws RepositoryException, IOException {
    TestRepository repository = TestRepository.open(dir);
    try {
      new SystemViewImporter(repository.embedded())
          .importClasspathFolder(TestRepositories.class.getClassLoader(), FIXTURES);
    } catch (RepositoryException | IOException | RuntimeException e) {
      repository.close();
      throw e;
    }
    return repository;
  }
}
