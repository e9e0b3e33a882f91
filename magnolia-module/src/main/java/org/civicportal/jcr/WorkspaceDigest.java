package org.civicportal.jcr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * The whole content of some workspaces as one canonical text (every node and property, sorted,
 * values escaped, binaries as their SHA-256) and its SHA-256: equal digests mean nothing was added,
 * removed or rewritten with another value. {@code jcr:uuid} and the {@code mix:created}/{@code
 * mix:lastModified} dates are included: they only change when a node is recreated or written, which
 * is what a digest is for. The version storage under {@code /jcr:system}, shared by every
 * workspace, is left out. {@link #ofImportable} leaves out what only the repository can write
 * (protected properties such as {@code jcr:created}, but not the types and identifiers an import
 * keeps): the digest of data that survives an export and an import unchanged, for backups and
 * migrations.
 */
public record WorkspaceDigest(String sha256, String dump) {
  private static final String SYSTEM = "/jcr:system";
  private static final List<String> IMPORTED_PROTECTED =
      List.of("jcr:primaryType", "jcr:mixinTypes", "jcr:uuid");

  /** The digest of {@code workspaces}, in the order given. */
  public static WorkspaceDigest of(JcrSessions sessions, String... workspaces)
      throws RepositoryException {
    return of(sessions, false, workspaces);
  }

  /** The digest of what an export and import of {@code workspaces} keeps. */
  public static WorkspaceDigest ofImportable(JcrSessions sessions, String... workspaces)
      throws RepositoryException {
    return of(sessions, true, workspaces);
  }

  private static WorkspaceDigest of(JcrSessions sessions, boolean importable, String... workspaces)
      throws RepositoryException {
    StringBuilder dump = new StringBuilder();
    for (String workspace : workspaces) {
      dump.append("workspace ").append(workspace).append('\n');
      String content =
          sessions.withSession(
              workspace,
              s -> {
                StringBuilder out = new StringBuilder();
                append(s.getRootNode(), importable, out);
                return out.toString();
              });
      dump.append(content);
    }
    return new WorkspaceDigest(
        sha256(dump.toString().getBytes(StandardCharsets.UTF_8)), dump.toString());
  }

  private static void append(Node node, boolean importable, StringBuilder out)
      throws RepositoryException {
    out.append(escape(node.getPath())).append('\n');
    TreeMap<String, String> properties = new TreeMap<>();
    for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
      Property p = it.nextProperty();
      if (importable
          && p.getDefinition().isProtected()
          && !IMPORTED_PROTECTED.contains(p.getName())) {
        continue;
      }
      properties.put(p.getName(), PropertyType.nameFromValue(p.getType()) + " " + values(p));
    }
    properties.forEach(
        (name, value) ->
            out.append("  ").append(escape(name)).append(' ').append(value).append('\n'));
    TreeMap<String, Node> children = new TreeMap<>();
    for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
      Node child = it.nextNode();
      if (!child.getPath().equals(SYSTEM)) {
        children.put(child.getPath(), child);
      }
    }
    for (Node child : children.values()) {
      append(child, importable, out);
    }
  }

  private static String values(Property p) throws RepositoryException {
    if (!p.isMultiple()) {
      return value(p.getValue());
    }
    List<String> values = new ArrayList<>();
    for (Value v : p.getValues()) {
      values.add(value(v));
    }
    return values.toString();
  }

  private static String value(Value v) throws RepositoryException {
    if (v.getType() != PropertyType.BINARY) {
      return escape(v.getString());
    }
    Binary binary = v.getBinary();
    try (InputStream in = binary.getStream()) {
      return "sha256:" + sha256(in.readAllBytes());
    } catch (IOException e) {
      throw new RepositoryException("cannot read a binary value", e);
    } finally {
      binary.dispose();
    }
  }

  /**
   * Control characters, separators and every surrogate as \\uXXXX, so that the dump is unambiguous.
   */
  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      boolean plain =
          c >= 0x20
              && c != 0x7f
              && c != '\\'
              && c != ','
              && c != '['
              && c != ']'
              && !Character.isSurrogate(c);
      out.append(plain ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
