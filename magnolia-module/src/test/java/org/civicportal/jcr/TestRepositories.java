package org.civicportal.jcr;

import java.io.IOException;
import java.nio.file.Path;

import javax.jcr.RepositoryException;

/** Real embedded repositories for tests: one per test class, in that class's temporary directory. */
public final class TestRepositories {
    /** Classpath folder of the small, hand-made fixture content used by content tests. */
    public static final String FIXTURES = "org/civicportal/jcr/fixtures/";

    private TestRepositories() {
    }

    /** A new repository in {@code dir} holding the fixture articles and reports. */
    public static EmbeddedRepository withFixtures(Path dir) throws RepositoryException, IOException {
        EmbeddedRepository repository = EmbeddedRepository.open(dir);
        try {
            new SystemViewImporter(repository).importClasspathFolder(TestRepositories.class.getClassLoader(), FIXTURES);
        } catch (RepositoryException | IOException | RuntimeException e) {
            repository.close();
            throw e;
        }
        return repository;
    }
}
