package org.civicportal.content;

import java.util.Optional;
import java.util.regex.Pattern;
import org.civicportal.jcr.Workspaces;

/** The two kinds of editorial item, each in its own workspace with its own node type. */
public enum ContentKind {
  ARTICLE(Workspaces.ARTICLES, "civic:article", "articles"),
  REPORT(Workspaces.REPORTS, "civic:report", "reports");

  /**
   * What an item's name (its node name, the last segment of its URL) may be: a letter or digit,
   * then letters, digits, '-' and '_', 200 characters at most. Nothing else is looked up.
   */
  private static final Pattern ITEM_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,199}");

  private final String workspace;
  private final String nodeType;
  private final String pathSegment;

  ContentKind(String workspace, String nodeType, String pathSegment) {
    this.workspace = workspace;
    this.nodeType = nodeType;
    this.pathSegment = pathSegment;
  }

  public String getWorkspace() {
    return workspace;
  }

  public String getNodeType() {
    return nodeType;
  }

  /** The URL segment of the kind's pages: /articles/{name}, /reports/{name}. */
  public String getPathSegment() {
    return pathSegment;
  }

  /** The kind whose pages have this URL segment ("articles", "reports"), if any. */
  public static Optional<ContentKind> ofPathSegment(String segment) {
    for (ContentKind kind : values()) {
      if (kind.pathSegment.equals(segment)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code name} can be an item's name, and so the last segment of its URL. */
  public static boolean isItemName(String name) {
    return name != null && ITEM_NAME.matcher(name).matches();
  }

  /** Lower-case name for templates and CSS classes: "article" or "report". */
  public String getKey() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
