package org.civicportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicportal.jcr.RuntimeNodes;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The visitor secret on a real Jackrabbit: made once in a civic:runtime node, kept, the same for
 * every caller that asks at once.
 */
class VisitorSecretTest {
  /** Each round is a first use on a new repository: without turns, 1 round in 3 disagreed. */
  @RepeatedTest(5)
  void concurrentFirstUsesAgreeOnOneStoredSecretThatLaterUsesKeep(@TempDir Path dir)
      throws Exception {
    int callers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try (TestRepository repository = TestRepository.open(dir)) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        Callable<byte[]> call =
            () -> {
              start.await();
              return VisitorSecret.get(repository, new SecureRandom());
            };
        results.add(pool.submit(call));
      }
      start.countDown();
      byte[] first = results.get(0).get();
      assertThat(first).hasSize(32);
      for (Future<byte[]> result : results) {
        assertThat(result.get()).isEqualTo(first);
      }
      assertThat(VisitorSecret.get(repository, new SecureRandom())).isEqualTo(first);
      String stored =
          repository.withSession(
              Workspaces.FEEDBACK,
              s ->
                  s.getProperty("/" + VisitorSecret.NODE + "/" + VisitorSecret.PROPERTY)
                      .getString());
      assertThat(Base64.getDecoder().decode(stored)).isEqualTo(first);
      String type =
          repository.withSession(
              Workspaces.FEEDBACK,
              s -> s.getNode("/" + VisitorSecret.NODE).getPrimaryNodeType().getName());
      assertThat(type).isEqualTo(RuntimeNodes.TYPE);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Installs made before civic:runtime have an nt:unstructured /secrets: its secret is kept and
   * read as it is.
   */
  @Test
  void anExistingUnstructuredSecretsNodeKeepsItsSecretAndItsType(@TempDir Path other)
      throws Exception {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 7);
    try (TestRepository old = TestRepository.open(other)) {
      old.withSession(
          Workspaces.FEEDBACK,
          s -> {
            s.getRootNode()
                .addNode(VisitorSecret.NODE, "nt:unstructured")
                .setProperty(VisitorSecret.PROPERTY, Base64.getEncoder().encodeToString(secret));
            s.save();
            return null;
          });

      assertThat(VisitorSecret.get(old, new SecureRandom())).isEqualTo(secret);
      List<Object> secrets =
          old.withSession(
              Workspaces.FEEDBACK,
              s ->
                  List.of(
                      s.getNode("/" + VisitorSecret.NODE).getPrimaryNodeType().getName(),
                      s.getRootNode().getNodes(VisitorSecret.NODE).getSize()));
      assertThat(secrets).containsExactly("nt:unstructured", 1L);
    }
  }
}
