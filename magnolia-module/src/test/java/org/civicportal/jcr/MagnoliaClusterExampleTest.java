package org.civicportal.jcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.civicportal.embedded.ClusterSettings;
import org.civicportal.embedded.NodeTypes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The Magnolia cluster example of docs/install-magnolia.md, run: {@code
 * docs/magnolia-cluster/repositories.xml} maps the runtime workspaces, and only those, to a
 * repository whose configuration is civic-portal's clustered-repository.xml; that file, with its
 * variables given as JVM system properties the way a Magnolia site sets them, starts a real
 * clustered Jackrabbit on PostgreSQL that holds the workspaces and the civic node types.
 */
@Tag("slow")
class MagnoliaClusterExampleTest {
  private static final Path EXAMPLE = Paths.get("../docs/magnolia-cluster/repositories.xml");

  @TempDir Path dir;

  @Test
  void theRepositoriesExampleMapsTheRuntimeWorkspacesToTheClusteredRepository() throws Exception {
    Document doc =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(EXAMPLE.toFile());
    NodeList maps = doc.getElementsByTagName("Map");
    Map<String, String> repositoryOf = new TreeMap<>();
    for (int i = 0; i < maps.getLength(); i++) {
      Element map = (Element) maps.item(i);
      assertThat(map.getAttribute("workspaceName")).isEqualTo(map.getAttribute("name"));
      repositoryOf.put(map.getAttribute("name"), map.getAttribute("repositoryName"));
    }
    assertThat(repositoryOf.keySet()).containsExactlyInAnyOrderElementsOf(Workspaces.RUNTIME);
    assertThat(repositoryOf.values()).containsOnly("civic-cluster");

    Element repository = (Element) doc.getElementsByTagName("Repository").item(0);
    assertThat(repository.getAttribute("name")).isEqualTo("civic-cluster");
    assertThat(repository.getAttribute("provider"))
        .isEqualTo("info.magnolia.jackrabbit.ProviderImpl");
    assertThat(repository.getAttribute("loadOnStartup")).isEqualTo("true");
    assertThat(params(repository).keySet())
        .containsExactlyInAnyOrder(
            "configFile", "repositoryHome", "contextFactoryClass", "providerURL", "bindName");
    assertThat(params(repository).get("configFile")).endsWith("/civic-cluster.xml");
    NodeList workspaces = repository.getElementsByTagName("workspace");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < workspaces.getLength(); i++) {
      names.add(((Element) workspaces.item(i)).getAttribute("name"));
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(Workspaces.RUNTIME);
  }

  @Test
  void theClusteredConfigurationStartsJackrabbitOnPostgresFromSystemProperties() throws Exception {
    try (TestPostgres postgres = TestPostgres.start()) {
      ClusterSettings node =
          ClusterSettings.of(postgres.jdbcUrl(), postgres.user(), postgres.password(), "public1");
      Properties saved = (Properties) System.getProperties().clone();
      RepositoryImpl repository;
      try {
        node.variables().forEach((k, v) -> System.setProperty((String) k, (String) v));
        // The way Magnolia's Jackrabbit provider reads it: the file and the repository home, no
        // more.
        try (InputStream in = getClass().getResourceAsStream(ClusterSettings.CONFIG)) {
          RepositoryConfig config = RepositoryConfig.create(new InputSource(in), dir.toString());
          assertThat(config.getClusterConfig().getId()).isEqualTo("public1");
          repository = RepositoryImpl.create(config);
        }
      } finally {
        System.setProperties(saved);
      }
      try {
        Session session = repository.login(new SimpleCredentials("admin", "admin".toCharArray()));
        try {
          NodeTypes.registerAll(session);
          for (String workspace : Workspaces.RUNTIME) {
            session.getWorkspace().createWorkspace(workspace);
          }
        } finally {
          session.logout();
        }
        Session feedback =
            repository.login(
                new SimpleCredentials("admin", "admin".toCharArray()), Workspaces.FEEDBACK);
        try {
          feedback.getRootNode().addNode("example", RuntimeNodes.TYPE).setProperty("votes", 3L);
          feedback.save();
        } finally {
          feedback.logout();
        }
      } finally {
        repository.shutdown();
      }
      try (Connection db = postgres.connect();
          Statement sql = db.createStatement()) {
        Map<String, Long> rows = new HashMap<>();
        for (String table : new String[] {"civic_journal_journal", "civic_repository_fsentry"}) {
          try (ResultSet r = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            rows.put(table, r.getLong(1));
          }
        }
        assertThat(rows.get("civic_journal_journal")).as("journal entries").isPositive();
        assertThat(rows.get("civic_repository_fsentry"))
            .as("node types, namespaces in the database")
            .isPositive();
        try (ResultSet r =
            sql.executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_name LIKE 'civic_civic%feedback_bundle'")) {
          r.next();
          assertThat(r.getLong(1)).as("civic-feedback's bundle table").isEqualTo(1);
        }
      }
    }
  }

  private static Map<String, String> params(Element repository) {
    Map<String, String> params = new TreeMap<>();
    NodeList list = repository.getElementsByTagName("param");
    for (int i = 0; i < list.getLength(); i++) {
      Element p = (Element) list.item(i);
      params.put(p.getAttribute("name"), p.getAttribute("value"));
    }
    return params;
  }
}
