package org.civicportal.jcr;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How the {@link BatchedWriter} retries a save that lost a race ({@link
 * javax.jcr.InvalidItemStateException}): another writer of the repository, typically another
 * cluster node, saved the same nodes first. Each retry starts from fresh state after a random pause
 * that doubles in range with each loss, so that two nodes writing the same tally under load drift
 * apart instead of colliding again in lockstep.
 */
final class SaveRaces {
  /** Attempts of one save before the writer gives up on it. */
  static final int ATTEMPTS = 12;

  private static final long FIRST_PAUSE_MS = 4;
  private static final long LONGEST_PAUSE_MS = 250;

  private SaveRaces() {}

  /**
   * Waits before the next attempt after {@code lost} lost races (1 or more); false once none is
   * left.
   */
  static boolean pauseBeforeRetry(int lost) {
    if (lost >= ATTEMPTS) {
      return false;
    }
    long range = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS << Math.min(lost, 16));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(range + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return true;
  }
}
