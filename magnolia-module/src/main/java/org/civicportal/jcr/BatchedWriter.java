package org.civicportal.jcr;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.InvalidItemStateException;
import javax.jcr.RepositoryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Group commit: write tasks queue per workspace, one thread per workspace runs as many as are waiting in one
 * session and saves them with a single {@code session.save()}; each caller is completed only after that save,
 * so an answered write is durable. One writer per workspace also means tasks never conflict with each other.
 *
 * <p>Tasks must derive everything from the session (they may run more than once) and report business
 * refusals as return values; a task that throws is retried alone so it cannot fail the others. A save that
 * loses a race with another writer of the repository (a cluster node) is retried from fresh state, see
 * {@link SaveRaces}.
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

    @Inject
    public BatchedWriter(JcrSessions sessions) {
        this.sessions = sessions;
    }

    /** Queues {@code task}; the future completes with its result after the save that made it durable. */
    public <T> CompletableFuture<T> submit(String workspace, SessionWork<T> task) {
        Pending<T> p = new Pending<>(task);
        if (closed) {
            p.future.completeExceptionally(new IllegalStateException("The writer is closed"));
        } else if (!lanes.computeIfAbsent(workspace, Lane::new).queue.offer(p)) {
            p.future.completeExceptionally(new IllegalStateException("Too many writes waiting for " + workspace));
        }
        return p.future;
    }

    /** {@link #submit} and wait: the task's result once saved. */
    public <T> T write(String workspace, SessionWork<T> task) throws RepositoryException {
        try {
            return submit(workspace, task).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a write", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("A write to " + workspace + " took over " + WAIT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RepositoryException) {
                throw (RepositoryException) e.getCause();
            }
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Saves so far that lost a race with another writer and were retried (for tests and benchmarks). */
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

    private static final class Pending<T> {
        final SessionWork<T> task;
        final CompletableFuture<T> future = new CompletableFuture<>();
        T result;

        Pending(SessionWork<T> task) {
            this.task = task;
        }

        void runIn(javax.jcr.Session session) throws RepositoryException {
            result = task.run(session);
        }

        void complete() {
            future.complete(result);
        }
    }

    private final class Lane implements Runnable {
        final String workspace;
        final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
        final Thread thread;

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
                    writeBatch(batch);
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

        private void writeBatch(List<Pending<?>> batch) {
            for (int lost = 1; ; lost++) {
                try {
                    save(batch);
                    return;
                } catch (InvalidItemStateException e) {
                    LOG.debug("Batch for {} lost a save race, retrying", workspace, e);
                    lostRaces.incrementAndGet();
                    if (!SaveRaces.pauseBeforeRetry(lost)) {
                        break;
                    }
                } catch (RepositoryException | RuntimeException e) {
                    break;
                }
            }
            // One task fails (or the race persists): isolate every task so only the failing one is refused.
            for (Pending<?> p : batch) {
                writeAlone(p);
            }
        }

        private void writeAlone(Pending<?> p) {
            for (int lost = 1; ; lost++) {
                try {
                    save(List.of(p));
                    return;
                } catch (InvalidItemStateException e) {
                    lostRaces.incrementAndGet();
                    if (!SaveRaces.pauseBeforeRetry(lost)) {
                        p.future.completeExceptionally(e);
                        return;
                    }
                } catch (RepositoryException | RuntimeException e) {
                    p.future.completeExceptionally(e);
                    return;
                }
            }
        }

        /** Runs the tasks in one session and saves once; completes them only when the save succeeded. */
        private void save(List<Pending<?>> tasks) throws RepositoryException {
            sessions.withSession(workspace, s -> {
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
                p.future.completeExceptionally(e);
            }
        }
    }
}
