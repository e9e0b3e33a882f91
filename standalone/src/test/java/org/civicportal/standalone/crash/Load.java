package org.civicportal.standalone.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Concurrent voters and beacons spread over some nodes, each request from a new visitor, until
 * stopped; one {@link Ledger} per node. Rating votes, poll votes and beacons take turns.
 */
final class Load {
  private final FreshVisitors visitors;
  private final List<String> bases;
  private final List<Ledger> ledgers = new ArrayList<>();

  /** 1 for a node that gets no more requests (it was killed). */
  private final AtomicIntegerArray excluded;

  private final ExecutorService workers;
  private volatile boolean running = true;

  private Load(FreshVisitors visitors, List<String> bases, int threads) {
    this.visitors = visitors;
    this.bases = List.copyOf(bases);
    bases.forEach(b -> ledgers.add(new Ledger()));
    this.excluded = new AtomicIntegerArray(bases.size());
    this.workers = Executors.newFixedThreadPool(threads);
    for (int w = 0; w < threads; w++) {
      int first = w;
      workers.execute(() -> work(first));
    }
  }

  /** Starts {@code threads} concurrent clients against the nodes at {@code bases}. */
  static Load start(FreshVisitors visitors, List<String> bases, int threads) {
    return new Load(visitors, bases, threads);
  }

  private void work(int first) {
    for (int i = first; running; i++) {
      int node = i % bases.size();
      if (excluded.get(node) == 1) {
        continue;
      }
      String base = bases.get(node);
      Ledger ledger = ledgers.get(node);
      switch (i / bases.size() % 3) {
        case 0 -> visitors.rate(base, ledger);
        case 1 -> visitors.votePoll(base, ledger);
        default -> visitors.beacon(base, ledger);
      }
    }
  }

  Ledger ledger(int node) {
    return ledgers.get(node);
  }

  /**
   * Sends nothing more to that node; requests already on their way finish (or fail) as they will.
   */
  void stopSendingTo(int node) {
    excluded.set(node, 1);
  }

  /** Stops the clients and waits for their last requests. */
  void stop() throws InterruptedException {
    running = false;
    workers.shutdown();
    if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the load did not stop within 60 s");
    }
  }
}
