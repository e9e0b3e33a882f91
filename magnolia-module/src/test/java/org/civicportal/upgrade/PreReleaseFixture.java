package org.civicportal.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.jcr.RepositoryException;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.JcrContentService;
import org.civicportal.embedded.SystemViewImporter;
import org.civicportal.feedback.Refusal;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.TestRepository;
import org.civicportal.poll.PollRepository;
import org.civicportal.poll.PollService;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.poll.PollView;
import org.civicportal.rating.RatingService;
import org.civicportal.rating.RatingStore;
import org.civicportal.rating.RatingSummary;
import org.civicportal.visits.Granularity;
import org.civicportal.visits.StatsRange;
import org.civicportal.visits.StatsRow;
import org.civicportal.visits.VisitSettings;
import org.civicportal.visits.VisitStats;
import org.civicportal.visits.VisitStore;

/**
 * The runtime data of a site made by 1.0.0-SNAPSHOT ({@code
 * src/test/resources/upgrade/1.0.0-SNAPSHOT/}, made by that version's code; see its README) and
 * what that version's services answered for it ({@link #expected}), in the form {@link #answers}
 * gives for any repository: the counts through the current public services.
 */
public final class PreReleaseFixture {
  public static final String FOLDER = "upgrade/1.0.0-SNAPSHOT/";

  /** A day after the fixture's last page view. */
  public static final Instant AFTER = Instant.parse("2026-11-24T05:00:00Z");

  private static final String FIRST_DAY = "2026-11-17";
  private static final String LAST_DAY = "2026-11-23";

  /**
   * The fixture's runtime files (listed: a test jar's folder cannot be listed like a directory).
   */
  private static final List<String> RUNTIME_FILES =
      List.of(
          "civic-feedback.polls.xml",
          "civic-feedback.ratings.xml",
          "civic-feedback.secrets.xml",
          "civic-visits.days.xml",
          "civic-visits.months.xml",
          "civic-visits.online.xml",
          "civic-visits.secrets.xml",
          "civic-visits.years.xml");

  private PreReleaseFixture() {}

  /** Imports the sample content and the fixture's civic-feedback and civic-visits files. */
  public static void importInto(TestRepository repository) throws RepositoryException, IOException {
    new SystemViewImporter(repository.embedded())
        .importClasspathFolder(
            PreReleaseFixture.class.getClassLoader(), SystemViewImporter.SAMPLES_FOLDER);
    importRuntime(repository);
  }

  /**
   * Imports the fixture's civic-feedback and civic-visits files (into a site that has the sample
   * content).
   */
  public static void importRuntime(TestRepository repository)
      throws RepositoryException, IOException {
    ClassLoader loader = PreReleaseFixture.class.getClassLoader();
    for (String name : RUNTIME_FILES) {
      try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
        new SystemViewImporter(repository.embedded())
            .importXml(SystemViewImporter.Target.of(name), in);
      }
    }
  }

  /**
   * What 1.0.0-SNAPSHOT's services answered, by key: {@code rating.<id>.count|total|histogram},
   * {@code poll.<id>.total|option.<option>}, {@code visits.<day>}, and who voted ({@code
   * rating.voter}, {@code poll.voter}: "id visitorKey").
   */
  public static Map<String, String> expected() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        PreReleaseFixture.class
            .getClassLoader()
            .getResourceAsStream(FOLDER + "expected.properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, String> expected = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> expected.put(k, p.getProperty(k)));
    return expected;
  }

  /**
   * What the current public services answer for the fixture's keys in {@code sessions}; the voters'
   * entries say whether a second vote is refused as already cast ({@code "refused"}).
   */
  public static Map<String, String> answers(JcrSessions sessions)
      throws IOException, RepositoryException, Refusal {
    Map<String, String> expected = expected();
    Map<String, String> answers = new TreeMap<>();
    Clock clock = Clock.fixed(AFTER, ZoneOffset.UTC);
    BatchedWriter writer = new BatchedWriter(sessions);
    try {
      RatingService ratings =
          new RatingService(
              new JcrContentService(sessions, AssetLinks.URLS_ONLY),
              new RatingStore(sessions, writer, clock));
      PollService polls =
          new PollService(
              new PollRepository(sessions), new PollTallyStore(sessions, writer), clock);
      for (String key : expected.keySet()) {
        if (key.startsWith("rating.") && key.endsWith(".count")) {
          String item = key.substring("rating.".length(), key.length() - ".count".length());
          RatingSummary s = ratings.summary(item, "someone new").orElseThrow();
          answers.put("rating." + item + ".count", Long.toString(s.getCount()));
          answers.put("rating." + item + ".total", Long.toString(s.getTotal()));
          answers.put("rating." + item + ".histogram", s.getHistogram().toString());
        }
      }
      String[] pollVoter = expected.get("poll.voter").split(" ");
      PollView poll = polls.view(pollVoter[0], pollVoter[1]);
      answers.put("poll." + pollVoter[0] + ".total", String.valueOf(poll.getTotalVotes()));
      for (PollView.OptionView option : poll.getOptions()) {
        answers.put(
            "poll." + pollVoter[0] + ".option." + option.getId(),
            String.valueOf(option.getVotes()));
      }
      answers.put(
          "poll.voter",
          refused(
              () ->
                  polls.vote(
                      pollVoter[0], pollVoter[1], List.of(poll.getOptions().get(0).getId()))));
      String[] rater = expected.get("rating.voter").split(" ");
      answers.put("rating.voter", refused(() -> ratings.vote(rater[0], rater[1], 5)));
      VisitSettings settings = VisitSettings.builder().shard("reader").build();
      VisitStats stats =
          new VisitStats(new VisitStore(sessions, writer, settings), settings, clock);
      for (StatsRow row :
          stats.series(
              StatsRange.parse(FIRST_DAY, LAST_DAY, stats.today()), Granularity.of("day"))) {
        answers.put(
            "visits." + row.getPeriod(),
            row.getVisits()
                + " "
                + row.getPageViews()
                + " "
                + row.getVisitors()
                + " "
                + row.getExcluded());
      }
    } finally {
      writer.close();
    }
    return answers;
  }

  /** The fixture's answers with the voters' entries as a refused second vote shows them. */
  public static Map<String, String> expectedAnswers() throws IOException {
    Map<String, String> expected = expected();
    expected.put("poll.voter", "refused");
    expected.put("rating.voter", "refused");
    return expected;
  }

  private static String refused(Vote vote) throws RepositoryException {
    try {
      vote.cast();
      return "accepted";
    } catch (Refusal r) {
      return r.getReason() == Refusal.Reason.ALREADY_VOTED ? "refused" : r.getReason().toString();
    }
  }

  @FunctionalInterface
  private interface Vote {
    void cast() throws Refusal, RepositoryException;
  }
}
