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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site as Magnolia renders it from the module's bootstrap files ({@link SampleSiteRenderer}) over the
 * sample content: the seed report's page with everything the seed page has, widgets in every page's sidebar, and
 * headings in the page's language.
 */
class SampleSitePagesTest {
    static final String SEED = "ket-qua-hoat-dong-quy-iii-nam-2019";
    /** The sample poll, polls.danh-gia-noi-dung-website.xml. */
    static final String POLL = "250ba0a1-2e58-4b81-ba96-236f9ce38a54";

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
        visits = new VisitCounter(new VisitStore(repository, writer, settings), settings, new UserAgents());
        JcrContentService content = new JcrContentService(repository, AssetLinks.URLS_ONLY);
        PollService polls = new PollService(new PollRepository(repository), new PollTallyStore(repository, writer));
        RatingService ratings = new RatingService(content, new RatingStore(repository, writer));
        renderer = new SampleSiteRenderer(content, polls, ratings, visits);
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

    private static void assertSidebarHasThePollAndTheCounter(Document doc, String lang) {
        Element sidebar = doc.selectFirst("aside.civic-sidebar");
        assertThat(sidebar).isNotNull();
        Element poll = sidebar.selectFirst("[data-civic-poll]");
        assertThat(poll).as("poll").isNotNull();
        assertThat(poll.attr("data-civic-poll")).isEqualTo(POLL);
        assertThat(poll.text()).contains("Theo bạn thông tin nội dung của website thế nào?");
        Element counter = sidebar.selectFirst("[data-civic-visits]");
        assertThat(counter).as("counter").isNotNull();
        assertThat(counter.selectFirst("h2").text())
                .isEqualTo(lang.equals("vi") ? "Thống kê truy cập" : "Visit statistics");
        assertThat(counter.select("dt").eachText()).startsWith(lang.equals("vi") ? "Hôm nay" : "Today");
    }

    /** What the seed page shows: toolbar, share, the report, its rating, related items, the poll and the counter. */
    @Test
    void theSampleReportPageIsTheSeedPage() {
        Document doc = renderer.render(page("report"), "vi", Map.of("name", SEED));
        Element report = doc.selectFirst("article.civic-item-report");
        assertThat(report.selectFirst("h1").text())
                .isEqualTo("Kết quả hoạt động Thông tin và Truyền thông quý III năm 2019");
        assertThat(report.select(".civic-toolbar button[data-civic-font]")).hasSize(3);
        assertThat(report.select(".civic-share a.civic-share-facebook")).hasSize(1);
        assertThat(report.select("[data-civic-rating]").attr("data-civic-rating")).isNotEmpty();
        Element related = doc.selectFirst("section.civic-related");
        assertThat(related.selectFirst("h2").text()).isEqualTo("Tin liên quan");
        assertThat(related.select("li a")).isNotEmpty();
        assertSidebarHasThePollAndTheCounter(doc, "vi");
        // Each widget once: the sidebar does not repeat what the report page itself shows.
        assertThat(doc.select(".civic-toolbar")).hasSize(1);
        assertThat(doc.select(".civic-share")).hasSize(1);
        assertThat(doc.select("section.civic-related")).hasSize(1);
    }

    @Test
    void everySamplePageHasThePollAndTheCounterBesideIt() {
        assertSidebarHasThePollAndTheCounter(renderer.render(home, "vi", Map.of()), "vi");
        assertSidebarHasThePollAndTheCounter(renderer.render(home, "en", Map.of()), "en");
        assertSidebarHasThePollAndTheCounter(
                renderer.render(page("article"), "en", Map.of("name", "chuyen-doi-ipv6-co-quan-nha-nuoc")), "en");
        assertSidebarHasThePollAndTheCounter(renderer.render(page("articles"), "vi", Map.of()), "vi");
        assertSidebarHasThePollAndTheCounter(renderer.render(page("reports"), "en", Map.of()), "en");
        // The home page has no item header: its toolbar is the sidebar's component.
        assertThat(renderer.render(home, "vi", Map.of()).select("aside.civic-sidebar .civic-toolbar")).hasSize(1);
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

    /** Magnolia gives templates content already HTML-escaped: what the editor typed shows as typed, escaped once. */
    @Test
    void anEditorsTitleShowsAsTypedNotEscapedTwice() {
        SystemViewTree stored = page("articles");
        Map<String, Object> titled = new HashMap<>(stored.properties());
        titled.put("title", "Tin tức & sự kiện <mới>");
        titled.put("title_en", "News & \"events\"");
        SystemViewTree listing = new SystemViewTree("articles", titled, stored.children());
        assertThat(renderer.render(listing, "vi", Map.of()).selectFirst("h1").text()).isEqualTo("Tin tức & sự kiện <mới>");
        assertThat(renderer.render(listing, "en", Map.of()).selectFirst("h1").text()).isEqualTo("News & \"events\"");
    }
}
