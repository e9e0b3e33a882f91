package org.civicportal.poll;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.RepositoryException;
import org.civicportal.feedback.Refusal;
import org.civicportal.feedback.Refusal.Reason;

/** Opinion polls: what a visitor may see of a poll, and one vote per visitor while it is open. */
@Singleton
public class PollService {
  /** More answers than any sane poll offers: a longer list is refused before it is looked at. */
  public static final int MAX_ANSWERS = 50;

  private final PollRepository polls;
  private final PollTallyStore tallies;
  private final Clock clock;

  @Inject
  public PollService(PollRepository polls, PollTallyStore tallies) {
    this(polls, tallies, Clock.systemUTC());
  }

  /** With the clock that decides whether a poll is open: fixed in tests. */
  public PollService(PollRepository polls, PollTallyStore tallies, Clock clock) {
    this.polls = polls;
    this.tallies = tallies;
    this.clock = clock;
  }

  /** The poll as this visitor sees it; a null visitor key is a visitor who has not voted. */
  public PollView view(String pollId, String visitorKey) throws Refusal, RepositoryException {
    Poll poll = find(pollId);
    boolean hasVoted = visitorKey != null && tallies.hasVoted(poll.getId(), visitorKey);
    return view(poll, clock.instant(), hasVoted);
  }

  /**
   * Records the visitor's answers and returns the poll with its new results (when visible to them).
   * Nothing is stored unless every check passes; the vote is saved before this returns.
   */
  public PollView vote(String pollId, String visitorKey, List<String> optionIds)
      throws Refusal, RepositoryException {
    Poll poll = find(pollId);
    Instant now = clock.instant();
    PollStatus status = poll.statusAt(now);
    if (status == PollStatus.SCHEDULED) {
      throw new Refusal(Reason.POLL_NOT_OPEN, "This poll is not open yet.");
    }
    if (status == PollStatus.CLOSED) {
      throw new Refusal(Reason.POLL_CLOSED, "This poll is closed.");
    }
    validate(poll, optionIds);
    if (!tallies.recordVote(poll.getId(), visitorKey, optionIds, now)) {
      throw new Refusal(Reason.ALREADY_VOTED, "You have already voted in this poll.");
    }
    return view(poll, now, true);
  }

  /**
   * What a cached page may show of a poll: no visitor, results only if they are public.
   *
   * @param reference the poll's JCR identifier or its path in the polls workspace (what a link
   *     field stores)
   */
  public Optional<PollView> publicView(String reference) throws RepositoryException {
    if (reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    Optional<Poll> poll = polls.findByReference(reference.trim());
    return poll.isPresent()
        ? Optional.of(view(poll.get(), clock.instant(), false))
        : Optional.empty();
  }

  /** The open poll that opened last, for a component that shows "the newest open poll". */
  public Optional<PollView> newestOpen() throws RepositoryException {
    Instant now = clock.instant();
    for (Poll poll : polls.findAll()) {
      if (poll.statusAt(now) == PollStatus.OPEN) {
        return Optional.of(view(poll, now, false));
      }
    }
    return Optional.empty();
  }

  /**
   * Every poll that has opened, newest first, as a cached page may show it; scheduled ones stay
   * unseen.
   */
  public List<PollView> archive() throws RepositoryException {
    Instant now = clock.instant();
    List<PollView> views = new ArrayList<>();
    for (Poll poll : polls.findAll()) {
      if (poll.statusAt(now) != PollStatus.SCHEDULED) {
        views.add(view(poll, now, false));
      }
    }
    return views;
  }

  /**
   * Every poll, newest first, with its running tally whatever its status and results visibility:
   * what editors see. Visibility rules are for visitors.
   */
  public List<PollView> tallies() throws RepositoryException {
    Instant now = clock.instant();
    List<PollView> views = new ArrayList<>();
    for (Poll poll : polls.findAll()) {
      views.add(withResults(poll, poll.statusAt(now), false));
    }
    return views;
  }

  private Poll find(String pollId) throws Refusal, RepositoryException {
    Optional<Poll> poll = polls.findById(pollId);
    if (poll.isEmpty()) {
      throw new Refusal(Reason.NOT_FOUND, "No such poll.");
    }
    return poll.get();
  }

  private static void validate(Poll poll, List<String> optionIds) throws Refusal {
    if (optionIds == null || optionIds.isEmpty()) {
      throw invalid("Choose at least one option.");
    }
    if (optionIds.size() > MAX_ANSWERS) {
      throw invalid("Too many options.");
    }
    Set<String> visible =
        poll.getVisibleOptions().stream().map(PollOption::getId).collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    for (String id : optionIds) {
      if (id == null || !visible.contains(id)) {
        throw invalid("Unknown option.");
      }
      if (!seen.add(id)) {
        throw invalid("An option was chosen twice.");
      }
    }
    if (!poll.isMultiple() && optionIds.size() > 1) {
      throw invalid("This poll takes a single answer.");
    }
    if (optionIds.size() < poll.getMinChoices()) {
      throw invalid("Choose at least " + poll.getMinChoices() + " options.");
    }
    if (optionIds.size() > poll.getMaxChoices()) {
      throw invalid("Choose at most " + poll.getMaxChoices() + " options.");
    }
  }

  private static Refusal invalid(String message) {
    return new Refusal(Reason.INVALID_REQUEST, message);
  }

  private PollView view(Poll poll, Instant now, boolean hasVoted) throws RepositoryException {
    PollStatus status = poll.statusAt(now);
    List<PollOption> visible = poll.getVisibleOptions();
    List<PollView.OptionView> options = new ArrayList<>();
    if (!poll.getResultsVisibility().allows(status, hasVoted)) {
      for (PollOption o : visible) {
        options.add(new PollView.OptionView(o.getId(), o.getLabel(), null, null));
      }
      return new PollView(poll, status, options, null, hasVoted);
    }
    return withResults(poll, status, hasVoted);
  }

  private PollView withResults(Poll poll, PollStatus status, boolean hasVoted)
      throws RepositoryException {
    List<PollOption> visible = poll.getVisibleOptions();
    List<PollView.OptionView> options = new ArrayList<>();
    PollTally tally = tallies.read(poll.getId());
    long[] counts = visible.stream().mapToLong(o -> tally.votesFor(o.getId())).toArray();
    int[] percent = Percentages.largestRemainder(counts);
    for (int i = 0; i < visible.size(); i++) {
      options.add(
          new PollView.OptionView(
              visible.get(i).getId(), visible.get(i).getLabel(), counts[i], percent[i]));
    }
    return new PollView(poll, status, options, tally.getBallots(), hasVoted);
  }
}
