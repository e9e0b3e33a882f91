package org.civicportal.seo;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A sitemaps.org urlset: each page once per language, with {@code xhtml:link} alternates naming the
 * page in every language and x-default (Google's way of telling language versions apart in a
 * sitemap), and lastmod when known.
 */
public final class Sitemap {
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final DateTimeFormatter W3C_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.UTC);

  private Sitemap() {}

  /**
   * One page: its absolute URL per language ("vi", "en"; the first is x-default) and when it last
   * changed.
   */
  public record Page(Map<String, String> urlByLang, Date lastModified) {}

  public static void write(OutputStream out, List<Page> pages) throws XMLStreamException {
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("urlset");
    xml.writeDefaultNamespace(NS);
    xml.writeNamespace("xhtml", XHTML);
    for (Page page : pages) {
      for (String url : page.urlByLang().values()) {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(url);
        xml.writeEndElement();
        if (page.lastModified() != null) {
          xml.writeStartElement("lastmod");
          xml.writeCharacters(W3C_DATE.format(page.lastModified().toInstant()));
          xml.writeEndElement();
        }
        for (Map.Entry<String, String> alternate : page.urlByLang().entrySet()) {
          link(xml, alternate.getKey(), alternate.getValue());
        }
        link(xml, "x-default", page.urlByLang().values().iterator().next());
        xml.writeEndElement();
      }
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
  }

  private static void link(XMLStreamWriter xml, String lang, String url) throws XMLStreamException {
    xml.writeEmptyElement("xhtml", "link", XHTML);
    xml.writeAttribute("rel", "alternate");
    xml.writeAttribute("hreflang", lang);
    xml.writeAttribute("href", url);
  }
}
