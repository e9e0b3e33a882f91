package org.civicportal.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The workspace configurations of an embedded repository. Jackrabbit copies the repository
 * configuration's workspace template into each workspace's {@code workspace.xml} when it creates
 * the workspace and reads only that copy afterwards, so a data directory made by an earlier version
 * would keep that version's persistence settings for good (H2 without a sync at save and without
 * background compaction). Before the repository starts, this puts the template's persistence
 * manager into every existing workspace that has the one earlier versions wrote (Jackrabbit's own
 * H2 persistence manager); a workspace configured otherwise (say, {@code syncToDisk} set to false
 * by hand) is left alone. The data stays as it is.
 */
final class WorkspaceConfigs {
  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceConfigs.class);
  private static final String FILE = "workspace.xml";
  private static final String PERSISTENCE = "PersistenceManager";

  /** The persistence manager the template named before this one. */
  private static final String EARLIER_PERSISTENCE =
      "org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager";

  private final Element template;

  private WorkspaceConfigs(Element template) {
    this.template = template;
  }

  /** The workspace template of the repository configuration {@code config}. */
  static WorkspaceConfigs of(InputStream config) throws IOException {
    try {
      return new WorkspaceConfigs(
          firstChild(parser().parse(config).getDocumentElement(), "Workspace"));
    } catch (SAXException e) {
      throw new IOException("could not read the repository configuration", e);
    }
  }

  /** Brings the workspaces below {@code workspacesRoot} up to date, as the class comment says. */
  void upgrade(Path workspacesRoot) throws IOException {
    if (!Files.isDirectory(workspacesRoot)) {
      return;
    }
    try (Stream<Path> dirs = Files.list(workspacesRoot)) {
      for (Path dir : (Iterable<Path>) dirs::iterator) {
        if (Files.isRegularFile(dir.resolve(FILE))) {
          upgradeWorkspace(dir);
        }
      }
    } catch (SAXException e) {
      throw new IOException("could not bring the workspace configurations up to date", e);
    }
  }

  private void upgradeWorkspace(Path dir) throws IOException, SAXException {
    Path file = dir.resolve(FILE);
    Document workspace = parser().parse(file.toFile());
    Element root = workspace.getDocumentElement();
    Element persistence = firstChild(root, PERSISTENCE);
    if (persistence == null || !EARLIER_PERSISTENCE.equals(persistence.getAttribute("class"))) {
      return;
    }
    root.replaceChild(workspace.importNode(firstChild(template, PERSISTENCE), true), persistence);
    Path next = dir.resolve(FILE + ".new");
    Files.writeString(next, serialize(root));
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    LOG.info("workspace {}: persistence manager brought up to date", dir.getFileName());
  }

  private static Element firstChild(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && name.equals(n.getNodeName())) {
        return (Element) n;
      }
    }
    return null;
  }

  private static String serialize(Element element) throws IOException {
    try {
      StringWriter out = new StringWriter();
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.transform(new DOMSource(element), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IOException("could not write a workspace configuration", e);
    }
  }

  private static DocumentBuilder parser() throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // The configuration names Jackrabbit's DTD; nothing is to be fetched for it.
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setIgnoringComments(true);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IOException(e);
    }
  }
}
