package org.civicportal.poll;

import java.util.Map;

/** A poll's stored counts: ballots cast and answers per option id (hidden options included). */
public final class PollTally {
  static final PollTally EMPTY = new PollTally(0, Map.of());

  private final long ballots;
  private final Map<String, Long> votes;

  public PollTally(long ballots, Map<String, Long> votes) {
    this.ballots = ballots;
    this.votes = Map.copyOf(votes);
  }

  public long getBallots() {
    return ballots;
  }

  public long votesFor(String optionId) {
    return votes.getOrDefault(optionId, 0L);
  }

  public Map<String, Long> getVotes() {
    return votes;
  }
}
