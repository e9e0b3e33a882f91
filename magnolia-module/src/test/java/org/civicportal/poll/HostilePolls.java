package org.civicportal.poll;

import java.time.Instant;
import java.util.List;

/**
 * A poll whose question and option labels an attacker typed, as the widget, archive and dashboard
 * show it.
 */
public final class HostilePolls {
  private HostilePolls() {}

  /**
   * An open poll with public results; option ids are as hostile as the labels (ids are validated
   * elsewhere).
   */
  public static PollView openWithResults(String hostile) {
    Poll poll =
        new Poll(
            "250ba0a1-2e58-4b81-ba96-236f9ce38a54",
            "evil\"<x>",
            hostile + " question",
            List.of(
                new PollOption("a\"<x>", hostile + " option", false),
                new PollOption("b", hostile, false)),
            true,
            1,
            2,
            Instant.parse("2020-01-01T00:00:00Z"),
            null,
            ResultsVisibility.ALWAYS);
    return new PollView(
        poll,
        PollStatus.OPEN,
        List.of(
            new PollView.OptionView("a\"<x>", hostile + " option", 2L, 67),
            new PollView.OptionView("b", hostile, 1L, 33)),
        3L,
        false);
  }
}
