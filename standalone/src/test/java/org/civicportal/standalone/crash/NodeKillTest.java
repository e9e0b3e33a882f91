package org.civicportal.standalone.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.civicportal.standalone.SiteProcess;
import org.civicportal.standalone.crash.Ledger.Kind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a lone standalone site (Jackrabbit on H2 and Derby) under load: every vote answered
 * 200 is still there after the restart, visits lose at most the last flush interval, and the
 * restart on the same data directory needs no repair.
 */
@Tag("slow")
class NodeKillTest {
  private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(5);
  private static final int CLIENTS = 8;

  @TempDir Path dir;

  @Test
  void acknowledgedWritesSurviveAKillAndTheRestartNeedsNoRepair() throws Exception {
    Path data = dir.resolve("node");
    FreshVisitors visitors = new FreshVisitors();
    String pollVoter;
    Totals before;
    Load load;
    long killedAt;
    try (SiteProcess node = SiteProcess.start(data)) {
      pollVoter = visitors.pollVoter(node.base());
      before = Totals.read(visitors, node.base(), pollVoter);
      load = Load.start(visitors, List.of(node.base()), CLIENTS);
      Thread.sleep(LOAD_BEFORE_KILL.toMillis());
      load.stopSendingTo(0);
      killedAt = System.nanoTime();
      assertThat(node.kill()).as("exit status of SIGKILL").isEqualTo(128 + 9);
      load.stop();
    }
    Ledger ledger = load.ledger(0);
    System.out.println("NodeKillTest: " + ledger);
    assertThat(ledger.wrongAnswers()).isEmpty();
    for (Kind kind : Kind.values()) {
      assertThat(ledger.acked(kind)).as("%s acknowledged before the kill", kind).isPositive();
    }

    try (SiteProcess restarted = SiteProcess.start(data)) {
      assertThat(restarted.output()).doesNotContain("ERROR");
      Totals gained = Totals.read(visitors, restarted.base(), pollVoter).minus(before);
      CrashBounds.assertKept(gained, List.of(ledger), ledger, killedAt);
    }
  }
}
