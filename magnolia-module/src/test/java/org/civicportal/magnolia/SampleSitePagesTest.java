package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.civicportal.content.AssetLinks;
import org.civicportal.content.JcrContentService;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.EmbeddedRepository;
import org.civicportal.jcr.SystemViewImporter;
import org.civicportal.jcr.SystemViewTree;
import org.civicportal.poll.PollRepository;
import org.civicportal.poll.PollService;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.rating.RatingService;
import org.civicportal.rating.RatingStore;
import org.civicportal.visits.UserAgents;
import org.civicportal.visits.VisitCounter;
import org.civicportal.visits.VisitSettings;
import org.civicportal.visits.VisitStore;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site as Magnolia renders it from the module's bootstrap files ({@link SampleSiteRenderer}) over the
 * sample content: headings in the page's language.
 */
class SampleSitePagesTest {
    @TempDir
    static Path dir;
    static EmbeddedRepository repository;
    static BatchedWriter writer;
    static VisitCounter visits;
    static SampleSiteRenderer renderer;
    static SystemViewTree home;

    @BeforeAll
    static void start() throws Exception {
        repository = EmbeddedRepository.open(dir);
        new SystemViewImporter(repository).importClasspathFolder(SampleSitePagesTest.class.getClassLoader(),
                SystemViewImporter.SAMPLES_FOLDER);
        writer = new BatchedWriter(repository);
        VisitSettings settings = VisitSettings.builder().build();
        visits = new VisitCounter(new VisitStore(repository, settings), settings, new UserAgents());
        JcrContentService content = new JcrContentService(repository, AssetLinks.URLS_ONLY);
        renderer = new SampleSiteRenderer(content, new PollService(new PollRepository(repository),
                new PollTallyStore(repository, writer)), new RatingService(content, new RatingStore(repository, writer)),
                visits);
        home = SystemViewTree.resource(CivicPortalVersionHandler.SAMPLE_SITE);
    }

    @AfterAll
    static void stop() throws Exception {
        visits.close();
        writer.close();
        repository.close();
    }

    private static SystemViewTree page(String name) {
        return home.child(name).orElseThrow();
    }

    @Test
    void listingHeadingsAreInThePagesLanguage() {
        Map<String, String> expected = Map.of("vi/articles", "Tin tức", "en/articles", "News",
                "vi/reports", "Báo cáo kết quả hoạt động", "en/reports", "Activity reports");
        expected.forEach((key, heading) -> {
            String[] langAndPage = key.split("/");
            Document doc = renderer.render(page(langAndPage[1]), langAndPage[0], Map.of());
            assertThat(doc.selectFirst("h1").text()).as(key).isEqualTo(heading);
            assertThat(doc.title()).as(key).startsWith(heading + " – ");
        });
    }

    /** An editor who has not translated the title: English pages name the listed content, not in Vietnamese. */
    @Test
    void anUntranslatedListingTitleGivesTheListedContentsNameInEnglish() {
        for (String name : new String[] {"articles", "reports"}) {
            SystemViewTree stored = page(name);
            Map<String, Object> untranslated = new HashMap<>(stored.properties());
            untranslated.remove("title_en");
            SystemViewTree listing = new SystemViewTree(name, untranslated, stored.children());
            assertThat(renderer.render(listing, "en", Map.of()).selectFirst("h1").text()).as(name)
                    .isEqualTo(name.equals("articles") ? "News" : "Reports");
            assertThat(renderer.render(listing, "vi", Map.of()).selectFirst("h1").text()).as(name)
                    .isEqualTo(stored.text("title").orElseThrow());
        }
    }

    @Test
    void theHomePagesDescriptionIsInThePagesLanguage() {
        assertThat(renderer.render(home, "en", Map.of()).selectFirst("meta[name=description]").attr("content"))
                .isEqualTo(home.text("description_en").orElseThrow()).startsWith("News, activity reports");
        assertThat(renderer.render(home, "vi", Map.of()).selectFirst("meta[name=description]").attr("content"))
                .isEqualTo(home.text("description").orElseThrow());
    }
}
