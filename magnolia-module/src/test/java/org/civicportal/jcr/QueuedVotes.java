package org.civicportal.jcr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.assertj.core.api.Assertions;
import org.civicportal.rating.RatingStore;

/**
 * Votes that reach the writer one at a time or together, for the tests of what a save writes to the
 * disk.
 */
final class QueuedVotes {
  private QueuedVotes() {}

  /**
   * Casts five votes on {@code item} one after the other and checks that each one's save added to
   * {@code synced} (a count of writes that reached the disk) before the vote returned.
   */
  static void castEachSynced(RatingStore ratings, String item, LongSupplier synced)
      throws Exception {
    for (int i = 0; i < 5; i++) {
      long before = synced.getAsLong();
      Assertions.assertThat(ratings.vote(item, "visitor " + i, 4)).isPresent();
      Assertions.assertThat(synced.getAsLong())
          .as("synced writes by the save of vote %d", i)
          .isGreaterThan(before);
    }
  }

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
