package org.civicportal.jcr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
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
 * Jackrabbit copies the repository configuration's workspace template into each workspace's {@code workspace.xml}
 * when it creates the workspace, and reads only that copy afterwards. So a data directory made by an earlier version
 * would keep its earlier persistence settings (H2 without a sync at save, without background compaction) for good.
 * Before the repository starts, this puts the template's persistence manager into every existing workspace that has
 * the one earlier versions wrote (Jackrabbit's own H2 persistence manager); the data stays as it is, and a workspace
 * configured otherwise (say, {@code syncToDisk} set to false by hand) is left alone.
 */
final class WorkspacePersistence {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspacePersistence.class);
    private static final String ELEMENT = "PersistenceManager";
    /** The persistence manager the template named before this one. */
    private static final String EARLIER = "org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager";

    private WorkspacePersistence() {
    }

    /** Brings the workspaces below {@code workspacesRoot} to the persistence manager of {@code config}'s template. */
    static void upgrade(InputStream config, Path workspacesRoot) throws IOException {
        if (!Files.isDirectory(workspacesRoot)) {
            return;
        }
        try {
            DocumentBuilder parser = parser();
            Element template = persistenceManager(parser.parse(config).getDocumentElement(), "Workspace");
            try (Stream<Path> dirs = Files.list(workspacesRoot)) {
                for (Path file : (Iterable<Path>) dirs.map(d -> d.resolve("workspace.xml"))::iterator) {
                    if (Files.isRegularFile(file)) {
                        upgrade(parser, template, file);
                    }
                }
            }
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IOException("could not bring the workspace configurations up to date", e);
        }
    }

    private static void upgrade(DocumentBuilder parser, Element template, Path file)
            throws IOException, SAXException, TransformerException {
        Document workspace = parser.parse(file.toFile());
        Element current = persistenceManager(workspace.getDocumentElement(), null);
        if (current == null || !EARLIER.equals(current.getAttribute("class"))) {
            return;
        }
        current.getParentNode().replaceChild(workspace.importNode(template, true), current);
        Path next = file.resolveSibling("workspace.xml.new");
        Transformer out = TransformerFactory.newInstance().newTransformer();
        out.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        out.transform(new DOMSource(workspace), new StreamResult(next.toFile()));
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("{}: persistence manager brought up to date", file.getParent().getFileName());
    }

    /** The PersistenceManager element of {@code root}, or of its child element {@code parent}; null if none. */
    private static Element persistenceManager(Element root, String parent) {
        Element holder = parent == null ? root : firstChild(root, parent);
        return holder == null ? null : firstChild(holder, ELEMENT);
    }

    private static Element firstChild(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && name.equals(n.getNodeName())) {
                return (Element) n;
            }
        }
        return null;
    }

    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // The configuration names Jackrabbit's DTD; nothing is to be fetched for it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setIgnoringComments(true);
        return factory.newDocumentBuilder();
    }
}
