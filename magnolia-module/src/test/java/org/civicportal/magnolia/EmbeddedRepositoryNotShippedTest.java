package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.civicportal.embedded.EmbeddedRepository;
import org.civicportal.jcr.JcrSessions;
import org.junit.jupiter.api.Test;

/**
 * The module jar is what Magnolia loads: the standalone's embedded repository (module embedded-repository) must not be
 * in it. This reads the module's compiled output, the folder the jar is packed from.
 */
class EmbeddedRepositoryNotShippedTest {
    @Test
    void theModulesOutputHoldsNothingOfTheEmbeddedRepository() throws Exception {
        Path classes = Path.of(JcrSessions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path embedded = Path.of(EmbeddedRepository.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).isNotEqualTo(embedded);
        assertThat(classes.resolve("org/civicportal/jcr/JcrSessions.class")).isRegularFile();
        List<String> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).map(p -> classes.relativize(p).toString().replace('\\', '/'))
                    .toList();
        }
        List<String> embeddedFiles;
        try (Stream<Path> walk = Files.walk(embedded)) {
            embeddedFiles = walk.filter(Files::isRegularFile)
                    .map(p -> embedded.relativize(p).toString().replace('\\', '/')).toList();
        }
        assertThat(embeddedFiles).contains("org/civicportal/embedded/EmbeddedRepository.class",
                "org/civicportal/embedded/repository.xml");
        assertThat(files).noneMatch(f -> f.startsWith("org/civicportal/embedded/"))
                .doesNotContainAnyElementsOf(embeddedFiles)
                .noneMatch(f -> Stream.of("EmbeddedRepository", "SystemViewImporter", "ClusterStartLock", "NodeTypes",
                        "ClusterSettings").anyMatch(name -> f.endsWith("/" + name + ".class")));
    }
}
