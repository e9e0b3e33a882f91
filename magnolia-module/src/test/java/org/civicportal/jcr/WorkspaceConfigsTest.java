package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import javax.jcr.query.Query;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.apache.jackrabbit.core.config.RepositoryConfigurationParser;
import org.civicportal.embedded.EmbeddedRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * A data directory whose workspaces were configured by the version before (Jackrabbit's H2
 * persistence manager with {@code WRITE_DELAY=0}, a search index without the folding analyzer or
 * the runtime indexing rules: the workspace.xml that version wrote, word for word) starts with this
 * version's persistence manager and search index parameters, its data unchanged and its index
 * rebuilt with the analyzer; a persistence manager or index parameter configured by hand is left
 * alone.
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
    TestRepository.open(dir).close();
    for (String workspace : TestRepository.WORKSPACES.all()) {
      Files.writeString(config(workspace), String.format(EARLIER, workspace));
    }
    for (String workspace : Workspaces.RUNTIME) {
      // Made in Derby by this version; the earlier one had them in H2, made anew here.
      for (String made : List.of("db", "index")) {
        MoreFiles.deleteRecursively(
            workspaceDir(workspace).resolve(made), RecursiveDeleteOption.ALLOW_INSECURE);
      }
    }
    writeAsTheEarlierVersion();
    Path handMade = config(Workspaces.VISITS);
    Files.writeString(
        handMade,
        Files.readString(handMade)
            .replace(
                "org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager\">",
                "org.civicportal.embedded.SyncingH2PersistenceManager\"><param name=\"syncToDisk\" value=\"false\"/>")
            .replace(
                "<param name=\"supportHighlighting\"",
                "<param name=\"resultFetchSize\" value=\"7\"/><param name=\"supportHighlighting\""));
    Path staleIndexFile = workspaceDir(Workspaces.ARTICLES).resolve("index/stale");
    Files.writeString(staleIndexFile, "made with the standard analyzer");

    try (TestRepository repository = TestRepository.open(dir)) {
      for (String workspace : TestRepository.WORKSPACES.all()) {
        long kept = repository.withSession(workspace, s -> s.getProperty("/kept/n").getLong());
        assertThat(kept).as("data of %s", workspace).isEqualTo(7L);
      }
      long folded = repository.withSession(Workspaces.ARTICLES, WorkspaceConfigsTest::foldedHits);
      assertThat(folded).as("rebuilt index, words folded").isEqualTo(1L);
    }
    assertThat(staleIndexFile).doesNotExist();
    for (String workspace : TestRepository.WORKSPACES.all()) {
      if (!config(workspace).equals(handMade)) {
        assertThat(Files.readString(config(workspace)))
            .as(workspace)
            .contains(
                "org.civicportal.embedded.SyncingH2PersistenceManager",
                "<SearchIndex",
                "name=\"analyzer\" value=\"org.civicportal.search.FoldingAnalyzer\"",
                "name=\"indexingConfiguration\" value=\"/info/magnolia/jackrabbit/indexing_configuration_civic-feedback.xml\"",
                "name=\"resultFetchSize\" value=\"100\"")
            .doesNotContain(
                "WRITE_DELAY", "org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager");
      }
    }
    assertThat(Files.readString(handMade))
        .contains(
            "name=\"syncToDisk\" value=\"false\"",
            "WRITE_DELAY=0",
            "name=\"resultFetchSize\" value=\"7\"",
            "name=\"analyzer\"")
        .doesNotContain("name=\"resultFetchSize\" value=\"100\"");
  }

  /**
   * Writes the data through a plain Jackrabbit on the earlier workspace configurations (no
   * configuration upgrade), so that the articles' index is made without the folding analyzer.
   */
  private void writeAsTheEarlierVersion() throws Exception {
    Properties variables = new Properties();
    variables.setProperty(
        RepositoryConfigurationParser.REPOSITORY_HOME_VARIABLE, dir.toAbsolutePath().toString());
    RepositoryImpl earlier;
    try (InputStream config =
        EmbeddedRepository.class.getResourceAsStream("/org/civicportal/embedded/repository.xml")) {
      earlier = RepositoryImpl.create(RepositoryConfig.create(new InputSource(config), variables));
    }
    try {
      for (String workspace : TestRepository.WORKSPACES.all()) {
        Session s = earlier.login(new SimpleCredentials("admin", new char[0]), workspace);
        try {
          Node kept = s.getRootNode().addNode("kept", "nt:unstructured");
          kept.setProperty("n", 7L);
          kept.setProperty("title", "Báo cáo quý III");
          s.save();
        } finally {
          s.logout();
        }
      }
      Session articles =
          earlier.login(new SimpleCredentials("admin", new char[0]), Workspaces.ARTICLES);
      try {
        assertThat(foldedHits(articles))
            .as("index without the analyzer, words not folded")
            .isZero();
      } finally {
        articles.logout();
      }
    } finally {
      earlier.shutdown();
    }
  }

  private static long foldedHits(Session s) throws RepositoryException {
    return s.getWorkspace()
        .getQueryManager()
        .createQuery(
            "SELECT * FROM [nt:unstructured] AS n WHERE CONTAINS(n.*, 'bao cao')", Query.JCR_SQL2)
        .execute()
        .getNodes()
        .getSize();
  }

  private Path workspaceDir(String workspace) {
    return dir.resolve("workspaces").resolve(workspace);
  }

  private Path config(String workspace) {
    return workspaceDir(workspace).resolve("workspace.xml");
  }
}
