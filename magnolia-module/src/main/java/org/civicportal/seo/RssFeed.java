package org.civicportal.seo;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.civicportal.content.ItemSummary;
import org.civicportal.templating.SiteContext;

/**
 * An RSS 2.0 document (https://www.rssboard.org/rss-specification) of items: channel title, link
 * and description, language, an atom:link to itself (as the RSS Advisory Board's validator asks),
 * and per item its title, absolute link, description (the lead), RFC 822 publish date, permalink
 * guid and category. The XML writer escapes all text.
 */
public final class RssFeed {
  /** RFC 822 dates as RSS wants them, in GMT, with English names whatever the page's language. */
  static final DateTimeFormatter RFC_822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private RssFeed() {}

  /**
   * @param site the site in the feed's language (links, language)
   * @param title the channel's title
   * @param description the channel's description
   * @param selfUrl the feed's own absolute URL
   * @param items newest first
   */
  public static void write(
      OutputStream out,
      SiteContext site,
      String title,
      String description,
      String selfUrl,
      List<? extends ItemSummary> items)
      throws XMLStreamException {
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("rss");
    xml.writeAttribute("version", "2.0");
    xml.writeNamespace("atom", ATOM);
    xml.writeStartElement("channel");
    element(xml, "title", title);
    element(xml, "link", site.absolute(site.getHomeHref()));
    element(xml, "description", description);
    element(xml, "language", site.getLang());
    Date newest = items.isEmpty() ? null : items.get(0).getPublishDate();
    if (newest != null) {
      element(xml, "lastBuildDate", RFC_822.format(newest.toInstant()));
    }
    xml.writeEmptyElement("atom", "link", ATOM);
    xml.writeAttribute("href", selfUrl);
    xml.writeAttribute("rel", "self");
    xml.writeAttribute("type", "application/rss+xml");
    for (ItemSummary item : items) {
      String url = site.absoluteUrl(item);
      xml.writeStartElement("item");
      element(xml, "title", item.getTitle());
      element(xml, "link", url);
      if (!item.getLead().isBlank()) {
        element(xml, "description", item.getLead());
      }
      if (!item.getCategory().isBlank()) {
        element(xml, "category", item.getCategory());
      }
      if (item.getPublishDate() != null) {
        element(xml, "pubDate", RFC_822.format(item.getPublishDate().toInstant()));
      }
      xml.writeStartElement("guid");
      xml.writeAttribute("isPermaLink", "true");
      xml.writeCharacters(url);
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(XmlText.of(text));
    xml.writeEndElement();
  }
}
