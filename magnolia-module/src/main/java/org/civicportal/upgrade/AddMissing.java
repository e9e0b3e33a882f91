package org.civicportal.upgrade;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Merges a bootstrap file (a JCR system view) into a node that exists already, the way an update
 * must treat configuration an admin may have edited: every property and child node the file has and
 * the node lacks is added, with the file's type and value; whatever the node has is left as it is,
 * whether the admin changed it or not. Identifiers ({@code jcr:uuid}) and the other {@code jcr:}
 * properties are the repository's to make.
 */
public final class AddMissing {
  private static final String SV = "http://www.jcp.org/jcr/sv/1.0";
  private static final String PRIMARY_TYPE = "jcr:primaryType";
  private static final String MIXIN_TYPES = "jcr:mixinTypes";

  private final Element root;

  private AddMissing(Element root) {
    this.root = root;
  }

  /** Reads a system view document; refuses anything else. */
  public static AddMissing read(InputStream systemView) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root = factory.newDocumentBuilder().parse(systemView).getDocumentElement();
      if (!SV.equals(root.getNamespaceURI()) || !"node".equals(root.getLocalName())) {
        throw new IOException("not a JCR system view: the root element is " + root.getTagName());
      }
      return new AddMissing(root);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not a JCR system view: " + e.getMessage(), e);
    }
  }

  /** The name of the node the file holds. */
  public String nodeName() {
    return name(root);
  }

  /**
   * Adds to {@code target} (the node the file holds) what it lacks; returns the paths added. Does
   * not save.
   */
  public List<String> into(Node target) throws RepositoryException {
    List<String> added = new ArrayList<>();
    merge(root, target, added);
    return added;
  }

  private static void merge(Element element, Node node, List<String> added)
      throws RepositoryException {
    for (Element child : children(element, "property")) {
      String name = name(child);
      if (!name.startsWith("jcr:") && !node.hasProperty(name)) {
        setProperty(node, child);
        added.add(node.getPath() + "/" + name);
      }
    }
    for (Element child : children(element, "node")) {
      String name = name(child);
      if (node.hasNode(name)) {
        merge(child, node.getNode(name), added);
      } else {
        Node made = node.addNode(name, values(child, PRIMARY_TYPE).get(0));
        for (String mixin : values(child, MIXIN_TYPES)) {
          made.addMixin(mixin);
        }
        added.add(made.getPath());
        merge(child, made, new ArrayList<>());
      }
    }
  }

  private static void setProperty(Node node, Element property) throws RepositoryException {
    int type = PropertyType.valueFromName(property.getAttributeNS(SV, "type"));
    ValueFactory factory = node.getSession().getValueFactory();
    List<Value> values = new ArrayList<>();
    for (Element v : children(property, "value")) {
      String text = v.getTextContent();
      values.add(
          type == PropertyType.BINARY
              ? factory.createValue(
                  factory.createBinary(
                      new ByteArrayInputStream(Base64.getMimeDecoder().decode(text))))
              : factory.createValue(text, type));
    }
    if ("true".equals(property.getAttributeNS(SV, "multiple")) || values.size() != 1) {
      node.setProperty(name(property), values.toArray(new Value[0]), type);
    } else {
      node.setProperty(name(property), values.get(0));
    }
  }

  private static List<String> values(Element node, String property) {
    List<String> values = new ArrayList<>();
    for (Element p : children(node, "property")) {
      if (name(p).equals(property)) {
        for (Element v : children(p, "value")) {
          values.add(v.getTextContent());
        }
      }
    }
    return values;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> children = new ArrayList<>();
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && SV.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        children.add(e);
      }
    }
    return children;
  }

  private static String name(Element element) {
    return element.getAttributeNS(SV, "name");
  }
}
