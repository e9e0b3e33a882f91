package org.civicportal.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import javax.jcr.Node;
import org.civicportal.jcr.RuntimeNodes;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runtime nodes an earlier version made as nt:unstructured, written here node by node, take
 * civic:runtime with every property and child kept; a node holding same-name siblings is left as it
 * is; a second run finds nothing to do.
 */
class RuntimeNodeTypesTest {
  private static final String OLD = "nt:unstructured";

  @TempDir static Path dir;
  private static TestRepository repository;

  @BeforeAll
  static void open() throws Exception {
    repository = TestRepository.open(dir);
    repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          s.getRootNode().addNode("secrets", OLD).setProperty("visitorSecret", "c2VjcmV0");
          Node item =
              s.getRootNode().addNode("ratings", OLD).addNode("ab", OLD).addNode("item", OLD);
          item.setProperty("count", 3L);
          item.addNode("made-by-this-version", RuntimeNodes.TYPE).setProperty("score", 4L);
          s.save();
          return null;
        });
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          Node twins = s.getRootNode().addNode("twins", OLD);
          twins.addNode("day", OLD).setProperty("visits", 1L);
          twins.addNode("day", OLD).setProperty("visits", 2L);
          s.save();
          return null;
        });
  }

  @AfterAll
  static void close() {
    repository.close();
  }

  @Test
  void oldNodesTakeTheRuntimeTypeKeepingTheirContentOnce() throws Exception {
    Map<String, Long> first = RuntimeMigrations.run(repository);
    assertThat(first.values()).containsExactly(6L);
    repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          for (String path :
              new String[] {"/secrets", "/ratings", "/ratings/ab", "/ratings/ab/item"}) {
            assertThat(s.getNode(path).getPrimaryNodeType().getName())
                .as(path)
                .isEqualTo(RuntimeNodes.TYPE);
          }
          assertThat(s.getProperty("/secrets/visitorSecret").getString()).isEqualTo("c2VjcmV0");
          assertThat(s.getProperty("/ratings/ab/item/count").getLong()).isEqualTo(3L);
          assertThat(s.getProperty("/ratings/ab/item/made-by-this-version/score").getLong())
              .isEqualTo(4L);
          return null;
        });
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          assertThat(s.getNode("/twins").getPrimaryNodeType().getName()).isEqualTo(OLD);
          assertThat(s.getNode("/twins/day[2]").getPrimaryNodeType().getName())
              .isEqualTo(RuntimeNodes.TYPE);
          assertThat(s.getProperty("/twins/day[2]/visits").getLong()).isEqualTo(2L);
          return null;
        });
    assertThat(RuntimeMigrations.run(repository).values()).containsExactly(0L);
  }
}
