package org.civicportal.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documentation holds together: every relative link of every Markdown file in the repository
 * (README files, {@code docs/}, a changelog) names a file or folder that exists, every anchor a
 * heading of its file, and every document under {@code docs/} can be reached from the top-level
 * README. Links to other sites are not followed.
 */
class DocLinksTest {
  /** The repository root: Maven runs this module's tests with basedir = magnolia-module. */
  private static final Path REPO =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
          .toAbsolutePath()
          .getParent();

  private static Map<Path, MarkdownFile> files;

  @BeforeAll
  static void readAll() throws IOException {
    files = new TreeMap<>();
    Files.walkFileTree(
        REPO,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            String name = dir.getFileName().toString();
            boolean skipped =
                !dir.equals(REPO)
                    && (name.equals("target")
                        || name.equals("node_modules")
                        || name.startsWith("."));
            return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (file.getFileName().toString().endsWith(".md")) {
              files.put(file.normalize(), MarkdownFile.read(file));
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  @Test
  void everyRelativeLinkLeadsToAFileAndAnchorThatExist() {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (MarkdownFile file : files.values()) {
      for (String target : file.targets()) {
        if (isExternal(target)) {
          continue;
        }
        checked++;
        String problem = problem(file, target);
        if (problem != null) {
          broken.add(REPO.relativize(file.path()) + ": " + target + " (" + problem + ")");
        }
      }
    }
    assertThat(broken).as("broken links").isEmpty();
    // Guards against a vacuous pass (wrong folder, links not recognised).
    assertThat(files.keySet()).contains(REPO.resolve("README.md"), REPO.resolve("docs/api.md"));
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void everyDocumentIsReachableFromTheReadme() {
    Set<Path> reached = new HashSet<>();
    Deque<Path> todo = new ArrayDeque<>(List.of(REPO.resolve("README.md")));
    while (!todo.isEmpty()) {
      Path next = todo.pop();
      MarkdownFile file = files.get(next);
      if (file == null || !reached.add(next)) {
        continue;
      }
      for (String target : file.targets()) {
        if (!isExternal(target) && !pathOf(target).isEmpty()) {
          todo.push(resolve(file, target));
        }
      }
    }
    List<Path> docs =
        files.keySet().stream()
            .filter(p -> p.startsWith(REPO.resolve("docs")))
            .collect(Collectors.toList());
    assertThat(docs).as("documents under docs/").isNotEmpty();
    assertThat(docs.stream().filter(p -> !reached.contains(p)).map(REPO::relativize))
        .as("documents under docs/ that no chain of links from README.md leads to")
        .isEmpty();
  }

  @Test
  void headingsGetGitHubsAnchors() {
    assertThat(MarkdownFile.slug("Clustered runtime data (several public instances)"))
        .isEqualTo("clustered-runtime-data-several-public-instances");
    assertThat(MarkdownFile.slug("Editors' statistics")).isEqualTo("editors-statistics");
    assertThat(MarkdownFile.slug("What is skipped, and why")).isEqualTo("what-is-skipped-and-why");
    assertThat(MarkdownFile.slug("Accessibility checks (WCAG 2.1 AA)"))
        .isEqualTo("accessibility-checks-wcag-21-aa");
    assertThat(MarkdownFile.slug("`bench/load.sh` and [the API](api.md)"))
        .isEqualTo("benchloadsh-and-the-api");
    assertThat(MarkdownFile.slug("Thống kê truy cập")).isEqualTo("thống-kê-truy-cập");
  }

  /** Null when the link works, else why not. */
  private static String problem(MarkdownFile file, String target) {
    Path resolved = resolve(file, target);
    if (!resolved.startsWith(REPO)) {
      return "outside the repository";
    }
    if (!Files.exists(resolved)) {
      return "no such file";
    }
    String anchor = anchorOf(target);
    if (anchor == null) {
      return null;
    }
    MarkdownFile linked = files.get(resolved);
    if (linked == null) {
      return null;
    }
    return linked.anchors().contains(anchor) ? null : "no heading with anchor #" + anchor;
  }

  private static Path resolve(MarkdownFile file, String target) {
    String path = pathOf(target);
    Path base = file.path();
    return path.isEmpty()
        ? base
        : base.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
  }

  private static String pathOf(String target) {
    int hash = target.indexOf('#');
    return hash < 0 ? target : target.substring(0, hash);
  }

  private static String anchorOf(String target) {
    int hash = target.indexOf('#');
    return hash < 0 ? null : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
  }

  /** A URL with a scheme (https:, mailto:) or a scheme-relative one: another site, not followed. */
  private static boolean isExternal(String target) {
    return target.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") || target.startsWith("//");
  }
}
