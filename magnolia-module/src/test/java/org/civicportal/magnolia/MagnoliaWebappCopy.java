package org.civicportal.magnolia;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A private copy of a Magnolia webapp directory with this build's module jar and its libraries in
 * {@code WEB-INF/lib}, and the Magnolia properties (given as system properties, which win over
 * every {@code magnolia.properties}) that keep all Magnolia writes inside {@code <root>/data}: a
 * fresh embedded repository on the bundle's H2 configuration, logs, cache, temporary files, key
 * pairs. The given directory is only read.
 */
final class MagnoliaWebappCopy {
  /**
   * Folders Magnolia writes below its home by default: copied, a used webapp's repository would
   * make no fresh install.
   */
  private static final Set<String> STATE_FOLDERS =
      Set.of("repositories", "logs", "cache", "tmp", "history");

  /**
   * The bundle's embedded, file-based repository configuration: never a database shared with a real
   * site.
   */
  private static final String H2_REPOSITORY =
      "WEB-INF/config/repo-conf/jackrabbit-bundle-h2-search.xml";

  final Path webapp;
  final Path data;

  /**
   * What this copy's {@code WEB-INF/lib} got from the build, and what it lost (an installed
   * civic-portal).
   */
  final List<String> added = new ArrayList<>();

  final List<String> removed = new ArrayList<>();

  private MagnoliaWebappCopy(Path webapp, Path data) {
    this.webapp = webapp;
    this.data = data;
  }

  /**
   * Copies {@code source} to {@code root/<its name>} (the name picks Magnolia's per-webapp
   * properties) and installs the module.
   */
  static MagnoliaWebappCopy create(Path source, Path moduleJar, Path moduleLib, Path root)
      throws IOException {
    if (!Files.isRegularFile(source.resolve("WEB-INF/web.xml"))
        || !Files.isDirectory(source.resolve("WEB-INF/lib"))) {
      throw new IllegalArgumentException(
          source + " is not an unpacked webapp (no WEB-INF/web.xml or WEB-INF/lib)");
    }
    if (!Files.isRegularFile(source.resolve(H2_REPOSITORY))) {
      throw new IllegalArgumentException(
          source + " has no " + H2_REPOSITORY + ": not a Magnolia 6.2 webapp?");
    }
    MagnoliaWebappCopy copy =
        new MagnoliaWebappCopy(
            root.resolve(source.toRealPath().getFileName()),
            Files.createDirectories(root.resolve("data")));
    copyTree(source, copy.webapp);
    Path lib = copy.webapp.resolve("WEB-INF/lib");
    try (DirectoryStream<Path> installed = Files.newDirectoryStream(lib, "civic-portal-*.jar")) {
      for (Path jar : installed) {
        Files.delete(jar);
        copy.removed.add(jar.getFileName().toString());
      }
    }
    copy.install(moduleJar, lib);
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(moduleLib, "*.jar")) {
      for (Path jar : jars) {
        copy.install(jar, lib);
      }
    }
    return copy;
  }

  private void install(Path jar, Path lib) throws IOException {
    Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    added.add(jar.getFileName().toString());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (dir.getParent() != null
                && dir.getParent().equals(from)
                && STATE_FOLDERS.contains(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(file, to.resolve(from.relativize(file).toString()));
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Magnolia's own log folder (magnolia-error.log, magnolia-debug.log, ...) for this copy. */
  Path logs() {
    return data.resolve("logs");
  }

  /**
   * The child JVM's system properties: everything Magnolia writes goes below {@link #data}; the
   * module installs unattended with its samples (the sample site is what the checks read).
   */
  Map<String, String> systemProperties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("magnolia.repositories.home", data.resolve("repositories").toString());
    p.put("magnolia.repositories.jackrabbit.config", H2_REPOSITORY);
    p.put("magnolia.logs.dir", logs().toString());
    p.put("magnolia.cache.startdir", data.resolve("cache").toString());
    p.put("magnolia.upload.tmpdir", data.resolve("tmp").toString());
    p.put("magnolia.exchange.history", data.resolve("history").toString());
    p.put(
        "magnolia.author.key.location",
        data.resolve("magnolia-activation-keypair.properties").toString());
    p.put(
        "magnolia.password.manager.key.location",
        data.resolve("magnolia-password-manager-keypair.properties").toString());
    p.put("magnolia.update.auto", "true");
    p.put("magnolia.bootstrap.samples", "true");
    return p;
  }
}
