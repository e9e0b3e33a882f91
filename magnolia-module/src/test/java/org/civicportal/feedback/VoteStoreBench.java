package org.civicportal.feedback;

import com.google.common.hash.Hashing;
import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import com.google.common.util.concurrent.RateLimiter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.WorkspaceConfigFiles;
import org.civicportal.jcr.Workspaces;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.rating.RatingStore;

/**
 * For bench/vote-store.sh: casts votes from new visitors on one rated item or one poll through the
 * stores (the group-commit writer with many callers, as the API has), in a repository on disk,
 * after as many votes on another item to warm the JVM up, and prints per window of votes: the
 * process's CPU time per vote (writes, the store's own compaction and indexing included), votes per
 * second, the workspace's bytes on disk (database, search index) and per vote, and the time of the
 * summary read. After the last vote it idles, so that the store's own compaction can run while the
 * repository is open, then shuts down and prints the bytes again. Not a test.
 *
 * <p>Arguments: {@code rating|poll}, votes, votes per window, seconds to idle at the end, data
 * directory (reused: a second run adds votes on a new item or poll), and optionally the persistence
 * of civic-feedback to compare, on a new data directory: {@code derby} (what the repository makes)
 * or {@code h2} (what earlier versions made, kept by their data directories), and whether a save is
 * synced to the disk ({@code true} or {@code false}: Derby's {@code derby.system.durability=test},
 * H2's {@code syncToDisk}).
 */
public final class VoteStoreBench {
  private static final int CALLERS = 256;
  private static final int READS = 200;

  /**
   * At most this many votes per second (system property {@code civic.bench.votesPerSecond}), else
   * as fast as the callers go: H2's file holds what was rewritten in its retention time, so its
   * size depends on the rate as well as the votes (Derby's does not).
   */
  private static final Integer RATE = Integer.getInteger("civic.bench.votesPerSecond");

  private VoteStoreBench() {}

  public static void main(String[] args) throws Exception {
    boolean poll = "poll".equals(args[0]);
    long votes = Long.parseLong(args[1]);
    int window = Integer.parseInt(args[2]);
    int idleSeconds = Integer.parseInt(args[3]);
    Path dir = Path.of(args[4]);
    Path workspace = dir.resolve("workspaces/civic-feedback");
    String id = UUID.randomUUID().toString();
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    if (args.length > 5) {
      configure(dir, workspace, args[5], !"false".equals(args.length > 6 ? args[6] : "true"));
    }
    TestRepository repository = TestRepository.open(dir);
    BatchedWriter writer = new BatchedWriter(repository);
    RatingStore ratings = new RatingStore(repository, writer);
    PollTallyStore polls = new PollTallyStore(repository, writer);
    Voter voter =
        poll
            ? i -> polls.recordVote(id, key(i), List.of("option-" + (i % 4)), Instant.now())
            : i -> ratings.vote(id, key(i), (int) (i % 5) + 1).isPresent();
    Reader reader = poll ? () -> polls.read(id) : () -> ratings.read(id, null);
    Reader mine = poll ? () -> polls.hasVoted(id, key(0)) : () -> ratings.read(id, key(0));

    System.out.printf(
        "%s %s: %,d votes from new visitors, %d callers, %s, windows of %,d; %s%n",
        args[0],
        id,
        votes,
        CALLERS,
        RATE == null ? "no rate limit" : "at most " + RATE + " votes/s",
        window,
        dir);
    System.out.println(
        "civic-feedback persistence: "
            + Files.readString(workspace.resolve("workspace.xml"))
                .replaceAll("(?s).*(<PersistenceManager.*</PersistenceManager>).*", "$1")
                .replaceAll("\\s+", " "));
    System.out.println(
        "| votes | CPU ms/vote | votes/s | database MB | index MB | bytes/vote | summary read µs p50/p99 "
            + "| with the visitor's vote µs p50 |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    // The first window of a fresh JVM would carry the JIT's work and make later ones look cheaper:
    // warm up first.
    String warmUp = UUID.randomUUID().toString();
    cast(
        callers,
        new AtomicLong(),
        window,
        poll
            ? i -> polls.recordVote(warmUp, key(-1 - i), List.of("option-0"), Instant.now())
            : i -> ratings.vote(warmUp, key(-1 - i), 1).isPresent());
    AtomicLong next = new AtomicLong();
    List<Double> cpuPerVote = new ArrayList<>();
    long allCpu = processCpuNanos();
    long allWall = System.nanoTime();
    for (long done = 0; done < votes; ) {
      long end = Math.min(votes, done + window);
      long cpu = processCpuNanos();
      long wall = System.nanoTime();
      cast(callers, next, end, voter);
      double ms = (processCpuNanos() - cpu) / 1e6 / (end - done);
      double perSecond = (end - done) / ((System.nanoTime() - wall) / 1e9);
      cpuPerVote.add(ms);
      done = end;
      long[] read = time(reader);
      System.out.printf(
          "| %,d | %.3f | %.0f | %.1f | %.1f | %,.0f | %.0f / %.0f | %.0f |%n",
          done,
          ms,
          perSecond,
          mb(workspace.resolve("db")),
          mb(workspace.resolve("index")),
          bytes(workspace) / (double) done,
          read[0] / 1e3,
          read[1] / 1e3,
          time(mine)[0] / 1e3);
    }
    System.out.printf(
        "all %,d votes: %.0f votes/s, %.3f CPU ms/vote; CPU per vote, last window / first: %.2f%n",
        votes,
        votes / ((System.nanoTime() - allWall) / 1e9),
        (processCpuNanos() - allCpu) / 1e6 / votes,
        cpuPerVote.get(cpuPerVote.size() - 1) / cpuPerVote.get(0));
    for (int s = 10; s <= idleSeconds; s += 10) {
      Thread.sleep(10_000);
      System.out.printf(
          "idle %3d s: database %.1f MB, index %.1f MB, %,.0f bytes/vote%n",
          s,
          mb(workspace.resolve("db")),
          mb(workspace.resolve("index")),
          bytes(workspace) / (double) votes);
    }
    callers.shutdown();
    writer.close();
    repository.close();
    System.out.printf(
        "after shutdown: database %.1f MB, index %.1f MB, %,.0f bytes/vote%n",
        mb(workspace.resolve("db")),
        mb(workspace.resolve("index")),
        bytes(workspace) / (double) votes);
  }

  /**
   * Casts the votes from {@code next} up to {@code end} from all callers; a refused one is an
   * error.
   */
  private static void cast(ExecutorService callers, AtomicLong next, long end, Voter voter)
      throws Exception {
    RateLimiter rate = RATE == null ? null : RateLimiter.create(RATE);
    List<Future<Long>> running = new ArrayList<>();
    for (int c = 0; c < CALLERS; c++) {
      running.add(
          callers.submit(
              () -> {
                long refused = 0;
                for (long i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
                  if (rate != null) {
                    rate.acquire();
                  }
                  refused += voter.vote(i) ? 0 : 1;
                }
                return refused;
              }));
    }
    for (Future<Long> f : running) {
      if (f.get() != 0) {
        throw new IllegalStateException("a new visitor's vote was refused");
      }
    }
    next.set(end);
  }

  /**
   * Creates the repository, then gives civic-feedback the persistence asked for, its database made
   * anew.
   */
  private static void configure(Path dir, Path workspace, String persistence, boolean sync)
      throws Exception {
    if (!sync) {
      System.setProperty("derby.system.durability", "test");
    }
    TestRepository.open(dir).close();
    if ("h2".equals(persistence)) {
      WorkspaceConfigFiles.setPersistence(
          dir,
          Workspaces.FEEDBACK,
          WorkspaceConfigFiles.h2Persistence("jdbc:h2:file:${wsp.home}/db/itemState", sync));
      for (String made : List.of("db", "index")) {
        MoreFiles.deleteRecursively(workspace.resolve(made), RecursiveDeleteOption.ALLOW_INSECURE);
      }
    } else if (!"derby".equals(persistence)) {
      throw new IllegalArgumentException("persistence: derby or h2, not " + persistence);
    }
  }

  interface Voter {
    boolean vote(long i) throws Exception;
  }

  interface Reader {
    Object read() throws Exception;
  }

  /** A visitor key as the web layer makes them: 64 hex digits. */
  private static String key(long i) {
    return Hashing.sha256().hashString("bench-visitor-" + i, StandardCharsets.UTF_8).toString();
  }

  /** Median and 99th percentile of {@value #READS} reads, in ns. */
  private static long[] time(Reader reader) throws Exception {
    long[] ns = new long[READS];
    for (int i = 0; i < ns.length; i++) {
      long t = System.nanoTime();
      reader.read();
      ns[i] = System.nanoTime() - t;
    }
    Arrays.sort(ns);
    return new long[] {ns[READS / 2], ns[READS * 99 / 100]};
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double mb(Path p) throws IOException {
    return bytes(p) / 1e6;
  }

  private static long bytes(Path p) throws IOException {
    if (!Files.exists(p)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(p)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
