package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.jcr.Node;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * First start imports the demo content; a restart keeps what was changed and imports nothing again.
 */
@Tag("slow")
class StandaloneRestartTest {
  static final String SEED_PATH = "/ket-qua-hoat-dong-quy-iii-nam-2019";
  @TempDir Path dir;

  @Test
  void restartKeepsDataAndDoesNotReimport() throws Exception {
    long articles;
    try (TestSite first = TestSite.start(dir)) {
      assertThat(first.server().getRepository().isNew()).isTrue();
      articles =
          first
              .server()
              .getRepository()
              .withSession(
                  Workspaces.ARTICLES,
                  s ->
                      s.getWorkspace()
                          .getQueryManager()
                          .createQuery(
                              "SELECT * FROM [civic:article]", javax.jcr.query.Query.JCR_SQL2)
                          .execute()
                          .getNodes()
                          .getSize());
      assertThat(articles).isPositive();
      // An editor's change, and a deletion that a re-import would undo.
      first
          .server()
          .getRepository()
          .withSession(
              Workspaces.REPORTS,
              s -> {
                Node seed = s.getNode(SEED_PATH);
                seed.setProperty("title", "Đã sửa sau khi cài");
                s.save();
                return null;
              });
      first
          .server()
          .getRepository()
          .withSession(
              Workspaces.ARTICLES,
              s -> {
                s.getNode("/canh-giac-lua-dao-truc-tuyen").remove();
                s.save();
                return null;
              });
    }
    try (TestSite second = TestSite.start(dir)) {
      assertThat(second.server().getRepository().isNew()).isFalse();
      assertThat(second.get("/reports" + SEED_PATH).body()).contains("Đã sửa sau khi cài");
      assertThat(second.get("/articles/canh-giac-lua-dao-truc-tuyen").statusCode()).isEqualTo(404);
      long now =
          second
              .server()
              .getRepository()
              .withSession(
                  Workspaces.ARTICLES,
                  s ->
                      s.getWorkspace()
                          .getQueryManager()
                          .createQuery(
                              "SELECT * FROM [civic:article]", javax.jcr.query.Query.JCR_SQL2)
                          .execute()
                          .getNodes()
                          .getSize());
      assertThat(now).isEqualTo(articles - 1);
    }
  }
}
