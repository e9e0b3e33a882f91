package org.civicportal.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.jcr.ImportUUIDBehavior;
import javax.jcr.RepositoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports JCR system view XML files named the way Magnolia names bootstrap files: {@code
 * <workspace>.<path with dots>.xml}, e.g. {@code articles.tin-tuc.xml} holds the node {@code
 * /tin-tuc} of workspace {@code articles}. Files are imported parents first, so {@code
 * articles.tin-tuc.xml} comes before {@code articles.tin-tuc.bai-1.xml}.
 */
public final class SystemViewImporter {
  private static final Logger LOG = LoggerFactory.getLogger(SystemViewImporter.class);

  /** The module's sample content, as Magnolia bootstraps it with the samples. */
  public static final String SAMPLES_FOLDER = "mgnl-bootstrap-samples/civic-portal/";

  private final EmbeddedRepository repository;

  public SystemViewImporter(EmbeddedRepository repository) {
    this.repository = repository;
  }

  /**
   * Where a bootstrap file goes: the workspace, the parent path and the name of the node it holds.
   */
  public record Target(String workspace, String parentPath, String nodeName) {
    public static Target of(String fileName) {
      if (!fileName.endsWith(".xml")) {
        throw new IllegalArgumentException("not an XML file: " + fileName);
      }
      String[] parts = fileName.substring(0, fileName.length() - ".xml".length()).split("\\.", -1);
      if (parts.length < 2 || Stream.of(parts).anyMatch(String::isEmpty)) {
        throw new IllegalArgumentException("expected <workspace>.<path>.xml, was " + fileName);
      }
      StringBuilder parent = new StringBuilder();
      for (int i = 1; i < parts.length - 1; i++) {
        parent.append('/').append(parts[i]);
      }
      return new Target(
          parts[0], parent.length() == 0 ? "/" : parent.toString(), parts[parts.length - 1]);
    }

    int depth() {
      return parentPath.equals("/") ? 0 : parentPath.split("/").length - 1;
    }
  }

  /**
   * Imports every XML file directly under the classpath folder {@code folder}; returns how many
   * there were.
   */
  public int importClasspathFolder(ClassLoader loader, String folder)
      throws RepositoryException, IOException {
    List<String> names = new ArrayList<>(listXml(loader, folder));
    names.sort(Comparator.comparingInt((String n) -> Target.of(n).depth()).thenComparing(n -> n));
    for (String name : names) {
      Target target = Target.of(name);
      try (InputStream in = loader.getResourceAsStream(folder + name)) {
        if (in == null) {
          throw new IOException("cannot open " + folder + name);
        }
        importXml(target, in);
      }
      LOG.info("imported {} into {}:{}", name, target.workspace(), target.parentPath());
    }
    return names.size();
  }

  /**
   * Imports one system view document under the target's parent, keeping the identifiers it carries.
   */
  public void importXml(Target target, InputStream xml) throws RepositoryException {
    repository.withSession(
        target.workspace(),
        session -> {
          if (!session.nodeExists(target.parentPath())) {
            throw new RepositoryException(
                "parent "
                    + target.parentPath()
                    + " of "
                    + target.nodeName()
                    + " does not exist in workspace "
                    + target.workspace());
          }
          try {
            session.importXML(
                target.parentPath(), xml, ImportUUIDBehavior.IMPORT_UUID_COLLISION_THROW);
          } catch (IOException e) {
            throw new RepositoryException("cannot read the XML of " + target, e);
          }
          session.save();
          return null;
        });
  }

  private static TreeSet<String> listXml(ClassLoader loader, String folder) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    Enumeration<URL> roots = loader.getResources(folder);
    while (roots.hasMoreElements()) {
      URL root = roots.nextElement();
      if ("file".equals(root.getProtocol())) {
        try (Stream<Path> files = Files.list(Paths.get(root.toURI()))) {
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".xml"))
              .forEach(names::add);
        } catch (URISyntaxException e) {
          throw new IOException("bad classpath URL " + root, e);
        }
      } else if ("jar".equals(root.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
            String rest =
                entry.getName().startsWith(folder)
                    ? entry.getName().substring(folder.length())
                    : "";
            if (rest.endsWith(".xml") && !rest.contains("/")) {
              names.add(rest);
            }
          }
        }
      } else {
        throw new IOException("cannot list classpath folder at " + root);
      }
    }
    return names;
  }
}
