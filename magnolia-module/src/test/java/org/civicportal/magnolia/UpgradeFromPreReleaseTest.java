package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.civicportal.embedded.SystemViewImporter;
import org.civicportal.jcr.RuntimeNodes;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.civicportal.upgrade.AddMissing;
import org.civicportal.upgrade.PreReleaseFixture;
import org.civicportal.upgrade.RuntimeMigrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site made by 1.0.0-SNAPSHOT ({@code upgrade/1.0.0-SNAPSHOT/}, made by that version's code),
 * upgraded by this code the way Magnolia's update does it (the steps of every release in {@link
 * ModuleUpdates}, applied in plain JCR as their tasks do), answers through the current public
 * services what that version answered: every vote, tally and daily count; the visitors who voted
 * are still refused a second vote; the admin's configuration stays and what the current
 * configuration adds is there.
 */
class UpgradeFromPreReleaseTest {
  private static final String MODULE_CONFIG = "config.modules.civic-portal.config.xml";

  /** The workspaces this test's site has: Magnolia's config, and the module's own. */
  private static final List<String> MODELLED_WORKSPACES =
      Stream.concat(Stream.of("config"), TestRepository.WORKSPACES.all().stream()).toList();

  @TempDir static Path dir;
  private static ConfigWorkspace site;
  private static Map<String, Long> migrated;

  @BeforeAll
  static void upgradeTheFixture() throws Exception {
    site = ConfigWorkspace.open(dir);
    TestRepository repository = site.repository();
    PreReleaseFixture.importInto(repository);
    try (InputStream config =
        UpgradeFromPreReleaseTest.class
            .getClassLoader()
            .getResourceAsStream(PreReleaseFixture.FOLDER + MODULE_CONFIG)) {
      site.bootstrap(MODULE_CONFIG, config);
    }
    migrated = upgrade(site);
  }

  @AfterAll
  static void close() {
    site.close();
  }

  /** Every release's steps, in order, as CivicPortalVersionHandler's tasks run them in Magnolia. */
  static Map<String, Long> upgrade(ConfigWorkspace site) throws RepositoryException, IOException {
    Map<String, Long> migrated = new TreeMap<>();
    for (ModuleUpdates.Release release : ModuleUpdates.RELEASES) {
      for (ModuleUpdates.Step step : release.steps()) {
        if (step instanceof ModuleUpdates.Step.AddMissing add) {
          addMissing(site, add);
        } else if (step instanceof ModuleUpdates.Step.Servlets) {
          // /server/filters is not modelled here: ServletRegistrationsTest and the real-Magnolia
          // run are.
          continue;
        } else {
          migrated.putAll(RuntimeMigrations.run(site.repository()));
        }
      }
    }
    return migrated;
  }

  private static void addMissing(ConfigWorkspace site, ModuleUpdates.Step.AddMissing add)
      throws RepositoryException, IOException {
    TestRepository repository = site.repository();
    if (!MODELLED_WORKSPACES.contains(add.workspace())) {
      // Roles, users and the website are not modelled here: UpdateCoverageTest and the
      // real-Magnolia run are.
      return;
    }
    boolean parent = repository.withSession(add.workspace(), s -> s.nodeExists(add.parentPath()));
    boolean exists = repository.withSession(add.workspace(), s -> s.nodeExists(add.path()));
    try (InputStream in = UpgradeFromPreReleaseTest.class.getResourceAsStream(add.resource())) {
      if (!parent) {
        return;
      }
      if (!exists && add.isSample()) {
        return;
      }
      if (!exists) {
        new SystemViewImporter(repository.embedded())
            .importXml(
                SystemViewImporter.Target.of(
                    add.resource().substring(add.resource().lastIndexOf('/') + 1)),
                in);
        return;
      }
      AddMissing file = AddMissing.read(in);
      repository.withSession(
          add.workspace(),
          s -> {
            file.into(s.getNode(add.path()));
            s.save();
            return null;
          });
    }
  }

  @Test
  void everyVoteTallyAndDailyCountIsKeptAndTheVotersAreStillRefusedASecondVote() throws Exception {
    Map<String, String> answers = PreReleaseFixture.answers(site.repository());
    assertThat(answers)
        .hasSize(PreReleaseFixture.expected().size())
        .isEqualTo(PreReleaseFixture.expectedAnswers());
  }

  @Test
  void theAdminsConfigurationStaysAndTheCurrentDefaultsAreAdded() throws Exception {
    Map<String, String> config =
        site.withSession(
            s -> {
              Map<String, String> values = new TreeMap<>();
              Node node = s.getNode("/modules/civic-portal/config");
              for (var it = node.getProperties(); it.hasNext(); ) {
                var p = it.nextProperty();
                if (!p.isMultiple()) {
                  values.put(p.getName(), p.getString());
                }
              }
              values.put(
                  "trustedProxies/proxy1", node.getProperty("trustedProxies/proxy1").getString());
              return values;
            });
    assertThat(config)
        .containsEntry("siteUrl", "https://congthongtin.example.gov.vn")
        .containsEntry("flushIntervalSeconds", "5")
        .containsEntry("trustedProxies/proxy1", "10.0.0.0/8");
    AddMissing current;
    try (InputStream in =
        getClass().getResourceAsStream("/mgnl-bootstrap/civic-portal/" + MODULE_CONFIG)) {
      current = AddMissing.read(in);
    }
    List<String> lacking =
        site.withSession(
            s -> {
              List<String> added = current.into(s.getNode("/modules/civic-portal/config"));
              s.refresh(false);
              return added;
            });
    assertThat(lacking)
        .as("what the current configuration has and the upgraded site lacks")
        .isEmpty();
  }

  @Test
  void runtimeNodesAreAllOfTheRuntimeTypeAfterwards() throws Exception {
    assertThat(migrated).isNotEmpty();
    for (String workspace : Workspaces.RUNTIME) {
      long others =
          site.repository()
              .withSession(
                  workspace,
                  s -> {
                    long n = 0;
                    for (var it =
                            s.getWorkspace()
                                .getQueryManager()
                                .createQuery(
                                    "SELECT * FROM [nt:base] AS n WHERE ISDESCENDANTNODE(n, '/')",
                                    "JCR-SQL2")
                                .execute()
                                .getNodes();
                        it.hasNext(); ) {
                      Node node = it.nextNode();
                      n +=
                          node.isNodeType(RuntimeNodes.TYPE)
                                  || node.getPath().startsWith("/jcr:system")
                              ? 0
                              : 1;
                    }
                    return n;
                  });
      assertThat(others).as(workspace).isZero();
    }
  }
}
