package org.civicportal.content;

import org.civicportal.jcr.Workspaces;

/** The two kinds of editorial item, each in its own workspace with its own node type. */
public enum ContentKind {
    ARTICLE(Workspaces.ARTICLES, "civic:article", "articles"),
    REPORT(Workspaces.REPORTS, "civic:report", "reports");

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

    /** Lower-case name for templates and CSS classes: "article" or "report". */
    public String getKey() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
