package org.civicportal.standalone.crash;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** What a load sent to one node and what the node answered, per kind of request. Thread-safe. */
final class Ledger {
  /** Kinds of request the load sends. */
  enum Kind {
    RATING,
    POLL_VOTE,
    BEACON
  }

  private final AtomicInteger[] sent = counters();
  private final AtomicInteger[] acked = counters();
  private final AtomicInteger unanswered = new AtomicInteger();

  /**
   * When each beacon was acknowledged ({@link System#nanoTime}): what a crash may lose depends on
   * it.
   */
  private final Queue<Long> beaconAcks = new ConcurrentLinkedQueue<>();

  /** Answers that are neither success nor a dropped connection: any of them fails a test. */
  private final Queue<String> wrongAnswers = new ConcurrentLinkedQueue<>();

  private static AtomicInteger[] counters() {
    AtomicInteger[] c = new AtomicInteger[Kind.values().length];
    for (int i = 0; i < c.length; i++) {
      c[i] = new AtomicInteger();
    }
    return c;
  }

  void recordSent(Kind kind) {
    sent[kind.ordinal()].incrementAndGet();
  }

  void recordAck(Kind kind) {
    acked[kind.ordinal()].incrementAndGet();
    if (kind == Kind.BEACON) {
      beaconAcks.add(System.nanoTime());
    }
  }

  void recordUnanswered() {
    unanswered.incrementAndGet();
  }

  void recordWrongAnswer(Kind kind, int status, String body) {
    wrongAnswers.add(kind + " answered " + status + ": " + body);
  }

  int sent(Kind kind) {
    return sent[kind.ordinal()].get();
  }

  int acked(Kind kind) {
    return acked[kind.ordinal()].get();
  }

  int unanswered() {
    return unanswered.get();
  }

  List<String> wrongAnswers() {
    return List.copyOf(wrongAnswers);
  }

  /** Beacons acknowledged at or after {@code since} ({@link System#nanoTime}). */
  long beaconsAckedSince(long since) {
    return beaconAcks.stream().filter(t -> t - since >= 0).count();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (Kind kind : Kind.values()) {
      s.append(kind)
          .append(' ')
          .append(acked(kind))
          .append('/')
          .append(sent(kind))
          .append(" acked, ");
    }
    return s.append(unanswered()).append(" unanswered").toString();
  }
}
