package org.civicportal.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.commons.cnd.ParseException;

/**
 * Registers CND node type files found on the classpath with a repository (outside Magnolia, which
 * does its own).
 */
public final class NodeTypes {
  /** Magnolia-compatible definitions of the mgnl:* types civic content uses. */
  public static final String MAGNOLIA_BASE_CND =
      "/org/civicportal/embedded/magnolia-base-nodetypes.cnd";

  /**
   * The module's own types, read from the civic-portal module jar on the classpath: the very file
   * Magnolia registers through the module descriptor.
   */
  public static final String CIVIC_CND = "/mgnl-nodetypes/civic-portal-nodetypes.cnd";

  private NodeTypes() {}

  /**
   * Registers the base types, then civic's; existing definitions are updated so a changed CND takes
   * effect.
   */
  public static void registerAll(Session session) throws RepositoryException {
    register(session, MAGNOLIA_BASE_CND);
    register(session, CIVIC_CND);
  }

  /**
   * A digest of both CND files: re-registering unchanged definitions costs seconds at every start.
   */
  public static String fingerprint() throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String resource : new String[] {MAGNOLIA_BASE_CND, CIVIC_CND}) {
        try (InputStream in = NodeTypes.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IOException("node type file missing from the classpath: " + resource);
          }
          digest.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static void register(Session session, String resource) throws RepositoryException {
    try (InputStream in = NodeTypes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new RepositoryException("node type file missing from the classpath: " + resource);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      CndImporter.registerNodeTypes(
          reader,
          resource,
          session.getWorkspace().getNodeTypeManager(),
          session.getWorkspace().getNamespaceRegistry(),
          session.getValueFactory(),
          true);
    } catch (ParseException e) {
      throw new RepositoryException("cannot parse " + resource, e);
    } catch (IOException e) {
      throw new RepositoryException("cannot read " + resource, e);
    }
  }
}
