package org.civicportal.jcr;

import java.util.List;

/**
 * Names of the JCR workspaces the module owns. Editorial ones are published; runtime ones never
 * are.
 */
public final class Workspaces {
  public static final String ARTICLES = "articles";
  public static final String REPORTS = "reports";
  public static final String POLLS = "polls";

  /** Rating and poll tallies and one-vote markers, written by visitors on public instances. */
  public static final String FEEDBACK = "civic-feedback";

  /** Visit counters, written by visitors on public instances. */
  public static final String VISITS = "civic-visits";

  /** Authored and published: each instance keeps its own copy. */
  public static final List<String> EDITORIAL = List.of(ARTICLES, REPORTS, POLLS);

  /** Written by visitors: shared by all instances of a cluster. */
  public static final List<String> RUNTIME = List.of(FEEDBACK, VISITS);

  private Workspaces() {}
}
