package org.civicportal.jcr;

/** Names of the JCR workspaces the module owns. Editorial ones are published; runtime ones never are. */
public final class Workspaces {
    public static final String ARTICLES = "articles";
    public static final String REPORTS = "reports";
    public static final String POLLS = "polls";
    /** Rating and poll tallies and one-vote markers, written by visitors on public instances. */
    public static final String FEEDBACK = "civic-feedback";
    /** Visit counters, written by visitors on public instances. */
    public static final String VISITS = "civic-visits";

    private Workspaces() {
    }
}
