package org.civicportal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.jcr.ImportUUIDBehavior;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.civicportal.jcr.JcrSessions;

/**
 * A workspace as one system view file per top-level node, named like a Magnolia bootstrap file
 * ({@code <workspace>.<node>.xml}), so that Magnolia's own import reads the same files. Identifiers
 * are kept.
 */
final class TopLevelNodes {
  private static final String SYSTEM = "jcr:system";

  /** A file name this class writes: only names of top-level nodes it could have exported. */
  static final Pattern FILE = Pattern.compile("([a-z][a-z0-9-]*)\\.([A-Za-z0-9_-]+)\\.xml");

  private TopLevelNodes() {}

  /**
   * Writes every top-level node of {@code workspace} into {@code dir}; returns the files written.
   */
  static List<Path> export(JcrSessions sessions, String workspace, Path dir)
      throws RepositoryException {
    return sessions.withSession(
        workspace,
        session -> {
          List<Path> files = new ArrayList<>();
          for (Node node : nodes(session)) {
            Path file = dir.resolve(workspace + "." + node.getName() + ".xml");
            if (!FILE.matcher(file.getFileName().toString()).matches()) {
              throw new RepositoryException(
                  "cannot export "
                      + workspace
                      + ":"
                      + node.getPath()
                      + ": its name does not fit a file name");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
              session.exportSystemView(node.getPath(), out, false, false);
            } catch (IOException e) {
              throw new RepositoryException("cannot write " + file, e);
            }
            files.add(file);
          }
          return files;
        });
  }

  /** The top-level nodes, without the repository's own /jcr:system. */
  static List<Node> nodes(Session session) throws RepositoryException {
    List<Node> nodes = new ArrayList<>();
    for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext(); ) {
      Node node = it.nextNode();
      if (!node.getName().equals(SYSTEM)) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  /**
   * Imports {@code files} (written by {@link #export}) under the root of the session's workspace;
   * does not save.
   */
  static void importInto(Session session, List<Path> files) throws RepositoryException {
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        session.importXML("/", in, ImportUUIDBehavior.IMPORT_UUID_COLLISION_THROW);
      } catch (IOException e) {
        throw new RepositoryException(
            "cannot read " + file.getFileName() + ": " + e.getMessage(), e);
      }
    }
  }
}
