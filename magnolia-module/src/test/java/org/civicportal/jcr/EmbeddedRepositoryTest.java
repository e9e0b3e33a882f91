package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.civicportal.embedded.SystemViewImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedRepositoryTest {
  @TempDir Path dir;

  @Test
  void createsWorkspacesAndNodeTypesImportsFixturesAndKeepsDataAcrossRestart() throws Exception {
    try (TestRepository repository = TestRepositories.withFixtures(dir)) {
      assertThat(repository.embedded().isNew()).isTrue();
      repository.withSession(
          Workspaces.ARTICLES,
          session -> {
            assertThat(session.getWorkspace().getAccessibleWorkspaceNames())
                .contains(TestRepository.WORKSPACES.all().toArray(String[]::new));
            Node folder = session.getNode("/tin-tuc");
            assertThat(folder.isNodeType("mgnl:folder")).isTrue();
            // Imported from its own file after the folder: parents first.
            Node item = session.getNode("/tin-tuc/phu-song-5g");
            assertThat(item.isNodeType("civic:article")).isTrue();
            assertThat(item.isNodeType("mgnl:content")).isTrue();
            assertThat(item.getIdentifier()).isEqualTo("00000000-0000-4000-8000-000000000004");
            assertThat(item.getProperty("mgnl:created").getDate().get(java.util.Calendar.YEAR))
                .isEqualTo(2024);
            item.setProperty("title", "changed");
            session.save();
            return null;
          });
    }
    try (TestRepository repository = TestRepository.open(dir)) {
      assertThat(repository.embedded().isNew()).isFalse();
      String title =
          repository.withSession(
              Workspaces.ARTICLES,
              session -> session.getNode("/tin-tuc/phu-song-5g").getProperty("title").getString());
      assertThat(title).isEqualTo("changed");
    }
  }

  @Test
  void reusedSessionsStartCleanAndSeeSavedWorkThenCloseRefusesWork() throws Exception {
    TestRepository repository = TestRepository.open(dir);
    repository.withSession(
        Workspaces.POLLS, s -> s.getRootNode().addNode("unsaved", "mgnl:content"));
    repository.withSession(
        Workspaces.POLLS,
        s -> {
          // Another session saves while this one is open: both are then in the pool.
          repository.withSession(
              Workspaces.POLLS,
              other -> {
                other.getRootNode().addNode("saved", "mgnl:content");
                other.save();
                return null;
              });
          return null;
        });
    for (int i = 0; i < 3; i++) {
      boolean unsaved = repository.withSession(Workspaces.POLLS, s -> s.nodeExists("/unsaved"));
      boolean saved = repository.withSession(Workspaces.POLLS, s -> s.nodeExists("/saved"));
      assertThat(unsaved).isFalse();
      assertThat(saved).isTrue();
    }
    repository.close();
    repository.close();
    assertThatThrownBy(() -> repository.withSession(Workspaces.ARTICLES, session -> null))
        .isInstanceOf(RepositoryException.class)
        .hasMessageContaining("shut down");
  }

  @Test
  void importIntoMissingParentFailsWithItsName() throws Exception {
    try (TestRepository repository = TestRepository.open(dir)) {
      String xml =
          "<sv:node sv:name=\"x\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">"
              + "<sv:property sv:name=\"jcr:primaryType\" sv:type=\"Name\"><sv:value>mgnl:content</sv:value>"
              + "</sv:property></sv:node>";
      SystemViewImporter importer = new SystemViewImporter(repository.embedded());
      SystemViewImporter.Target target = SystemViewImporter.Target.of("polls.missing.x.xml");
      assertThatThrownBy(
              () ->
                  importer.importXml(
                      target, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
          .hasMessageContaining("/missing");
      importer.importXml(
          SystemViewImporter.Target.of("polls.x.xml"),
          new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      boolean exists = repository.withSession(Workspaces.POLLS, s -> s.nodeExists("/x"));
      assertThat(exists).isTrue();
    }
  }

  @Test
  void bootstrapFileNamesFollowMagnolia() {
    SystemViewImporter.Target root = SystemViewImporter.Target.of("articles.tin-tuc.xml");
    assertThat(Arrays.asList(root.workspace(), root.parentPath(), root.nodeName()))
        .containsExactly("articles", "/", "tin-tuc");
    SystemViewImporter.Target deep = SystemViewImporter.Target.of("civic-feedback.a.b.c.xml");
    assertThat(Arrays.asList(deep.workspace(), deep.parentPath(), deep.nodeName()))
        .containsExactly("civic-feedback", "/a/b", "c");
    assertThatThrownBy(() -> SystemViewImporter.Target.of("articles.xml"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SystemViewImporter.Target.of("articles..x.xml"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
