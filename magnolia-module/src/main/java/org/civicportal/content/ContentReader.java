package org.civicportal.content;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import org.civicportal.jcr.Workspaces;

/**
 * Reads civic:article and civic:report nodes into the beans templates use. Plain strings stay plain
 * (templates escape them), rich text is sanitised, links that are not http(s) or site paths are
 * dropped.
 */
public final class ContentReader {
  public static final String TITLE = "title";
  public static final String LEAD = "lead";
  public static final String BODY = "body";
  public static final String PUBLISH_DATE = "publishDate";
  public static final String AUTHOR = "author";
  public static final String SOURCE_NAME = "sourceName";
  public static final String SOURCE_URL = "sourceUrl";
  public static final String CATEGORY = "category";
  public static final String TAGS = "tags";
  public static final String IMAGE = "image";
  public static final String IMAGE_ALT = "imageAlt";
  public static final String RELATED = "related";
  public static final String RATEABLE = "rateable";
  public static final String ATTACHMENTS = "attachments";
  public static final String PERIOD_TYPE = "periodType";
  public static final String PERIOD_NUMBER = "periodNumber";
  public static final String PERIOD_YEAR = "periodYear";
  public static final String ORGANISATION_UNIT = "organisationUnit";
  public static final String NEXT_PERIOD_PLAN = "nextPeriodPlan";
  public static final String SECTIONS = "sections";
  public static final String KEY_FIGURES = "keyFigures";
  private static final String CREATED = "mgnl:created";

  private final AssetLinks assetLinks;

  public ContentReader(AssetLinks assetLinks) {
    this.assetLinks = assetLinks;
  }

  /**
   * The kind of an item node, by node type, else by the workspace it lives in; null if it is no
   * item.
   */
  public static ContentKind kindOf(Node node) throws RepositoryException {
    for (ContentKind kind : ContentKind.values()) {
      if (node.isNodeType(kind.getNodeType())) {
        return kind;
      }
    }
    String workspace = node.getSession().getWorkspace().getName();
    if (node.isNodeType("mgnl:folder") || node.getDepth() == 0) {
      return null;
    }
    return workspace.equals(Workspaces.ARTICLES)
        ? ContentKind.ARTICLE
        : workspace.equals(Workspaces.REPORTS) ? ContentKind.REPORT : null;
  }

  public ItemSummary summary(Node node) throws RepositoryException {
    ContentKind kind = requireKind(node);
    return new ItemSummary(
        node.getIdentifier(),
        kind,
        node.getName(),
        string(node, TITLE),
        string(node, LEAD),
        publishDate(node),
        string(node, CATEGORY),
        image(node));
  }

  /** The full item: an {@link Article}, or a {@link Report} for report nodes. */
  public Item read(Node node) throws RepositoryException {
    ContentKind kind = requireKind(node);
    Item.Builder b =
        Item.builder(node.getIdentifier(), kind, node.getName())
            .title(string(node, TITLE))
            .lead(string(node, LEAD))
            .publishDate(publishDate(node))
            .category(string(node, CATEGORY))
            .image(image(node))
            .bodyHtml(RichText.sanitize(string(node, BODY)))
            .author(string(node, AUTHOR))
            .sourceName(string(node, SOURCE_NAME))
            .sourceUrl(Links.httpUrl(string(node, SOURCE_URL)))
            .tags(strings(node, TAGS))
            .attachments(attachments(node))
            .relatedIds(strings(node, RELATED))
            .rateable(!node.hasProperty(RATEABLE) || node.getProperty(RATEABLE).getBoolean());
    if (kind == ContentKind.REPORT) {
      b.period(period(node))
          .organisationUnit(string(node, ORGANISATION_UNIT))
          .nextPeriodPlanHtml(RichText.sanitize(string(node, NEXT_PERIOD_PLAN)))
          .sections(sections(node))
          .keyFigures(keyFigures(node));
    }
    return b.build();
  }

  private static ContentKind requireKind(Node node) throws RepositoryException {
    ContentKind kind = kindOf(node);
    if (kind == null) {
      throw new RepositoryException(node.getPath() + " is neither an article nor a report");
    }
    return kind;
  }

  private ImageRef image(Node node) throws RepositoryException {
    return assetLinks.image(string(node, IMAGE), string(node, IMAGE_ALT));
  }

  private List<Attachment> attachments(Node node) throws RepositoryException {
    List<Attachment> result = new ArrayList<>();
    for (Node child : children(node, ATTACHMENTS)) {
      String url = assetLinks.link(string(child, "file"));
      if (url != null) {
        String title = string(child, TITLE);
        result.add(
            new Attachment(title.isBlank() ? url.substring(url.lastIndexOf('/') + 1) : title, url));
      }
    }
    return result;
  }

  private static List<ReportSection> sections(Node node) throws RepositoryException {
    List<ReportSection> result = new ArrayList<>();
    for (Node child : children(node, SECTIONS)) {
      result.add(new ReportSection(string(child, "field"), RichText.sanitize(string(child, BODY))));
    }
    return result;
  }

  private static List<KeyFigure> keyFigures(Node node) throws RepositoryException {
    List<KeyFigure> result = new ArrayList<>();
    for (Node child : children(node, KEY_FIGURES)) {
      String label = string(child, "label");
      if (!label.isBlank()) {
        result.add(new KeyFigure(label, string(child, "value"), string(child, "unit")));
      }
    }
    return result;
  }

  /**
   * Null when absent or inconsistent (e.g. quarter 5): a report without a period is still shown.
   */
  private static ReportingPeriod period(Node node) throws RepositoryException {
    String type = string(node, PERIOD_TYPE).trim().toUpperCase(Locale.ROOT);
    if (type.isEmpty() || !node.hasProperty(PERIOD_YEAR)) {
      return null;
    }
    try {
      int number =
          node.hasProperty(PERIOD_NUMBER) ? (int) node.getProperty(PERIOD_NUMBER).getLong() : 0;
      return new ReportingPeriod(
          ReportingPeriod.Type.valueOf(type),
          number,
          (int) node.getProperty(PERIOD_YEAR).getLong());
    } catch (IllegalArgumentException | javax.jcr.ValueFormatException e) {
      return null;
    }
  }

  /** The publish date, else the creation date (items imported without one still sort sensibly). */
  private static Date publishDate(Node node) throws RepositoryException {
    for (String name : new String[] {PUBLISH_DATE, CREATED}) {
      if (node.hasProperty(name)) {
        try {
          Calendar date = node.getProperty(name).getDate();
          return date.getTime();
        } catch (javax.jcr.ValueFormatException e) {
          // Not a date: try the next candidate.
        }
      }
    }
    return null;
  }

  private static List<Node> children(Node node, String container) throws RepositoryException {
    List<Node> result = new ArrayList<>();
    if (node.hasNode(container)) {
      for (NodeIterator it = node.getNode(container).getNodes(); it.hasNext(); ) {
        result.add(it.nextNode());
      }
    }
    return result;
  }

  static String string(Node node, String name) throws RepositoryException {
    if (!node.hasProperty(name)) {
      return "";
    }
    Property property = node.getProperty(name);
    return property.isMultiple() ? "" : property.getString();
  }

  static List<String> strings(Node node, String name) throws RepositoryException {
    if (!node.hasProperty(name)) {
      return List.of();
    }
    Property property = node.getProperty(name);
    if (!property.isMultiple()) {
      String value = property.getString().trim();
      return value.isEmpty() ? List.of() : List.of(value);
    }
    List<String> result = new ArrayList<>();
    for (Value value : property.getValues()) {
      String s = value.getString().trim();
      if (!s.isEmpty() && !result.contains(s)) {
        result.add(s);
      }
    }
    return result;
  }
}
