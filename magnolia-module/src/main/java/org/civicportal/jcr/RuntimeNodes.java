package org.civicportal.jcr;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Nodes of the runtime workspaces, which several cluster nodes write at once. Below the top level
 * they are of type {@link #TYPE}, which refuses same-name siblings: two nodes adding the same child
 * conflict, and the writer's retry finds the child made. A workspace's root does allow same-name
 * siblings, so top-level nodes are made by the {@link BatchedWriter}, in a save of their own,
 * before the first write that names them.
 */
public final class RuntimeNodes {
  public static final String TYPE = "civic:runtime";

  private RuntimeNodes() {}

  /** The child {@code name} of {@code parent}, added if missing. */
  public static Node child(Node parent, String name) throws RepositoryException {
    return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, TYPE);
  }
}
