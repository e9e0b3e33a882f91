package org.civicportal.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
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
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The workspace configurations of an embedded repository. Jackrabbit copies the repository configuration's workspace
 * template into each workspace's {@code workspace.xml} when it creates the workspace and reads only that copy
 * afterwards, so this class settles, before the repository starts, what an existing workspace keeps:
 * <ul>
 *   <li>The persistence manager: a workspace with the one earlier versions wrote (Jackrabbit's own H2 persistence
 *   manager, no sync at save, no background compaction) gets the template's; one configured otherwise (say,
 *   {@code syncToDisk} set to false by hand) is left alone. The data stays as it is.</li>
 *   <li>The shared workspaces of the {@link WorkspaceLayout} (the runtime data visitors write) have no search index:
 *   nothing queries them (their stores read by path), and indexing every vote record cost more CPU and disk than
 *   storing it (docs/runtime-data.md). An index left by an earlier version is dropped with its files; new ones are
 *   made from {@link #unindexedTemplate}.</li>
 * </ul>
 */
final class WorkspaceConfigs {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceConfigs.class);
    private static final String FILE = "workspace.xml";
    private static final String PERSISTENCE = "PersistenceManager";
    private static final String SEARCH_INDEX = "SearchIndex";
    /** The persistence manager the template named before this one. */
    private static final String EARLIER_PERSISTENCE = "org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager";
    /** Where the template keeps a workspace's index, below the workspace's folder. */
    private static final String INDEX_DIR = "index";

    private final Element template;

    private WorkspaceConfigs(Element template) {
        this.template = template;
    }

    /** The workspace template of the repository configuration {@code config}. */
    static WorkspaceConfigs of(InputStream config) throws IOException {
        try {
            return new WorkspaceConfigs(firstChild(parser().parse(config).getDocumentElement(), "Workspace"));
        } catch (SAXException e) {
            throw new IOException("could not read the repository configuration", e);
        }
    }

    /** The template of a workspace without a search index: the configuration's, without its index. */
    InputSource unindexedTemplate() throws IOException {
        Element unindexed = (Element) template.cloneNode(true);
        remove(unindexed, SEARCH_INDEX);
        return new InputSource(new StringReader(serialize(unindexed)));
    }

    /**
     * Brings the workspaces below {@code workspacesRoot} up to date, as the class comment says; {@code unindexed} are
     * those that have no search index.
     */
    void upgrade(Path workspacesRoot, List<String> unindexed) throws IOException {
        if (!Files.isDirectory(workspacesRoot)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(workspacesRoot)) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                if (Files.isRegularFile(dir.resolve(FILE))) {
                    upgradeWorkspace(dir, unindexed);
                }
            }
        } catch (SAXException e) {
            throw new IOException("could not bring the workspace configurations up to date", e);
        }
    }

    private void upgradeWorkspace(Path dir, List<String> unindexed) throws IOException, SAXException {
        Path file = dir.resolve(FILE);
        Document workspace = parser().parse(file.toFile());
        Element root = workspace.getDocumentElement();
        boolean changed = false;
        Element persistence = firstChild(root, PERSISTENCE);
        if (persistence != null && EARLIER_PERSISTENCE.equals(persistence.getAttribute("class"))) {
            root.replaceChild(workspace.importNode(firstChild(template, PERSISTENCE), true), persistence);
            changed = true;
        }
        boolean dropIndex = unindexed.contains(root.getAttribute("name")) && remove(root, SEARCH_INDEX);
        if (!changed && !dropIndex) {
            return;
        }
        Path next = dir.resolve(FILE + ".new");
        Files.writeString(next, serialize(root));
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (dropIndex) {
            deleteTree(dir.resolve(INDEX_DIR));
        }
        LOG.info("workspace {}: configuration brought up to date{}{}", dir.getFileName(),
                changed ? ", persistence manager of this version" : "", dropIndex ? ", search index dropped" : "");
    }

    /** Removes {@code parent}'s child elements named {@code name}; true if there were any. */
    private static boolean remove(Element parent, String name) {
        boolean removed = false;
        for (Element child = firstChild(parent, name); child != null; child = firstChild(parent, name)) {
            parent.removeChild(child);
            removed = true;
        }
        return removed;
    }

    private static Element firstChild(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && name.equals(n.getNodeName())) {
                return (Element) n;
            }
        }
        return null;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
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
