package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.civicportal.content.AssetLinks;
import org.civicportal.content.JcrContentService;
import org.civicportal.feedback.Refusal;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.EmbeddedRepository;
import org.civicportal.jcr.RuntimeNodes;
import org.civicportal.jcr.SystemViewImporter;
import org.civicportal.jcr.Workspaces;
import org.civicportal.poll.PollRepository;
import org.civicportal.poll.PollService;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.poll.PollView;
import org.civicportal.rating.RatingService;
import org.civicportal.rating.RatingStore;
import org.civicportal.rating.RatingSummary;
import org.civicportal.upgrade.AddMissing;
import org.civicportal.upgrade.RuntimeMigrations;
import org.civicportal.visits.Granularity;
import org.civicportal.visits.StatsRange;
import org.civicportal.visits.StatsRow;
import org.civicportal.visits.VisitSettings;
import org.civicportal.visits.VisitStats;
import org.civicportal.visits.VisitStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site made by 1.0.0-SNAPSHOT ({@code upgrade/1.0.0-SNAPSHOT/}, made by that version's code), upgraded by this
 * code the way Magnolia's update does it (the steps of every release in {@link ModuleUpdates}, applied in plain JCR as
 * their tasks do), answers through the current public services what that version answered: every vote, tally and
 * daily count; the visitors who voted are still refused a second vote; the admin's configuration stays and what the
 * current configuration adds is there.
 */
class UpgradeFromPreReleaseTest {
    private static final String FIXTURE = "upgrade/" + ModuleUpdates.BASELINE + "/";
    private static final String MODULE_CONFIG = "config.modules.civic-portal.config.xml";
    private static final Instant AFTER = Instant.parse("2026-11-24T05:00:00Z");

    @TempDir
    static Path dir;
    private static ConfigWorkspace site;
    private static BatchedWriter writer;
    private static Properties expected;
    private static Map<String, Long> migrated;

    @BeforeAll
    static void upgradeTheFixture() throws Exception {
        site = ConfigWorkspace.open(dir);
        EmbeddedRepository repository = site.repository();
        ClassLoader loader = UpgradeFromPreReleaseTest.class.getClassLoader();
        new SystemViewImporter(repository).importClasspathFolder(loader, SystemViewImporter.SAMPLES_FOLDER);
        try (InputStream config = loader.getResourceAsStream(FIXTURE + MODULE_CONFIG)) {
            site.bootstrap(MODULE_CONFIG, config);
        }
        Path fixture = Path.of(loader.getResource(FIXTURE).toURI());
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("civic-")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    new SystemViewImporter(repository).importXml(
                            SystemViewImporter.Target.of(file.getFileName().toString()), in);
                }
            }
        }
        expected = new Properties();
        try (InputStream in = loader.getResourceAsStream(FIXTURE + "expected.properties")) {
            expected.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        migrated = upgrade(site);
        writer = new BatchedWriter(repository);
    }

    @AfterAll
    static void close() {
        writer.close();
        site.close();
    }

    /** Every release's steps, in order, as CivicPortalVersionHandler's tasks run them in Magnolia. */
    static Map<String, Long> upgrade(ConfigWorkspace site) throws RepositoryException, IOException {
        Map<String, Long> migrated = new TreeMap<>();
        for (ModuleUpdates.Release release : ModuleUpdates.RELEASES) {
            for (ModuleUpdates.Step step : release.steps()) {
                if (step instanceof ModuleUpdates.Step.AddMissing add) {
                    addMissing(site, add);
                } else {
                    migrated.putAll(RuntimeMigrations.run(site.repository()));
                }
            }
        }
        return migrated;
    }

    private static void addMissing(ConfigWorkspace site, ModuleUpdates.Step.AddMissing add)
            throws RepositoryException, IOException {
        EmbeddedRepository repository = site.repository();
        boolean parent = repository.withSession(add.workspace(), s -> s.nodeExists(add.parentPath()));
        boolean exists = repository.withSession(add.workspace(), s -> s.nodeExists(add.path()));
        try (InputStream in = UpgradeFromPreReleaseTest.class.getResourceAsStream(add.resource())) {
            if (!parent) {
                return;
            }
            if (!exists) {
                new SystemViewImporter(repository).importXml(SystemViewImporter.Target.of(
                        add.resource().substring(add.resource().lastIndexOf('/') + 1)), in);
                return;
            }
            AddMissing file = AddMissing.read(in);
            repository.withSession(add.workspace(), s -> {
                file.into(s.getNode(add.path()));
                s.save();
                return null;
            });
        }
    }

    @Test
    void everyRatingKeepsItsCountTotalAndHistogram() throws Exception {
        RatingService ratings = new RatingService(new JcrContentService(site.repository(), AssetLinks.URLS_ONLY),
                new RatingStore(site.repository(), writer, Clock.fixed(AFTER, ZoneOffset.UTC)));
        int checked = 0;
        for (String key : expected.stringPropertyNames()) {
            if (key.startsWith("rating.") && key.endsWith(".count")) {
                String item = key.substring("rating.".length(), key.length() - ".count".length());
                RatingSummary summary = ratings.summary(item, "someone new").orElseThrow();
                assertThat(summary.getCount()).as(item).isEqualTo(Long.parseLong(expected.getProperty(key)));
                assertThat(summary.getTotal()).as(item).isEqualTo(
                        Long.parseLong(expected.getProperty("rating." + item + ".total")));
                assertThat(summary.getHistogram().toString()).as(item).isEqualTo(
                        expected.getProperty("rating." + item + ".histogram"));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3);
        String[] voter = expected.getProperty("rating.voter").split(" ");
        assertThatThrownBy(() -> ratings.vote(voter[0], voter[1], 5)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.getReason()).isEqualTo(Refusal.Reason.ALREADY_VOTED));
    }

    @Test
    void thePollKeepsItsTallyAndItsVoters() throws Exception {
        PollService polls = new PollService(new PollRepository(site.repository()),
                new PollTallyStore(site.repository(), writer), Clock.fixed(AFTER, ZoneOffset.UTC));
        String[] voter = expected.getProperty("poll.voter").split(" ");
        PollView poll = polls.view(voter[0], voter[1]);
        assertThat(poll.isHasVoted()).isTrue();
        assertThat(poll.getTotalVotes()).isEqualTo(Long.parseLong(expected.getProperty("poll." + voter[0] + ".total")));
        for (PollView.OptionView option : poll.getOptions()) {
            assertThat(option.getVotes()).as(option.getId()).isEqualTo(Long.parseLong(
                    expected.getProperty("poll." + voter[0] + ".option." + option.getId())));
        }
        assertThatThrownBy(() -> polls.vote(voter[0], voter[1], List.of(poll.getOptions().get(0).getId())))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.getReason()).isEqualTo(Refusal.Reason.ALREADY_VOTED));
    }

    @Test
    void everyDailyCountIsKept() throws Exception {
        VisitSettings settings = VisitSettings.builder().shard("public2").build();
        VisitStats stats = new VisitStats(new VisitStore(site.repository(), writer, settings), settings,
                Clock.fixed(AFTER, ZoneOffset.UTC));
        Map<String, String> days = new TreeMap<>();
        for (StatsRow row : stats.series(StatsRange.parse("2026-11-17", "2026-11-23", stats.today()),
                Granularity.of("day"))) {
            days.put("visits." + row.getPeriod(), row.getVisits() + " " + row.getPageViews() + " "
                    + row.getVisitors() + " " + row.getExcluded());
        }
        Map<String, String> before = new TreeMap<>();
        expected.stringPropertyNames().stream().filter(k -> k.startsWith("visits.")).forEach(
                k -> before.put(k, expected.getProperty(k)));
        assertThat(before).hasSize(7);
        assertThat(days).isEqualTo(before);
    }

    @Test
    void theAdminsConfigurationStaysAndTheCurrentDefaultsAreAdded() throws Exception {
        Map<String, String> config = site.withSession(s -> {
            Map<String, String> values = new TreeMap<>();
            Node node = s.getNode("/modules/civic-portal/config");
            for (var it = node.getProperties(); it.hasNext(); ) {
                var p = it.nextProperty();
                if (!p.isMultiple()) {
                    values.put(p.getName(), p.getString());
                }
            }
            values.put("trustedProxies/proxy1", node.getProperty("trustedProxies/proxy1").getString());
            return values;
        });
        assertThat(config).containsEntry("siteUrl", "https://congthongtin.example.gov.vn")
                .containsEntry("flushIntervalSeconds", "5").containsEntry("trustedProxies/proxy1", "10.0.0.0/8");
        AddMissing current;
        try (InputStream in = getClass().getResourceAsStream("/mgnl-bootstrap/civic-portal/" + MODULE_CONFIG)) {
            current = AddMissing.read(in);
        }
        List<String> lacking = site.withSession(s -> {
            List<String> added = current.into(s.getNode("/modules/civic-portal/config"));
            s.refresh(false);
            return added;
        });
        assertThat(lacking).as("what the current configuration has and the upgraded site lacks").isEmpty();
    }

    @Test
    void runtimeNodesAreAllOfTheRuntimeTypeAfterwards() throws Exception {
        assertThat(migrated).isNotEmpty();
        for (String workspace : Workspaces.RUNTIME) {
            long others = site.repository().withSession(workspace, s -> {
                long n = 0;
                for (var it = s.getWorkspace().getQueryManager().createQuery(
                        "SELECT * FROM [nt:base] AS n WHERE ISDESCENDANTNODE(n, '/')", "JCR-SQL2")
                        .execute().getNodes(); it.hasNext(); ) {
                    Node node = it.nextNode();
                    n += node.isNodeType(RuntimeNodes.TYPE) || node.getPath().startsWith("/jcr:system") ? 0 : 1;
                }
                return n;
            });
            assertThat(others).as(workspace).isZero();
        }
    }
}
