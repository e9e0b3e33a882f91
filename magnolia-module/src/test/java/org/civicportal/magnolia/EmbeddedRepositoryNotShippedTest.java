package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.civicportal.embedded.EmbeddedRepository;
import org.civicportal.jcr.JcrSessions;
import org.junit.jupiter.api.Test;

/**
 * The module jar is what Magnolia loads: the standalone's embedded repository (module
 * embedded-repository) must not be in it. This reads the module's compiled output, the folder the
 * jar is packed from.
 */
class EmbeddedRepositoryNotShippedTest {
  @Test
  void theModulesOutputHoldsNothingOfTheEmbeddedRepository() throws Exception {
    Path classes =
        Path.of(JcrSessions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path embedded =
        Path.of(
            EmbeddedRepository.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(classes).isNotEqualTo(embedded);
    assertThat(classes.resolve("org/civicportal/jcr/JcrSessions.class")).isRegularFile();
    List<String> files = filesOf(classes);
    List<String> embeddedFiles = filesOf(embedded);
    assertThat(embeddedFiles)
        .contains(
            "org/civicportal/embedded/EmbeddedRepository.class",
            "org/civicportal/embedded/repository.xml");
    assertThat(files)
        .noneMatch(f -> f.startsWith("org/civicportal/embedded/"))
        .doesNotContainAnyElementsOf(embeddedFiles)
        .noneMatch(
            f ->
                Stream.of(
                        "EmbeddedRepository",
                        "SystemViewImporter",
                        "ClusterStartLock",
                        "NodeTypes",
                        "ClusterSettings")
                    .anyMatch(name -> f.endsWith("/" + name + ".class")));
  }

  /**
   * The files of a class folder or, when the reactor already packed that module (mvn verify), of
   * its jar.
   */
  private static List<String> filesOf(Path location) throws IOException {
    if (Files.isRegularFile(location)) {
      try (ZipFile jar = new ZipFile(location.toFile())) {
        return jar.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).toList();
      }
    }
    try (Stream<Path> walk = Files.walk(location)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> location.relativize(p).toString().replace('\\', '/'))
          .toList();
    }
  }
}
