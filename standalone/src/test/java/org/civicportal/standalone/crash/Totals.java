package org.civicportal.standalone.crash;

import java.io.IOException;

/**
 * What a crash test counts on a node: the demo article's ratings, the demo poll's votes, all
 * visits.
 */
record Totals(long ratings, long pollVotes, long visits) {

  /**
   * Reads the node's numbers; {@code pollVoter} is the cookie of a visitor who voted in the poll on
   * that node.
   */
  static Totals read(FreshVisitors visitors, String base, String pollVoter)
      throws IOException, InterruptedException {
    return new Totals(
        visitors.ratingCount(base),
        visitors.pollTotal(base, pollVoter),
        visitors.visitsTotal(base));
  }

  Totals minus(Totals before) {
    return new Totals(
        ratings - before.ratings, pollVotes - before.pollVotes, visits - before.visits);
  }
}
