package org.civicportal.embedded;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * would keep that version's settings for good (H2 without a sync at save and without background
 * compaction, a search index without the folding analyzer or the runtime nodes' indexing rules).
 * Before the repository starts, this puts the template's persistence manager into every existing
 * workspace that has the one earlier versions wrote (Jackrabbit's own H2 persistence manager), and
 * adds to a workspace's search index each parameter of the template's that it lacks; a persistence
 * manager configured otherwise (say, {@code syncToDisk} set to false by hand) and a parameter set
 * by hand are left alone. The data stays as it is; an index that gains the analyzer is removed, so
 * that Jackrabbit rebuilds it at start with the words folded as queries will fold them.
 */
final class WorkspaceConfigs {
  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceConfigs.class);
  private static final String FILE = "workspace.xml";
  private static final String PERSISTENCE = "PersistenceManager";
  private static final String SEARCH_INDEX = "SearchIndex";
  private static final String PARAM = "param";
  private static final String NAME = "name";

  /** The search index parameter whose change makes the documents already indexed wrong. */
  private static final String ANALYZER = "analyzer";

  /** The persistence manager the template named before this one. */
  private static final String EARLIER_PERSISTENCE =
      "org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager";

  /** The variable workspace configurations start their paths with. */
  private static final String WORKSPACE_HOME = "${wsp.home}";

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

  /**
   * The workspace template with the persistence manager read from {@code persistence} (an XML
   * document whose root is a {@code PersistenceManager} element) in place of its own.
   */
  String withPersistence(InputStream persistence) throws IOException {
    try {
      Element own = (Element) template.cloneNode(true);
      Element replacement =
          (Element)
              own.getOwnerDocument()
                  .importNode(parser().parse(persistence).getDocumentElement(), true);
      own.replaceChild(replacement, firstChild(own, PERSISTENCE));
      return serialize(own);
    } catch (SAXException e) {
      throw new IOException("could not read a persistence manager configuration", e);
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
    boolean persistenceChanged = upgradePersistence(workspace, root);
    List<String> added = addSearchParameters(workspace, root);
    if (!persistenceChanged && added.isEmpty()) {
      return;
    }
    Path next = dir.resolve(FILE + ".new");
    Files.writeString(next, serialize(root));
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    if (persistenceChanged) {
      LOG.info("workspace {}: persistence manager brought up to date", dir.getFileName());
    }
    if (!added.isEmpty()) {
      LOG.info("workspace {}: search index parameters added: {}", dir.getFileName(), added);
    }
    if (added.contains(ANALYZER)) {
      Path index = indexDirectory(dir, firstChild(root, SEARCH_INDEX));
      if (index != null && Files.isDirectory(index)) {
        MoreFiles.deleteRecursively(index, RecursiveDeleteOption.ALLOW_INSECURE);
        LOG.info("workspace {}: search index removed, rebuilt at start", dir.getFileName());
      }
    }
  }

  private boolean upgradePersistence(Document workspace, Element root) {
    Element persistence = firstChild(root, PERSISTENCE);
    if (persistence == null || !EARLIER_PERSISTENCE.equals(persistence.getAttribute("class"))) {
      return false;
    }
    root.replaceChild(workspace.importNode(firstChild(template, PERSISTENCE), true), persistence);
    return true;
  }

  /** The names of the template's search index parameters added to the workspace's. */
  private List<String> addSearchParameters(Document workspace, Element root) {
    Element wanted = firstChild(template, SEARCH_INDEX);
    Element index = firstChild(root, SEARCH_INDEX);
    List<String> added = new ArrayList<>();
    if (wanted == null
        || index == null
        || !wanted.getAttribute("class").equals(index.getAttribute("class"))) {
      return added;
    }
    Set<String> present = new HashSet<>();
    for (Element param : children(index, PARAM)) {
      present.add(param.getAttribute(NAME));
    }
    for (Element param : children(wanted, PARAM)) {
      if (!present.contains(param.getAttribute(NAME))) {
        index.appendChild(workspace.importNode(param, true));
        added.add(param.getAttribute(NAME));
      }
    }
    return added;
  }

  /** Where the index of {@code searchIndex} lives, if its path is inside the workspace home. */
  private static Path indexDirectory(Path dir, Element searchIndex) {
    for (Element param : children(searchIndex, PARAM)) {
      String value = param.getAttribute("value");
      if ("path".equals(param.getAttribute(NAME)) && value.startsWith(WORKSPACE_HOME)) {
        return dir.resolve(value.substring(WORKSPACE_HOME.length()).replaceFirst("^/", ""));
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && name.equals(n.getNodeName())) {
        found.add((Element) n);
      }
    }
    return found;
  }

  private static Element firstChild(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
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
