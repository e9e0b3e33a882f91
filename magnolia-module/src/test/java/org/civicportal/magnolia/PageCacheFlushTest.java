package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Votes and page views must not empty the page cache: the version handler adds the runtime
 * workspaces, and only them, to the exclusions of the cache's flush-all policy, next to Magnolia's
 * own.
 */
class PageCacheFlushTest {
  private static final String CACHE_CONFIG =
      "config.modules.cache.config.contentCaching.defaultPageCache.xml";

  @Test
  void onlyTheRuntimeWorkspacesAreExcluded() {
    assertThat(Workspaces.RUNTIME)
        .containsExactly(Workspaces.FEEDBACK, Workspaces.VISITS)
        .doesNotContainAnyElementsOf(Workspaces.EDITORIAL);
    assertThat(CivicPortalVersionHandler.PAGE_CACHE_FLUSH_EXCLUSIONS)
        .isEqualTo(
            "/modules/cache/config"
                + "/contentCaching/defaultPageCache/flushPolicy/policies/flushAll/excludedWorkspaces");
  }

  /**
   * Over the cache module's own configuration (where a bundle is unpacked): the node the version
   * handler names is the flush-all policy's list, one property per workspace named like it, and the
   * handler's properties (SetPropertyTask: name and value the workspace) join Magnolia's exclusions
   * without replacing them.
   */
  @Test
  void theExclusionsJoinTheCacheModulesOwn(@TempDir Path dir) throws Exception {
    byte[] cache =
        MagnoliaBundle.resource("magnolia-cache-core-", "mgnl-bootstrap/cache/" + CACHE_CONFIG);
    try (ConfigWorkspace config = ConfigWorkspace.open(dir)) {
      config.bootstrap(CACHE_CONFIG, new ByteArrayInputStream(cache));
      String exclusions = CivicPortalVersionHandler.PAGE_CACHE_FLUSH_EXCLUSIONS;
      Map<String, String> magnolias = config.withSession(s -> entries(s.getNode(exclusions)));
      String policy =
          config.withSession(
              s -> s.getNode(exclusions).getParent().getProperty("class").getString());
      assertThat(policy).isEqualTo("info.magnolia.module.cache.FlushAllListeningPolicy");
      assertThat(magnolias)
          .isNotEmpty()
          .allSatisfy((name, value) -> assertThat(value).isEqualTo(name));

      Map<String, String> after =
          config.withSession(
              s -> {
                Node node = s.getNode(exclusions);
                for (String workspace : Workspaces.RUNTIME) {
                  node.setProperty(workspace, workspace);
                }
                s.save();
                return entries(node);
              });
      List<String> expected = new ArrayList<>(magnolias.keySet());
      expected.addAll(Workspaces.RUNTIME);
      assertThat(after.values()).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  /**
   * The list node2bean makes of the node: its own properties, without JCR's and Magnolia's
   * bookkeeping.
   */
  private static Map<String, String> entries(Node node) throws javax.jcr.RepositoryException {
    Map<String, String> entries = new TreeMap<>();
    for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
      Property p = it.nextProperty();
      if (!p.getName().startsWith("jcr:") && !p.getName().startsWith("mgnl:")) {
        entries.put(p.getName(), p.getString());
      }
    }
    return entries;
  }
}
