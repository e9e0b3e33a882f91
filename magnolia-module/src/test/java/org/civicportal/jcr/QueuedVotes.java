package org.civicportal.jcr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.civicportal.rating.RatingStore;

/** Votes that reach the writer together, so that one save carries them all. */
final class QueuedVotes {
  private QueuedVotes() {}

  /**
   * Casts {@code count} votes on {@code item} from new visitors while the writer is busy with a
   * slow task, so that they queue behind it and go into one save; returns once all are answered.
   */
  static void castBehindSlowTask(BatchedWriter writer, RatingStore ratings, String item, int count)
      throws Exception {
    List<CompletableFuture<?>> queued = new ArrayList<>();
    CompletableFuture<Object> slow =
        writer.submit(
            Workspaces.FEEDBACK,
            s -> {
              LockSupport.parkNanos(500_000_000L);
              return null;
            });
    for (int i = 0; i < count; i++) {
      String visitor = "batched visitor " + i;
      queued.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return ratings.vote(item, visitor, 5);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    slow.get();
    for (CompletableFuture<?> vote : queued) {
      vote.get();
    }
  }
}
