package org.civicportal.upgrade;

import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.RuntimeNodes;
import org.civicportal.jcr.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runtime nodes that versions before {@link RuntimeNodes#TYPE} made as {@code nt:unstructured} get
 * that type, so that they refuse same-name siblings like the rest. Found by a query (the index
 * knows each node's type, so a migrated site costs one empty query per workspace); the type is set
 * in place, keeping every property and child. A node that already holds same-name siblings cannot
 * take the type: it stays {@code nt:unstructured}, which every reader accepts, with a warning
 * naming it.
 */
final class RuntimeNodeTypes implements RuntimeMigration {
  private static final Logger LOG = LoggerFactory.getLogger(RuntimeNodeTypes.class);
  private static final String OLD_TYPE = "nt:unstructured";
  private static final int SAVE_EVERY = 500;

  @Override
  public String name() {
    return "runtime node types (" + OLD_TYPE + " to " + RuntimeNodes.TYPE + ")";
  }

  @Override
  public long migrate(JcrSessions sessions) throws RepositoryException {
    long changed = 0;
    for (String workspace : Workspaces.RUNTIME) {
      changed += sessions.withSession(workspace, RuntimeNodeTypes::migrate);
    }
    return changed;
  }

  private static long migrate(Session session) throws RepositoryException {
    Query query =
        session
            .getWorkspace()
            .getQueryManager()
            .createQuery("SELECT * FROM [" + OLD_TYPE + "]", Query.JCR_SQL2);
    List<String> paths = new ArrayList<>();
    for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
      paths.add(it.nextNode().getPath());
    }
    long changed = 0;
    for (String path : paths) {
      Node node = session.getNode(path);
      if (!node.getPrimaryNodeType().getName().equals(OLD_TYPE)) {
        continue;
      }
      if (hasSameNameSiblings(node)) {
        LOG.warn(
            "{}:{} keeps {}: it holds same-name siblings, which {} refuses",
            session.getWorkspace().getName(),
            path,
            OLD_TYPE,
            RuntimeNodes.TYPE);
        continue;
      }
      node.setPrimaryType(RuntimeNodes.TYPE);
      if (node.getDepth() == 1) {
        LOG.info(
            "{}:{} was {}, now {}",
            session.getWorkspace().getName(),
            path,
            OLD_TYPE,
            RuntimeNodes.TYPE);
      }
      if (++changed % SAVE_EVERY == 0) {
        session.save();
      }
    }
    session.save();
    return changed;
  }

  private static boolean hasSameNameSiblings(Node node) throws RepositoryException {
    for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
      if (it.nextNode().getIndex() > 1) {
        return true;
      }
    }
    return false;
  }
}
