package org.civicportal.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;

import org.civicportal.content.AssetLinks;
import org.civicportal.content.JcrContentService;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.EmbeddedRepository;
import org.civicportal.jcr.SystemViewImporter;
import org.civicportal.jcr.Workspaces;
import org.civicportal.poll.PollRepository;
import org.civicportal.poll.PollService;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.poll.PollView;
import org.civicportal.rating.RatingService;
import org.civicportal.rating.RatingStore;
import org.civicportal.rating.RatingSummary;
import org.civicportal.visits.Granularity;
import org.civicportal.visits.PageView;
import org.civicportal.visits.StatsRange;
import org.civicportal.visits.StatsRow;
import org.civicportal.visits.TestClock;
import org.civicportal.visits.UserAgents;
import org.civicportal.visits.VisitCounter;
import org.civicportal.visits.VisitSettings;
import org.civicportal.visits.VisitStats;
import org.civicportal.visits.VisitStore;
import org.civicportal.web.VisitorSecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Makes the upgrade fixture of civic-portal 1.0.0-SNAPSHOT (commit b8c4b3a) with that version's own services: the
 * sample content, ratings of three sample articles, answers to the sample poll, page views on four days; then exports
 * every top-level node of civic-feedback and civic-visits as a system view file named like a bootstrap file
 * ({@code workspace.node.xml}), the module configuration as Magnolia stores it after an admin's edit, and
 * {@code expected.properties}: what that version's public services answered. Not compiled in later versions (their
 * APIs differ); {@code generate.sh} runs it in a worktree of b8c4b3a.
 */
class FixtureGenerator {
    static final String[] ARTICLES = {
            "a9108f27-109e-40aa-8626-abc6db47969a", "80694325-9f6e-4933-adfc-60b04423fb43",
            "f5537822-d89c-4435-90a5-6a28faa94271"};
    static final String POLL = "250ba0a1-2e58-4b81-ba96-236f9ce38a54";
    static final Instant START = Instant.parse("2026-11-20T02:00:00Z");
    static final String UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/124.0 Safari/537.36";

    @TempDir
    Path dir;

    @Test
    void generate() throws Exception {
        Path out = Paths.get(System.getProperty("fixture.out"));
        Files.createDirectories(out);
        TestClock clock = new TestClock(START);
        Map<String, String> expected = new TreeMap<>();
        try (EmbeddedRepository repository = EmbeddedRepository.open(dir.resolve("site"))) {
            new SystemViewImporter(repository).importClasspathFolder(getClass().getClassLoader(),
                    SystemViewImporter.SAMPLES_FOLDER);
            VisitorSecret.get(repository, new SecureRandom());
            BatchedWriter writer = new BatchedWriter(repository);
            RatingService ratings = new RatingService(new JcrContentService(repository, AssetLinks.URLS_ONLY),
                    new RatingStore(repository, writer, clock));
            PollService polls = new PollService(new PollRepository(repository), new PollTallyStore(repository, writer),
                    clock);
            VisitSettings settings = VisitSettings.builder().shard("public1").build();
            VisitStore store = new VisitStore(repository, writer, settings);
            VisitCounter counter = new VisitCounter(store, settings, new UserAgents(), clock);

            for (int a = 0; a < ARTICLES.length; a++) {
                for (int v = 0; v < 4 + 3 * a; v++) {
                    ratings.vote(ARTICLES[a], "rater-" + a + "-" + v, 1 + (v * 7 + a) % 5);
                }
            }
            List<PollView.OptionView> options = polls.view(POLL, "nobody").getOptions();
            for (int v = 0; v < 11; v++) {
                polls.vote(POLL, "voter-" + v, List.of(options.get((v * v) % options.size()).getId()));
            }
            String[] paths = {"/", "/articles/canh-giac-lua-dao-truc-tuyen", "/reports/ket-qua-hoat-dong-quy-iii-nam-2019"};
            for (int day = 0; day < 4; day++) {
                clock.set(START.plus(Duration.ofDays(day)));
                for (int visitor = 0; visitor < 3 + 2 * day; visitor++) {
                    for (int view = 0; view <= visitor % 3; view++) {
                        counter.record(PageView.of(paths[(visitor + view) % paths.length],
                                day % 2 == 0 ? "https://www.google.com/" : null, "example.gov.vn", UA,
                                "visitor-" + day + "-" + visitor));
                        clock.advance(Duration.ofMinutes(1));
                    }
                }
                counter.flush();
            }
            counter.close();
            writer.close();

            for (String article : ARTICLES) {
                RatingSummary s = ratings.summary(article, "nobody").orElseThrow();
                expected.put("rating." + article + ".count", Long.toString(s.getCount()));
                expected.put("rating." + article + ".total", Long.toString(s.getTotal()));
                expected.put("rating." + article + ".histogram", s.getHistogram().toString());
            }
            expected.put("rating.voter", ARTICLES[0] + " rater-0-0");
            PollView poll = polls.view(POLL, "voter-0");
            assertThat(poll.isHasVoted()).isTrue();
            expected.put("poll." + POLL + ".total", Long.toString(poll.getTotalVotes()));
            for (PollView.OptionView option : poll.getOptions()) {
                expected.put("poll." + POLL + ".option." + option.getId(), Long.toString(option.getVotes()));
            }
            expected.put("poll.voter", POLL + " voter-0");
            LocalDate last = LocalDate.ofInstant(clock.instant(), settings.getZone());
            VisitStats stats = new VisitStats(store, settings, clock);
            for (StatsRow row : stats.series(StatsRange.parse(last.minusDays(6).toString(), last.toString(), last),
                    Granularity.of("day"))) {
                expected.put("visits." + row.getPeriod(), row.getVisits() + " " + row.getPageViews() + " "
                        + row.getVisitors() + " " + row.getExcluded());
            }
            assertThat(expected).containsKey("visits." + last);

            for (String workspace : Workspaces.RUNTIME) {
                repository.withSession(workspace, s -> {
                    for (NodeIterator it = s.getRootNode().getNodes(); it.hasNext(); ) {
                        Node node = it.nextNode();
                        if (!node.getName().equals("jcr:system")) {
                            export(s, node, out.resolve(workspace + "." + node.getName() + ".xml"));
                        }
                    }
                    return null;
                });
            }
            exportModuleConfig(repository, out);
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("expected.properties"), StandardCharsets.UTF_8)) {
            w.write("# What civic-portal 1.0.0-SNAPSHOT (b8c4b3a) answered for this fixture; see generator/.\n");
            for (Map.Entry<String, String> e : expected.entrySet()) {
                w.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
    }

    /** The module configuration bootstrapped as Magnolia does, then edited by an admin: siteUrl and the interval. */
    private void exportModuleConfig(EmbeddedRepository repository, Path out) throws Exception {
        Session session = repository.getRepository().login(new SimpleCredentials("admin", new char[0]));
        try {
            session.getWorkspace().createWorkspace("config");
        } finally {
            session.logout();
        }
        repository.withSession("config", s -> {
            s.getRootNode().addNode("modules", "mgnl:content").addNode("civic-portal", "mgnl:content");
            s.save();
            return null;
        });
        try (var xml = getClass().getResourceAsStream(
                "/mgnl-bootstrap/civic-portal/config.modules.civic-portal.config.xml")) {
            new SystemViewImporter(repository).importXml(
                    SystemViewImporter.Target.of("config.modules.civic-portal.config.xml"), xml);
        }
        repository.withSession("config", s -> {
            Node config = s.getNode("/modules/civic-portal/config");
            config.setProperty("siteUrl", "https://congthongtin.example.gov.vn");
            config.setProperty("flushIntervalSeconds", 5L);
            config.getNode("trustedProxies").setProperty("proxy1", "10.0.0.0/8");
            s.save();
            export(s, config, out.resolve("config.modules.civic-portal.config.xml"));
            return null;
        });
    }

    private static void export(Session session, Node node, Path file) throws RepositoryException {
        try (OutputStream os = Files.newOutputStream(file)) {
            session.exportSystemView(node.getPath(), os, false, false);
        } catch (IOException e) {
            throw new RepositoryException("cannot write " + file, e);
        }
    }
}
