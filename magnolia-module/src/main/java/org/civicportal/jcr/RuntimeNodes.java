package org.civicportal.jcr;

import java.util.List;

import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Nodes of the runtime workspaces, which several cluster nodes write at once. Below the top level they are of type
 * {@link #TYPE}, which refuses same-name siblings: two nodes adding the same child conflict, and the writer's retry
 * finds the child made (see {@link SaveRaces}). A workspace's root does allow same-name siblings, so top-level nodes
 * are made by {@link #ensureTopLevel} in a save of their own.
 */
public final class RuntimeNodes {
    public static final String TYPE = "civic:runtime";

    private RuntimeNodes() {
    }

    /** The child {@code name} of {@code parent}, added if missing. */
    public static Node child(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, TYPE);
    }

    /**
     * Makes the top-level nodes {@code names} of {@code workspace} that do not exist, in one save of their own. When
     * two cluster nodes make one at once, its path names the first one on both, and the second is an empty twin that
     * nothing reads: nothing was saved under it.
     */
    public static void ensureTopLevel(JcrSessions sessions, String workspace, List<String> names)
            throws RepositoryException {
        sessions.withSession(workspace, s -> {
            boolean added = false;
            for (String name : names) {
                if (!s.nodeExists("/" + name)) {
                    s.getRootNode().addNode(name, TYPE);
                    added = true;
                }
            }
            if (added) {
                try {
                    s.save();
                } catch (ItemExistsException | InvalidItemStateException e) {
                    // Made meanwhile by another writer: they exist, which is all that was asked.
                    s.refresh(false);
                }
            }
            return null;
        });
    }
}
