package org.civicportal.jcr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer of the runtime workspaces: every write of ratings, polls and visits goes through it.
 * Write tasks queue per workspace; one thread per workspace (started by the first write) runs as
 * many as are waiting in one session and saves them with a single {@code session.save()} (group
 * commit), and each caller is completed only after that save, so an answered write is durable. One
 * writer per workspace also means tasks never conflict with each other.
 *
 * <p>The writer owns the two things every runtime write needs:
 *
 * <ul>
 *   <li>The top-level nodes a task names ({@link #write(String, List, SessionWork)}): made once per
 *       workspace, before the first task that needs them, in a save of their own. A workspace's
 *       root allows same-name siblings, so two cluster nodes adding the same top-level node in a
 *       save that also writes below it would each keep their own; made empty and apart, the second
 *       is an empty twin that nothing reads (the path names the first).
 *   <li>The retry loop: a save that loses a race with another writer of the repository (a cluster
 *       node) is retried from fresh state after a pause, see {@link SaveRaces}.
 * </ul>
 *
 * <p>Tasks must derive everything from the session (they may run more than once) and report
 * business refusals as return values; a task that throws is retried alone so it cannot fail the
 * others.
 */
@Singleton
public class BatchedWriter {
  private static final Logger LOG = LoggerFactory.getLogger(BatchedWriter.class);
  static final int MAX_BATCH = 256;
  private static final int QUEUE_CAPACITY = 10_000;
  private static final long WAIT_SECONDS = 30;

  private final JcrSessions sessions;
  private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
  private final AtomicLong lostRaces = new AtomicLong();
  private volatile boolean closed;

  /** Builds nothing and starts nothing: a workspace's thread starts with its first write. */
  @Inject
  public BatchedWriter(JcrSessions sessions) {
    this.sessions = sessions;
  }

  /**
   * {@link #submit(String, List, SessionWork)} of a task that needs no top-level node made for it.
   */
  public <T> CompletableFuture<T> submit(String workspace, SessionWork<T> task) {
    return submit(workspace, List.of(), task);
  }

  /**
   * Queues {@code task}; the future completes with its result after the save that made it durable.
   *
   * @param topLevel the workspace's top-level nodes the task writes below, made before it runs (see
   *     above)
   */
  public <T> CompletableFuture<T> submit(
      String workspace, List<String> topLevel, SessionWork<T> task) {
    return enqueue(workspace, topLevel, task).future;
  }

  /**
   * {@link #write(String, List, SessionWork)} of a task that needs no top-level node made for it.
   */
  public <T> T write(String workspace, SessionWork<T> task) throws RepositoryException {
    return write(workspace, List.of(), task);
  }

  /**
   * {@link #submit} and wait: the task's result once saved. A caller interrupted or kept waiting
   * over {@value #WAIT_SECONDS} s while the task still waits in the queue takes it back (an
   * exception says it was not written); once the writer has taken it, the caller waits for its
   * outcome, so that an exception always means nothing was saved.
   */
  public <T> T write(String workspace, List<String> topLevel, SessionWork<T> task)
      throws RepositoryException {
    Pending<T> p = enqueue(workspace, topLevel, task);
    boolean interrupted = false;
    try {
      try {
        return p.future.get(WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        if (p.cancel()) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while waiting for a write", e);
        }
        interrupted = true;
      } catch (TimeoutException e) {
        if (p.cancel()) {
          throw new IllegalStateException(
              "A write to " + workspace + " waited over " + WAIT_SECONDS + " s", e);
        }
      }
      while (true) {
        try {
          return p.future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RepositoryException) {
        throw (RepositoryException) e.getCause();
      }
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Saves so far that lost a race with another writer and were retried (for tests and benchmarks).
   */
  public long lostRaces() {
    return lostRaces.get();
  }

  /** Stops taking writes, finishes the queued ones, and stops the threads. */
  @PreDestroy
  public void close() {
    closed = true;
    for (Lane lane : lanes.values()) {
      try {
        lane.thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private <T> Pending<T> enqueue(String workspace, List<String> topLevel, SessionWork<T> task) {
    Pending<T> p = new Pending<>(topLevel, task);
    if (closed) {
      p.future.completeExceptionally(new IllegalStateException("The writer is closed"));
    } else if (!lanes.computeIfAbsent(workspace, Lane::new).queue.offer(p)) {
      p.future.completeExceptionally(
          new IllegalStateException("Too many writes waiting for " + workspace));
    }
    return p;
  }

  private static final class Pending<T> {
    private static final int QUEUED = 0;
    private static final int TAKEN = 1;
    private static final int CANCELLED = 2;

    final List<String> topLevel;
    final SessionWork<T> task;
    final CompletableFuture<T> future = new CompletableFuture<>();
    private final AtomicInteger state = new AtomicInteger(QUEUED);
    T result;

    Pending(List<String> topLevel, SessionWork<T> task) {
      this.topLevel = List.copyOf(topLevel);
      this.task = task;
    }

    /** The writer takes the task to run it; false when its caller took it back first. */
    boolean take() {
      return state.compareAndSet(QUEUED, TAKEN);
    }

    /** The caller takes the task back; false when the writer has taken it already. */
    boolean cancel() {
      return state.compareAndSet(QUEUED, CANCELLED);
    }

    void runIn(Session session) throws RepositoryException {
      result = task.run(session);
    }

    void complete() {
      future.complete(result);
    }

    void fail(Throwable e) {
      future.completeExceptionally(e);
    }
  }

  private final class Lane implements Runnable {
    final String workspace;
    final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    final Thread thread;

    /** The top-level nodes made so far; only this lane's thread reads and writes it. */
    private final Set<String> topLevelMade = new HashSet<>();

    Lane(String workspace) {
      this.workspace = workspace;
      this.thread = new Thread(this, "civic-writer-" + workspace);
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void run() {
      List<Pending<?>> batch = new ArrayList<>();
      while (!closed || !queue.isEmpty()) {
        try {
          Pending<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
          if (first == null) {
            continue;
          }
          batch.add(first);
          queue.drainTo(batch, MAX_BATCH - 1);
          batch.removeIf(p -> !p.take());
          writeBatch(withTopLevel(batch));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failAll(batch, e);
          return;
        } catch (RuntimeException | Error e) {
          failAll(batch, e);
          LOG.error("Writer for {} failed a batch", workspace, e);
        } finally {
          batch.clear();
        }
      }
    }

    /**
     * Makes the top-level nodes the batch's tasks need that are not made yet, in a save of their
     * own; the tasks left to write: all of them, or those that need none of the nodes when making
     * them failed.
     */
    private List<Pending<?>> withTopLevel(List<Pending<?>> batch) {
      Set<String> missing = new LinkedHashSet<>();
      for (Pending<?> p : batch) {
        for (String name : p.topLevel) {
          if (!topLevelMade.contains(name)) {
            missing.add(name);
          }
        }
      }
      if (missing.isEmpty()) {
        return batch;
      }
      try {
        makeTopLevel(missing);
        topLevelMade.addAll(missing);
        return batch;
      } catch (RepositoryException | RuntimeException e) {
        List<Pending<?>> rest = new ArrayList<>();
        for (Pending<?> p : batch) {
          if (Collections.disjoint(p.topLevel, missing)) {
            rest.add(p);
          } else {
            p.fail(e);
          }
        }
        return rest;
      }
    }

    private void makeTopLevel(Set<String> names) throws RepositoryException {
      sessions.withSession(
          workspace,
          s -> {
            boolean added = false;
            for (String name : names) {
              if (!s.nodeExists("/" + name)) {
                s.getRootNode().addNode(name, RuntimeNodes.TYPE);
                added = true;
              }
            }
            if (added) {
              try {
                s.save();
              } catch (ItemExistsException | InvalidItemStateException e) {
                // Made meanwhile by another writer: they exist, which is all that was asked.
                s.refresh(false);
              }
            }
            return null;
          });
    }

    /**
     * The batch in one save; if that fails, each task in a save of its own, so only a failing one
     * is refused.
     */
    private void writeBatch(List<Pending<?>> batch) {
      if (batch.isEmpty()) {
        return;
      }
      try {
        saveRetrying(batch);
        return;
      } catch (RepositoryException | RuntimeException e) {
        LOG.debug("Batch for {} failed, writing its tasks one by one", workspace, e);
      }
      for (Pending<?> p : batch) {
        try {
          saveRetrying(List.of(p));
        } catch (RepositoryException | RuntimeException e) {
          p.fail(e);
        }
      }
    }

    /**
     * Runs the tasks in one session and saves once, completing them only when the save succeeded; a
     * save that lost a race is retried from fresh state after a pause, as long as {@link SaveRaces}
     * allows.
     */
    private void saveRetrying(List<Pending<?>> tasks) throws RepositoryException {
      for (int lost = 1; ; lost++) {
        try {
          save(tasks);
          return;
        } catch (InvalidItemStateException e) {
          LOG.debug("A save to {} lost a race, retrying", workspace, e);
          lostRaces.incrementAndGet();
          if (!SaveRaces.pauseBeforeRetry(lost)) {
            throw e;
          }
        }
      }
    }

    private void save(List<Pending<?>> tasks) throws RepositoryException {
      sessions.withSession(
          workspace,
          s -> {
            try {
              for (Pending<?> p : tasks) {
                p.runIn(s);
              }
              s.save();
            } catch (RepositoryException | RuntimeException e) {
              // Magnolia may hand out a reused session: leave nothing of a failed attempt in it.
              s.refresh(false);
              throw e;
            }
            return null;
          });
      tasks.forEach(Pending::complete);
    }

    private void failAll(List<Pending<?>> batch, Throwable e) {
      for (Pending<?> p : batch) {
        p.fail(e);
      }
    }
  }
}
