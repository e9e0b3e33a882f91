package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime workspaces' indexing configurations (info/magnolia/jackrabbit/indexing_configuration_
 * civic-feedback.xml and _civic-visits.xml) index of a runtime node only what is queried: its time
 * in civic-feedback, nothing in civic-visits; node type and path queries still find it, and nodes
 * of other types are indexed in full.
 */
class RuntimeIndexingTest {
  private static final String BY_VISITOR =
      "SELECT * FROM [nt:base] AS n WHERE n.[visitor] = 'c0ffee'";
  private static final String BY_TIME =
      "SELECT * FROM [nt:base] AS n WHERE n.[time] >= CAST('2026-12-07T00:00:00.000Z' AS DATE)";
  private static final String BY_TYPE =
      "SELECT * FROM [" + RuntimeNodes.TYPE + "] AS n WHERE ISCHILDNODE(n, [/])";

  @TempDir Path dir;

  @Test
  void feedbackIndexesTheTimeOfRuntimeNodesOnly() throws Exception {
    try (TestRepository repository = withIndexing("civic-feedback")) {
      assertThat(paths(repository, BY_VISITOR)).isEqualTo("/other");
      assertThat(paths(repository, BY_TIME)).isEqualTo("/record");
      assertThat(paths(repository, BY_TYPE)).isEqualTo("/record");
    }
  }

  @Test
  void visitsIndexesNoPropertyOfRuntimeNodes() throws Exception {
    try (TestRepository repository = withIndexing("civic-visits")) {
      assertThat(paths(repository, BY_VISITOR)).isEqualTo("/other");
      assertThat(paths(repository, BY_TIME)).isEmpty();
      assertThat(paths(repository, BY_TYPE)).isEqualTo("/record");
    }
  }

  /**
   * A repository whose civic-feedback workspace uses the indexing configuration of {@code
   * workspace}, holding a runtime node and a node of another type with the same visitor.
   */
  private TestRepository withIndexing(String workspace) throws Exception {
    TestRepository.open(dir).close();
    String feedbackFile = "indexing_configuration_civic-feedback.xml";
    assertThat(WorkspaceConfigFiles.of(dir, Workspaces.FEEDBACK)).content().contains(feedbackFile);
    WorkspaceConfigFiles.edit(
        dir,
        Workspaces.FEEDBACK,
        xml -> xml.replace(feedbackFile, "indexing_configuration_" + workspace + ".xml"));
    TestRepository repository = TestRepository.open(dir);
    repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          Node record = s.getRootNode().addNode("record", RuntimeNodes.TYPE);
          record.setProperty("visitor", "c0ffee");
          record.setProperty("time", JcrDates.utc(Instant.parse("2026-12-07T10:00:00Z")));
          s.getRootNode().addNode("other", "nt:unstructured").setProperty("visitor", "c0ffee");
          s.save();
          return null;
        });
    return repository;
  }

  private static String paths(TestRepository repository, String statement)
      throws RepositoryException {
    return repository.withSession(
        Workspaces.FEEDBACK,
        s -> {
          StringBuilder found = new StringBuilder();
          NodeIterator nodes =
              s.getWorkspace()
                  .getQueryManager()
                  .createQuery(statement, Query.JCR_SQL2)
                  .execute()
                  .getNodes();
          while (nodes.hasNext()) {
            found.append(found.length() == 0 ? "" : " ").append(nodes.nextNode().getPath());
          }
          return found.toString();
        });
  }
}
