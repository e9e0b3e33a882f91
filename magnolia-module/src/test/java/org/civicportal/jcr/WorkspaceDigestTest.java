package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.jcr.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceDigestTest {
  @TempDir static Path dir;
  static TestRepository repository;

  @BeforeAll
  static void open() throws Exception {
    repository = TestRepository.open(dir);
    repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          Node n = s.getRootNode().addNode("tally", "nt:unstructured");
          n.addMixin("mix:referenceable");
          n.setProperty("count", 3L);
          n.setProperty("keys", new String[] {"a", "b"});
          n.setProperty(
              "sketch",
              s.getValueFactory().createBinary(new ByteArrayInputStream(new byte[] {1, 2})));
          s.save();
          return null;
        });
  }

  @AfterAll
  static void close() {
    repository.close();
  }

  private static WorkspaceDigest digest() throws Exception {
    return WorkspaceDigest.of(repository, Workspaces.FEEDBACK, Workspaces.VISITS);
  }

  private static void change(String property, Object value) throws Exception {
    repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          Node n = s.getNode("/tally");
          if (value instanceof String[] values) {
            n.setProperty(property, values);
          } else if (value instanceof byte[] bytes) {
            n.setProperty(
                property, s.getValueFactory().createBinary(new ByteArrayInputStream(bytes)));
          } else {
            n.setProperty(property, (Long) value);
          }
          s.save();
          return null;
        });
  }

  @Test
  void isStableUntilAValueChangesAndBackWhenItIsRestored() throws Exception {
    WorkspaceDigest before = digest();
    assertThat(before.sha256()).matches("[0-9a-f]{64}");
    assertThat(before.dump())
        .contains("/tally", "count Long 3", "keys String [a, b]", "jcr:uuid String ")
        .doesNotContain("jcr:system");
    assertThat(digest()).isEqualTo(before);
    Object[][] changes = {
      {"count", 4L}, {"keys", new String[] {"b", "a"}}, {"sketch", new byte[] {1, 3}}
    };
    Object[] originals = {3L, new String[] {"a", "b"}, new byte[] {1, 2}};
    for (int i = 0; i < changes.length; i++) {
      change((String) changes[i][0], changes[i][1]);
      assertThat(digest().sha256())
          .as("after changing %s", changes[i][0])
          .isNotEqualTo(before.sha256());
      change((String) changes[i][0], originals[i]);
      assertThat(digest().sha256()).isEqualTo(before.sha256());
    }
  }

  @Test
  void aNewNodeInAnyOfTheWorkspacesChangesIt() throws Exception {
    WorkspaceDigest before = digest();
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          s.getRootNode().addNode("x", "nt:unstructured");
          s.save();
          return null;
        });
    assertThat(digest().sha256()).isNotEqualTo(before.sha256());
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          s.getNode("/x").remove();
          s.save();
          return null;
        });
    assertThat(digest().sha256()).isEqualTo(before.sha256());
  }
}
