package org.civicportal.standalone.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.ToLongFunction;
import org.civicportal.standalone.crash.Ledger.Kind;

/**
 * What a kill -9 may cost (issue #6): nothing that was acknowledged of the votes (only a vote in
 * flight at the kill may or may not be stored), and of the visits at most what the killed node
 * counted in its last flush interval.
 */
final class CrashBounds {
  /**
   * The visit counter's default flush interval (VisitSettings); the standalone has no flag for it.
   */
  static final Duration FLUSH_INTERVAL = Duration.ofSeconds(2);

  private CrashBounds() {}

  /**
   * Checks what the nodes gained during the load against what they acknowledged.
   *
   * @param ledgers what the load sent to each node and what each answered
   * @param killed the ledger of the node that was killed
   * @param killedAt when it was killed ({@link System#nanoTime})
   */
  static void assertKept(Totals gained, List<Ledger> ledgers, Ledger killed, long killedAt) {
    assertThat(gained.ratings())
        .as("ratings stored")
        .isBetween(sum(ledgers, l -> l.acked(Kind.RATING)), sum(ledgers, l -> l.sent(Kind.RATING)));
    assertThat(gained.pollVotes())
        .as("poll votes stored")
        .isBetween(
            sum(ledgers, l -> l.acked(Kind.POLL_VOTE)), sum(ledgers, l -> l.sent(Kind.POLL_VOTE)));
    long mayLose = killed.beaconsAckedSince(killedAt - lossWindow().toNanos());
    assertThat(gained.visits())
        .as("visits stored; %d acknowledged beacons may be lost", mayLose)
        .isBetween(
            sum(ledgers, l -> l.acked(Kind.BEACON)) - mayLose,
            sum(ledgers, l -> l.sent(Kind.BEACON)));
  }

  /**
   * The counter flushes with a fixed delay, so the increments not yet saved at a kill are those
   * counted since the start of the last completed flush: at most one interval plus one flush's own
   * duration before the kill. A second interval bounds that duration.
   */
  static Duration lossWindow() {
    return FLUSH_INTERVAL.multipliedBy(2);
  }

  private static long sum(List<Ledger> ledgers, ToLongFunction<Ledger> count) {
    return ledgers.stream().mapToLong(count).sum();
  }
}
