package org.civicportal.jcr;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * A node of a JCR system view file (a bootstrap file) as plain values, for tests that check or
 * render what a file would put into a workspace: its name, its properties (Long, Double and Boolean
 * values typed, the others as strings, several values as a list) and its child nodes in order.
 */
public record SystemViewTree(
    String name, Map<String, Object> properties, List<SystemViewTree> children) {
  private static final String SV = "http://www.jcp.org/jcr/sv/1.0";

  public static SystemViewTree parse(InputStream in) throws IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try {
      return of(factory.newDocumentBuilder().parse(in).getDocumentElement());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not a system view", e);
    }
  }

  /** The file at a classpath resource path ("/mgnl-bootstrap/...xml"). */
  public static SystemViewTree resource(String path) throws IOException {
    try (InputStream in = SystemViewTree.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("no resource " + path);
      }
      return parse(in);
    }
  }

  private static SystemViewTree of(Element node) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<SystemViewTree> children = new ArrayList<>();
    for (org.w3c.dom.Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && SV.equals(e.getNamespaceURI())) {
        if ("node".equals(e.getLocalName())) {
          children.add(of(e));
        } else if ("property".equals(e.getLocalName())) {
          properties.put(e.getAttributeNS(SV, "name"), value(e));
        }
      }
    }
    return new SystemViewTree(node.getAttributeNS(SV, "name"), properties, children);
  }

  private static Object value(Element property) {
    String type = property.getAttributeNS(SV, "type");
    List<Object> values = new ArrayList<>();
    for (org.w3c.dom.Node n = property.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "value".equals(e.getLocalName())) {
        String text = e.getTextContent();
        values.add(
            switch (type) {
              case "Long" -> Long.valueOf(text.trim());
              case "Double" -> Double.valueOf(text.trim());
              case "Boolean" -> Boolean.valueOf(text.trim());
              default -> text;
            });
      }
    }
    boolean multiple = "true".equals(property.getAttributeNS(SV, "multiple"));
    return multiple || values.size() != 1 ? values : values.get(0);
  }

  /** The property's value as text, or empty. */
  public Optional<String> text(String property) {
    Object value = properties.get(property);
    return value == null ? Optional.empty() : Optional.of(value.toString());
  }

  public Optional<SystemViewTree> child(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst();
  }

  /** The child nodes of a primary type ("mgnl:page", "mgnl:area", ...). */
  public List<SystemViewTree> children(String primaryType) {
    return children.stream()
        .filter(c -> c.text("jcr:primaryType").orElse("").equals(primaryType))
        .toList();
  }
}
