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
 * The secret that keys visitor cookies ({@link ApiSettings#builder}), kept in civic-feedback: every instance of a
 * cluster shares that workspace, so all of them key a visitor alike and a vote cast on one is refused on the others.
 */
public final class VisitorSecret {
    static final String NODE = "secrets";
    static final String PROPERTY = "visitorSecret";
    private static final int BYTES = 32;

    private VisitorSecret() {
    }

    /**
     * The stored secret, made on first use, in a {@link RuntimeNodes#TYPE} node like all runtime data; a
     * {@code /secrets} an earlier version made as {@code nt:unstructured} is read as it is. The node and its secret
     * are saved together: when two instances make one at once, the workspace root (which allows same-name siblings)
     * takes both, and both read back the one at the path, so all agree; the twin is never read.
     */
    public static byte[] get(JcrSessions sessions, SecureRandom random) throws RepositoryException {
        return sessions.withSession(Workspaces.FEEDBACK, session -> {
            String path = "/" + NODE + "/" + PROPERTY;
            if (session.propertyExists(path)) {
                return Base64.getDecoder().decode(session.getProperty(path).getString());
            }
            byte[] secret = new byte[BYTES];
            random.nextBytes(secret);
            try {
                Node root = session.getRootNode();
                Node node = root.hasNode(NODE) ? root.getNode(NODE) : root.addNode(NODE, RuntimeNodes.TYPE);
                node.setProperty(PROPERTY, Base64.getEncoder().encodeToString(secret));
                session.save();
            } catch (ItemExistsException | InvalidItemStateException e) {
                session.refresh(false);
            }
            return Base64.getDecoder().decode(session.getProperty(path).getString());
        });
    }
}
