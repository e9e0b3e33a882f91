package org.civicportal.web;

import java.security.SecureRandom;
import java.util.Base64;
import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.RuntimeNodes;
import org.civicportal.jcr.Workspaces;

/**
 * The secret that keys visitor cookies ({@link ApiSettings#builder}), kept in civic-feedback: every
 * instance of a cluster shares that workspace, so all of them key a visitor alike and a vote cast
 * on one is refused on the others.
 */
public final class VisitorSecret {
  public static final String NODE = "secrets";
  static final String PROPERTY = "visitorSecret";
  private static final int BYTES = 32;
  private static final Object FIRST_USE = new Object();

  private VisitorSecret() {}

  /**
   * The stored secret, made on first use, in a {@link RuntimeNodes#TYPE} node like all runtime
   * data; a {@code /secrets} an earlier version made as {@code nt:unstructured} is read as it is.
   * First uses in one JVM take turns: the workspace root allows same-name siblings, so two sessions
   * making {@code /secrets} at once both succeed, and which twin the path names can change with the
   * later save (Jackrabbit merges the root's child list), so callers could keep different secrets.
   * Instances of a cluster start one after the other in the standalone (its start lock); Magnolia's
   * public instances make it at their first API request.
   */
  public static byte[] get(JcrSessions sessions, SecureRandom random) throws RepositoryException {
    synchronized (FIRST_USE) {
      return getOrMake(sessions, random);
    }
  }

  private static byte[] getOrMake(JcrSessions sessions, SecureRandom random)
      throws RepositoryException {
    return sessions.withSession(
        Workspaces.FEEDBACK,
        session -> {
          String path = "/" + NODE + "/" + PROPERTY;
          if (session.propertyExists(path)) {
            return Base64.getDecoder().decode(session.getProperty(path).getString());
          }
          byte[] secret = new byte[BYTES];
          random.nextBytes(secret);
          try {
            Node root = session.getRootNode();
            Node node =
                root.hasNode(NODE) ? root.getNode(NODE) : root.addNode(NODE, RuntimeNodes.TYPE);
            node.setProperty(PROPERTY, Base64.getEncoder().encodeToString(secret));
            session.save();
          } catch (ItemExistsException | InvalidItemStateException e) {
            session.refresh(false);
          }
          return Base64.getDecoder().decode(session.getProperty(path).getString());
        });
  }
}
