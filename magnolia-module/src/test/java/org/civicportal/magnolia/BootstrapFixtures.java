package org.civicportal.magnolia;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the Magnolia checks need in the repository, as files that Magnolia itself imports on the
 * fresh install: {@code WEB-INF/bootstrap/common/} of the webapp copy. Magnolia's pseudo-module
 * {@code webapp} imports them after every module has installed (it is always sorted last), and sets
 * the properties of {@code .properties} files on existing nodes. Nothing here is copied from
 * Magnolia into the repository: the password hash is read at run time from the given webapp's own
 * superuser bootstrap file.
 *
 * <ul>
 *   <li>users {@value #STATS_USER} (role {@code civic-portal-stats} only) and {@value #PLAIN_USER}
 *       (a plain role of the fixture's only: read access to pages, no URI permission), both with
 *       the password {@value #PASSWORD}.
 * </ul>
 *
 * Magnolia names a user's roles by the JCR identifier of the role node, and the module's role gets
 * a random one at install. So the module's own role file, read from the jar under test, is imported
 * again with a known identifier added: the same node with the same permissions, findable by the
 * test users.
 */
final class BootstrapFixtures {
  static final String STATS_USER = "civicit-stats";
  static final String PLAIN_USER = "civicit-plain";

  /** Magnolia's default superuser password, whose hash the fixture users share. */
  static final String PASSWORD = "superuser";

  static final String STATS_ROLE = "civic-portal-stats";
  private static final String PLAIN_ROLE = "civicit-plain";
  private static final String SUPERUSER_FILE = "mgnl-bootstrap/core/users.system.superuser.xml";
  private static final String MODULE_ROLE_FILE =
      "mgnl-bootstrap/civic-portal/userroles.civic-portal-stats.xml";
  private static final String SV = "http://www.jcp.org/jcr/sv/1.0";

  /** Magnolia's read permission (info.magnolia.cms.security.Permission.READ). */
  private static final int READ = 8;

  private BootstrapFixtures() {}

  /** Writes the fixture files into {@code webapp}'s {@code WEB-INF/bootstrap/common}. */
  static void write(Path webapp, Path moduleJar) throws Exception {
    Path dir = Files.createDirectories(webapp.resolve("WEB-INF/bootstrap/common"));
    String hash = superuserPasswordHash(webapp.resolve("WEB-INF/lib"));
    String statsRole = UUID.randomUUID().toString();
    String plainRole = UUID.randomUUID().toString();
    writeModuleRole(moduleJar, statsRole, dir.resolve("userroles." + STATS_ROLE + ".xml"));
    Files.writeString(
        dir.resolve("userroles." + PLAIN_ROLE + ".xml"),
        node(
            PLAIN_ROLE,
            "mgnl:role",
            plainRole,
            node(
                "acl_website",
                "mgnl:contentNode",
                null,
                node(
                    "0",
                    "mgnl:contentNode",
                    null,
                    property("path", "String", "/*") + property("permissions", "Long", READ)))));
    Files.writeString(
        dir.resolve("users.admin." + STATS_USER + ".xml"), user(STATS_USER, hash, statsRole));
    Files.writeString(
        dir.resolve("users.admin." + PLAIN_USER + ".xml"), user(PLAIN_USER, hash, plainRole));
  }

  private static String user(String name, String passwordHash, String roleId) {
    return node(
        name,
        "mgnl:user",
        UUID.randomUUID().toString(),
        property("enabled", "String", "true")
            + property("title", "String", name)
            + property("language", "String", "en")
            + property("pswd", "String", passwordHash)
            + node("roles", "mgnl:contentNode", null, property("0", "String", roleId)));
  }

  /** A system-view node; {@code id} may be null (Magnolia then gives it one). */
  private static String node(String name, String type, String id, String content) {
    String head =
        "<sv:node sv:name=\""
            + name
            + "\" xmlns:sv=\""
            + SV
            + "\">"
            + property("jcr:primaryType", "Name", type)
            + (id == null ? "" : property("jcr:uuid", "String", id));
    return head + content + "</sv:node>";
  }

  private static String property(String name, String type, Object value) {
    return "<sv:property sv:name=\""
        + name
        + "\" sv:type=\""
        + type
        + "\"><sv:value>"
        + value
        + "</sv:value></sv:property>";
  }

  /** The bcrypt hash of "superuser" in the webapp's magnolia-core jar. */
  private static String superuserPasswordHash(Path lib) throws Exception {
    try (DirectoryStream<Path> cores = Files.newDirectoryStream(lib, "magnolia-core-*.jar")) {
      for (Path jar : cores) {
        Document superuser = parse(jar, SUPERUSER_FILE);
        if (superuser != null) {
          return propertyValue(superuser.getDocumentElement(), "pswd");
        }
      }
    }
    throw new IllegalStateException("no " + SUPERUSER_FILE + " in a magnolia-core jar of " + lib);
  }

  private static void writeModuleRole(Path moduleJar, String id, Path target) throws Exception {
    Document role = parse(moduleJar, MODULE_ROLE_FILE);
    if (role == null) {
      throw new IllegalStateException("no " + MODULE_ROLE_FILE + " in " + moduleJar);
    }
    Element root = role.getDocumentElement();
    Element uuid = role.createElementNS(SV, "sv:property");
    uuid.setAttributeNS(SV, "sv:name", "jcr:uuid");
    uuid.setAttributeNS(SV, "sv:type", "String");
    Element value = role.createElementNS(SV, "sv:value");
    value.setTextContent(id);
    uuid.appendChild(value);
    // Right after jcr:primaryType, where JCR's system view expects it.
    root.insertBefore(uuid, root.getElementsByTagNameNS(SV, "property").item(0).getNextSibling());
    var transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    transformer.transform(new DOMSource(role), new StreamResult(target.toFile()));
  }

  private static Document parse(Path jar, String entry) throws Exception {
    try (JarFile file = new JarFile(jar.toFile())) {
      ZipEntry e = file.getEntry(entry);
      if (e == null) {
        return null;
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      try (InputStream in = file.getInputStream(e)) {
        return factory.newDocumentBuilder().parse(in);
      }
    }
  }

  private static String propertyValue(Element node, String name) throws IOException {
    NodeList properties = node.getElementsByTagNameNS(SV, "property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element p = (Element) properties.item(i);
      if (p.getParentNode() == node && name.equals(p.getAttributeNS(SV, "name"))) {
        return p.getElementsByTagNameNS(SV, "value").item(0).getTextContent();
      }
    }
    throw new IOException("no property " + name + " on node " + node.getAttributeNS(SV, "name"));
  }
}
