package org.civicportal.poll;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** A poll as edited in the polls workspace, with the editor's limits made consistent. */
public final class Poll {
  private final String id;
  private final String name;
  private final String question;
  private final List<PollOption> options;
  private final boolean multiple;
  private final int minChoices;
  private final int maxChoices;
  private final Instant opensAt;
  private final Instant closesAt;
  private final ResultsVisibility resultsVisibility;

  /**
   * @param minChoices ignored for single choice; otherwise clamped to 1..visible options
   * @param maxChoices ignored for single choice; 0 or more than the visible options means all of
   *     them
   * @param opensAt null: open since created
   * @param closesAt null: open-ended
   */
  public Poll(
      String id,
      String name,
      String question,
      List<PollOption> options,
      boolean multiple,
      int minChoices,
      int maxChoices,
      Instant opensAt,
      Instant closesAt,
      ResultsVisibility resultsVisibility) {
    this.id = id;
    this.name = name;
    this.question = question == null ? "" : question;
    this.options = List.copyOf(options);
    this.multiple = multiple;
    int visible = Math.max(1, getVisibleOptions().size());
    if (multiple) {
      this.maxChoices = maxChoices <= 0 || maxChoices > visible ? visible : maxChoices;
      this.minChoices = Math.min(Math.max(1, minChoices), this.maxChoices);
    } else {
      this.maxChoices = 1;
      this.minChoices = 1;
    }
    this.opensAt = opensAt;
    this.closesAt = closesAt;
    this.resultsVisibility = resultsVisibility;
  }

  public PollStatus statusAt(Instant now) {
    if (opensAt != null && now.isBefore(opensAt)) {
      return PollStatus.SCHEDULED;
    }
    if (closesAt != null && !now.isBefore(closesAt)) {
      return PollStatus.CLOSED;
    }
    return PollStatus.OPEN;
  }

  /** The JCR identifier: the key of the poll's tallies. */
  public String getId() {
    return id;
  }

  /** The node name. */
  public String getName() {
    return name;
  }

  public String getQuestion() {
    return question;
  }

  /** All options in the editor's order, hidden ones included. */
  public List<PollOption> getOptions() {
    return options;
  }

  public List<PollOption> getVisibleOptions() {
    return options.stream().filter(o -> !o.isHidden()).collect(Collectors.toList());
  }

  public boolean isMultiple() {
    return multiple;
  }

  public int getMinChoices() {
    return minChoices;
  }

  public int getMaxChoices() {
    return maxChoices;
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }

  public ResultsVisibility getResultsVisibility() {
    return resultsVisibility;
  }
}
