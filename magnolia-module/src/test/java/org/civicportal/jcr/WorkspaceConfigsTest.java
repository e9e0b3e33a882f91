package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory whose workspaces were configured by the version before (Jackrabbit's H2
 * persistence manager with {@code WRITE_DELAY=0}: the workspace.xml that version wrote, word for
 * word) starts with this version's persistence manager, its data and search index unchanged; a
 * persistence manager configured by hand is left alone.
 */
class WorkspaceConfigsTest {
  /** civic-feedback's workspace.xml as main at b8c4b3a wrote it. */
  private static final String EARLIER =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Workspace name=\"%s\">\n"
          + "    <FileSystem class=\"org.apache.jackrabbit.core.fs.local.LocalFileSystem\">\n"
          + "        <param name=\"path\" value=\"${wsp.home}\"/>\n"
          + "    </FileSystem>\n"
          + "    <PersistenceManager class=\"org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager\">\n"
          + "        <param name=\"url\" value=\"jdbc:h2:file:${wsp.home}/db/itemState;WRITE_DELAY=0\"/>\n"
          + "    </PersistenceManager>\n"
          + "    <SearchIndex class=\"org.apache.jackrabbit.core.query.lucene.SearchIndex\">\n"
          + "        <param name=\"path\" value=\"${wsp.home}/index\"/>\n"
          + "        <param name=\"supportHighlighting\" value=\"false\"/>\n"
          + "    </SearchIndex>\n"
          + "</Workspace>\n";

  @TempDir Path dir;

  @Test
  void earlierWorkspacesGetThisPersistenceManagerAndKeepTheirData() throws Exception {
    try (TestRepository repository = TestRepository.open(dir)) {
      for (String workspace : TestRepository.WORKSPACES.all()) {
        repository.withSession(
            workspace,
            s -> {
              s.getRootNode().addNode("kept", "nt:unstructured").setProperty("n", 7L);
              s.save();
              return null;
            });
      }
    }
    for (String workspace : TestRepository.WORKSPACES.all()) {
      Files.writeString(config(workspace), String.format(EARLIER, workspace));
    }
    Path handMade = config(Workspaces.VISITS);
    Files.writeString(
        handMade,
        Files.readString(handMade)
            .replace(
                "org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager\">",
                "org.civicportal.embedded.SyncingH2PersistenceManager\"><param name=\"syncToDisk\" value=\"false\"/>"));

    try (TestRepository repository = TestRepository.open(dir)) {
      for (String workspace : TestRepository.WORKSPACES.all()) {
        long kept = repository.withSession(workspace, s -> s.getProperty("/kept/n").getLong());
        assertThat(kept).as("data of %s", workspace).isEqualTo(7L);
      }
    }
    for (String workspace : TestRepository.WORKSPACES.all()) {
      if (!config(workspace).equals(handMade)) {
        assertThat(Files.readString(config(workspace)))
            .as(workspace)
            .contains("org.civicportal.embedded.SyncingH2PersistenceManager", "<SearchIndex")
            .doesNotContain(
                "WRITE_DELAY", "org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager");
      }
    }
    assertThat(Files.readString(handMade))
        .contains("name=\"syncToDisk\" value=\"false\"", "WRITE_DELAY=0");
  }

  private Path workspaceDir(String workspace) {
    return dir.resolve("workspaces").resolve(workspace);
  }

  private Path config(String workspace) {
    return workspaceDir(workspace).resolve("workspace.xml");
  }
}
