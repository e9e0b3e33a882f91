package org.civicportal.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicportal.jcr.SystemViewTree;
import org.civicportal.templating.SiteLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The light module's definitions hold together, in both languages (issue 2, "Definitions"). */
class LightModuleDefinitionsTest {

  /** The repository root: Maven runs this module's tests with basedir = magnolia-module. */
  private static final Path REPO =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
          .toAbsolutePath()
          .getParent();

  /** The sample site's pages, bootstrapped by CivicPortalVersionHandler with the samples. */
  private static final String SAMPLE_SITE =
      "/mgnl-bootstrap/civic-portal-site/website.civic-portal.xml";

  private static final Path SAMPLES =
      REPO.resolve("magnolia-module/src/main/resources/mgnl-bootstrap-samples/civic-portal");
  private static final String POLL = "250ba0a1-2e58-4b81-ba96-236f9ce38a54";

  @Test
  void definitionsReferenceOnlyWhatExists() throws IOException {
    LightModuleChecker checker =
        new LightModuleChecker(
            REPO.resolve("light-modules/civic-portal"), REPO.resolve("templates"));

    assertThat(checker.check()).isEmpty();
    // Guards against a vacuous pass (wrong folder, nothing found).
    assertThat(checker.yamlFiles())
        .extracting(p -> REPO.relativize(p).toString().replace('\\', '/'))
        .contains(
            "light-modules/civic-portal/contentTypes/article.yaml",
            "light-modules/civic-portal/contentTypes/report.yaml",
            "light-modules/civic-portal/apps/articles.yaml",
            "light-modules/civic-portal/apps/reports.yaml",
            "light-modules/civic-portal/templates/pages/home.yaml",
            "light-modules/civic-portal/templates/pages/article.yaml",
            "light-modules/civic-portal/templates/pages/report.yaml",
            "light-modules/civic-portal/templates/pages/listing.yaml",
            "light-modules/civic-portal/templates/components/latestItems.yaml",
            "light-modules/civic-portal/templates/components/relatedItems.yaml",
            "light-modules/civic-portal/templates/components/accessibilityToolbar.yaml",
            "light-modules/civic-portal/templates/components/shareBar.yaml");
  }

  /**
   * The pages load their CSS and scripts from where Magnolia serves this light module's web
   * resources.
   */
  @Test
  void theResourcesBaseOfThePagesIsThisLightModulesWebresources() {
    assertThat(SiteLinks.RESOURCES_BASE)
        .isEqualTo("/.resources/" + LightModuleChecker.MODULE + "/webresources");
    assertThat(
            REPO.resolve(
                "light-modules/"
                    + LightModuleChecker.MODULE
                    + "/webresources/css/civic-portal.css"))
        .isRegularFile();
  }

  /**
   * Page and component templates take how many items to list from civicfn (PageSize, which the
   * standalone uses too), never from a number of their own.
   */
  @Test
  void templatesTakeListSizesFromPageSize() throws IOException {
    Pattern ownSize =
        Pattern.compile(
            "civicfn\\.(?:latest|related|listingPage)\\((?:[^()]|\\([^()]*\\))*,\\s*[0-9]+\\s*\\)|!\\s*[0-9]+\\s*,");
    List<Path> templates;
    try (Stream<Path> files = Files.walk(REPO.resolve("light-modules/civic-portal/templates"))) {
      templates = files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList();
    }
    StringBuilder all = new StringBuilder();
    for (Path template : templates) {
      String text = Files.readString(template, StandardCharsets.UTF_8);
      assertThat(ownSize.matcher(text).find()).as(REPO.relativize(template).toString()).isFalse();
      all.append(text);
    }
    assertThat(all.toString())
        .contains(
            "civicfn.pageSize(\"listing\"",
            "civicfn.pageSize(\"latest\"",
            "civicfn.pageSize(\"related\"",
            "civicfn.defaultPageSize(\"related\")");
    assertThat(ownSize.matcher("civicfn.related(item, 5)").find()).isTrue();
    assertThat(ownSize.matcher("[[content.count!5, 1]?max, 20]?min").find()).isTrue();
  }

  /**
   * The sample site's components and areas exist and fit (what Magnolia would render, or fail to).
   */
  @Test
  void samplePagesPlaceOnlyDefinedComponentsInTheirTemplatesAreas() throws IOException {
    SystemViewTree site = SystemViewTree.resource(SAMPLE_SITE);
    List<String> problems =
        new SamplePagesChecker(REPO.resolve("light-modules/civic-portal"), SAMPLES).check(site);

    assertThat(problems).isEmpty();
    // Guards against a vacuous pass: the seed's poll and counter are there to be checked.
    assertThat(site.child("report").orElseThrow().child("sidebar").orElseThrow().children())
        .extracting(c -> c.text("mgnl:template").orElseThrow())
        .contains("civic-portal:components/poll", "civic-portal:components/visits");
  }

  @Test
  void samplePagesReportEveryKindOfBrokenReference(@TempDir Path repo) throws IOException {
    Path module = repo.resolve("light-modules/civic-portal");
    write(
        module.resolve("templates/pages/home.yaml"),
        """
                areas:
                  sidebar:
                    availableComponents:
                      poll:
                        id: civic-portal:components/poll
                """);
    write(
        module.resolve("templates/components/poll.yaml"), "dialog: civic-portal:components/poll\n");
    write(module.resolve("templates/components/visits.yaml"), "templateScript: /x.ftl\n");
    write(
        module.resolve("dialogs/components/poll.yaml"),
        """
                form:
                  properties:
                    poll:
                      $type: linkField
                      datasource:
                        $type: jcrDatasource
                        workspace: polls
                """);
    Path samples = repo.resolve("samples");
    write(
        samples.resolve("polls.p.xml"),
        node(
            "p",
            "civic:poll",
            "<sv:property sv:name=\"jcr:uuid\" "
                + "sv:type=\"String\"><sv:value>"
                + POLL
                + "</sv:value></sv:property>"));
    String site =
        node(
            "site",
            "mgnl:page",
            property("mgnl:template", "civic-portal:pages/home")
                + node(
                    "sidebar",
                    "mgnl:area",
                    node(
                            "00",
                            "mgnl:component",
                            property("mgnl:template", "civic-portal:components/poll")
                                + property("poll", POLL))
                        + node(
                            "01",
                            "mgnl:component",
                            property("mgnl:template", "civic-portal:components/poll")
                                + property("poll", "00000000-0000-4000-8000-00000000dead"))
                        + node(
                            "02",
                            "mgnl:component",
                            property("mgnl:template", "civic-portal:components/teaser"))
                        + node(
                            "03",
                            "mgnl:component",
                            property("mgnl:template", "civic-portal:components/visits"))
                        + node("04", "mgnl:area", ""))
                + node("footer", "mgnl:area", "")
                + node("meta", "mgnl:contentNode", "")
                + node("child", "mgnl:page", property("mgnl:template", "civic-portal:pages/gone")));

    List<String> problems =
        new SamplePagesChecker(module, samples)
            .check(
                SystemViewTree.parse(
                    new ByteArrayInputStream(site.getBytes(StandardCharsets.UTF_8))));

    assertThat(problems)
        .containsExactlyInAnyOrder(
            "/site/sidebar/01: poll = '00000000-0000-4000-8000-00000000dead' is the jcr:uuid of no sample node"
                + " in polls",
            "/site/sidebar/02: civic-portal:components/teaser is not defined (no "
                + "civic-portal/templates/components/teaser.yaml)",
            "/site/sidebar/03: civic-portal:components/visits is not available in area sidebar of "
                + "civic-portal:pages/home",
            "/site/sidebar/04: not a mgnl:component",
            "/site/footer: civic-portal:pages/home has no area footer",
            "/site/meta: a mgnl:contentNode where a page has only pages and areas",
            "/site/child: civic-portal:pages/gone is not defined (no civic-portal/templates/pages/gone.yaml)");
  }

  private static String node(String name, String type, String content) {
    return "<sv:node sv:name=\""
        + name
        + "\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">"
        + property("jcr:primaryType", type)
        + content
        + "</sv:node>";
  }

  private static String property(String name, String value) {
    return "<sv:property sv:name=\""
        + name
        + "\" sv:type=\"String\"><sv:value>"
        + value
        + "</sv:value></sv:property>";
  }

  /**
   * Every content app gets an entry in the Edit group of the app launcher, bootstrapped (on author
   * instances only) into ui-admincentral's configuration; no decoration of admincentral, which
   * warns on every public instance.
   */
  @Test
  void appLauncherShowsEveryContentAppInTheEditGroup() throws IOException {
    Path module = REPO.resolve("light-modules/civic-portal");
    assertThat(module.resolve("decorations/admincentral")).doesNotExist();
    List<String> contentApps;
    try (var files = Files.list(module.resolve("apps"))) {
      contentApps =
          files
              .filter(
                  file -> {
                    try {
                      // Apps built from a content type are a tagged mapping (!content-type:...),
                      // named after the file.
                      return MagnoliaYaml.load(file) instanceof MagnoliaYaml.Tagged;
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(file -> file.getFileName().toString().replace(".yaml", ""))
              .toList();
    }
    assertThat(contentApps).containsExactlyInAnyOrder("articles", "reports", "polls");
    Path entries =
        REPO.resolve("magnolia-module/src/main/resources/mgnl-bootstrap/civic-portal-admincentral");
    for (String app : contentApps) {
      Path entry =
          entries.resolve(
              "config.modules.ui-admincentral.config.appLauncherLayout.groups.edit.apps."
                  + app
                  + ".xml");
      assertThat(entry).exists().content().contains("sv:name=\"" + app + "\"");
    }
  }

  /** Editors may place the rating widget wherever they may place a poll. */
  @Test
  void ratingComponentIsAvailableBesideThePoll() throws IOException {
    for (String page : List.of("home", "article", "report", "listing")) {
      Map<?, ?> areas =
          (Map<?, ?>)
              ((Map<?, ?>)
                      MagnoliaYaml.load(
                          REPO.resolve(
                              "light-modules/civic-portal/templates/pages/" + page + ".yaml")))
                  .get("areas");
      assertThat(areas.get("sidebar")).as(page + " sidebar").isNotNull();
      areas.forEach(
          (area, definition) -> {
            Map<?, ?> components = (Map<?, ?>) ((Map<?, ?>) definition).get("availableComponents");
            assertThat(components.get("rating"))
                .as(page + "/" + area)
                .isEqualTo(Map.of("id", "civic-portal:components/rating"));
          });
    }
  }

  /**
   * The report's year is a Long shown without a thousands separator in the Reports app (2019, not
   * 2,019).
   */
  @Test
  void theReportYearHasNoThousandsSeparator() throws IOException {
    Path module = REPO.resolve("light-modules/civic-portal");
    Map<?, ?> contentType =
        (Map<?, ?>) MagnoliaYaml.load(module.resolve("contentTypes/report.yaml"));
    Map<?, ?> year =
        ((List<?>) ((Map<?, ?>) contentType.get("model")).get("properties"))
            .stream()
                .map(p -> (Map<?, ?>) p)
                .filter(p -> "periodYear".equals(p.get("name")))
                .findFirst()
                .orElseThrow();
    assertThat(year.get("type")).isEqualTo("Long");
    Map<?, ?> app =
        (Map<?, ?>)
            ((MagnoliaYaml.Tagged) MagnoliaYaml.load(module.resolve("apps/reports.yaml"))).value();
    Object field = path(app, "subApps", "detail", "form", "properties", "periodYear");
    assertThat(((Map<?, ?>) field).get("converterClass"))
        .isEqualTo(org.civicportal.magnolia.PlainLongConverter.class.getName());
  }

  private static Object path(Map<?, ?> tree, String... keys) {
    Object node = tree;
    for (String key : keys) {
      node = ((Map<?, ?>) node).get(key);
    }
    return node;
  }

  @Test
  void reportsEveryKindOfBrokenReference(@TempDir Path repo) throws IOException {
    Path module = repo.resolve("light-modules/civic-portal");
    write(
        module.resolve("templates/pages/home.yaml"),
        """
                title: civic.editor.template.home
                description: Home page
                templateScript: /civic-portal/templates/pages/home.ftl
                dialog: civic-portal:pages/home
                areas:
                  main:
                    availableComponents:
                      teaser:
                        id: civic-portal:components/teaser
                """);
    write(
        module.resolve("apps/things.yaml"),
        """
                !content-type:thing
                name: things
                subApps:
                  detail:
                    form:
                      properties:
                        extra: !include:/civic-portal/includes/extra.yaml
                        year:
                          converterClass: org.civicportal.magnolia.GroupingLongConverter
                """);
    write(
        module.resolve("templates/pages/home.ftl"),
        """
                [#ftl output_format="HTML"]
                [#import "/civic-portal/templates/macros/layout.ftl" as layout]
                [#import "/civic-portal/templates/macros/gone.ftl" as gone]
                [@layout.page site=site colour="red"]x[/@layout.page]
                [@layout.footer site=site/]
                [@layout.header /]
                [@cms.area name="main"/]
                <p>${i18n['civic.site.missing']}</p>
                """);
    write(module.resolve("templates/components/bare.ftl"), "<p>${content.text}</p>\n");
    write(
        module.resolve("templates/components/broken.ftl"),
        "[#ftl output_format=\"HTML\"]\n[#if content.x]\n");
    write(
        repo.resolve("templates/layout.ftl"),
        """
                [#ftl output_format="HTML"]
                [#macro page site title description=""]<main>[#nested]</main>[/#macro]
                [#macro header site]<header></header>[/#macro]
                """);
    write(
        module.resolve("i18n/civic-portal-editor-messages_vi.properties"),
        "civic.editor.template.home=Trang chủ\nciviceditor.bad=x\n");
    write(
        module.resolve("i18n/civic-portal-editor-messages_en.properties"), "civic.only.en=Only\n");
    Files.write(
        module.resolve("i18n/civic-portal-site-messages_vi.properties"),
        new byte[] {'k', '=', (byte) 0xC3});

    List<String> problems = new LightModuleChecker(module, repo.resolve("templates")).check();

    assertThat(problems)
        .anyMatch(p -> p.contains("'Home page' is not a civic.* message key"))
        .anyMatch(p -> p.contains("missing light-modules/civic-portal/dialogs/pages/home.yaml"))
        .anyMatch(
            p -> p.contains("missing light-modules/civic-portal/templates/components/teaser.yaml"))
        .anyMatch(p -> p.contains("missing light-modules/civic-portal/contentTypes/thing.yaml"))
        .anyMatch(p -> p.contains("missing light-modules/civic-portal/includes/extra.yaml"))
        .anyMatch(p -> p.contains("no class org.civicportal.magnolia.GroupingLongConverter"))
        .anyMatch(p -> p.contains("import of missing /civic-portal/templates/macros/gone.ftl"))
        .anyMatch(p -> p.contains("[@layout.page]: the macro has no parameter colour"))
        .anyMatch(p -> p.contains("[@layout.page]: required parameter title not passed"))
        .anyMatch(p -> p.contains("[@layout.footer]: no such macro"))
        .anyMatch(p -> p.contains("[@layout.header]: required parameter site not passed"))
        .anyMatch(p -> p.contains("broken.ftl: FreeMarker syntax error"))
        .anyMatch(p -> p.contains("bare.ftl: does not start with [#ftl output_format=\"HTML\"]"))
        .anyMatch(p -> p.contains("message key civic.editor.template.home is in no en bundle"))
        .anyMatch(
            p ->
                p.contains(
                    "civic-portal-editor-messages_en: missing key civic.editor.template.home"))
        .anyMatch(p -> p.contains("civic-portal-editor-messages_vi: missing key civic.only.en"))
        .anyMatch(p -> p.contains("home.ftl: message key civic.site.missing is in no vi bundle"))
        .anyMatch(p -> p.contains("key civiceditor.bad does not start with civic."))
        .anyMatch(p -> p.contains("civic-portal-site-messages_vi.properties: not UTF-8"))
        .anyMatch(p -> p.contains("i18n/civic-portal-site-messages: no en file"))
        .anyMatch(
            p -> p.contains("article.yaml and report.yaml must both be content type definitions"))
        .noneMatch(p -> p.contains("cms.area"));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
