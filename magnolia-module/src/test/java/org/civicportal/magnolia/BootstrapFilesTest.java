package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ItemSummary;
import org.civicportal.identity.IdentityText;
import org.civicportal.identity.SiteIdentity;
import org.civicportal.jcr.Workspaces;
import org.civicportal.templating.PageSize;
import org.civicportal.templating.SiteLinks;
import org.civicportal.visits.VisitSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.yaml.snakeyaml.Yaml;

/**
 * The configuration the module bootstraps on install: every file is a JCR system view whose root
 * node is the one its Magnolia file name promises, and what it configures (civicfn, URI security,
 * cache bypass, URL mappings) holds.
 */
class BootstrapFilesTest {
  private static final String SV = "http://www.jcp.org/jcr/sv/1.0";
  private static final Set<String> WORKSPACES =
      Set.of("config", "userroles", "usergroups", "users", "website");

  private static final Map<String, Element> FILES = new LinkedHashMap<>();

  /**
   * The sample site's pages and languages, imported by the version handler when samples are
   * installed.
   */
  private static Element site;

  private static Element siteI18n;

  @BeforeAll
  static void parseAll() throws Exception {
    Path dir =
        Path.of(BootstrapFilesTest.class.getResource("/mgnl-bootstrap/civic-portal/").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        FILES.put(file.getFileName().toString(), parse(file));
      }
    }
    assertThat(FILES).isNotEmpty();
    URL siteFile = BootstrapFilesTest.class.getResource(CivicPortalVersionHandler.SAMPLE_SITE);
    assertThat(siteFile).as(CivicPortalVersionHandler.SAMPLE_SITE).isNotNull();
    site = parse(Path.of(siteFile.toURI()));
    siteI18n =
        parse(
            Path.of(
                BootstrapFilesTest.class.getResource(CivicPortalVersionHandler.SITE_I18N).toURI()));
  }

  private static Element parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
  }

  @Test
  void everyFileIsASystemViewRootedWhereItsNameSays() {
    FILES.forEach(
        (file, root) -> {
          assertThat(file).as(file).endsWith(".xml");
          String[] path = file.substring(0, file.length() - ".xml".length()).split("\\.");
          assertThat(path.length).as(file + ": workspace and node").isGreaterThanOrEqualTo(2);
          assertThat(WORKSPACES).as(file + ": workspace").contains(path[0]);
          assertThat(root.getNamespaceURI()).as(file).isEqualTo(SV);
          assertThat(root.getLocalName()).as(file).isEqualTo("node");
          assertThat(root.getAttributeNS(SV, "name"))
              .as(file + ": root node name")
              .isEqualTo(path[path.length - 1]);
          everyNodeHasAPrimaryType(file, root);
        });
  }

  @Test
  void sampleSitePagesUseTheLightModulesTemplatesAndAreWhereTheMappingsForward() throws Exception {
    String file = Path.of(CivicPortalVersionHandler.SAMPLE_SITE).getFileName().toString();
    assertThat(file).isEqualTo("website.civic-portal.xml");
    assertThat(site.getAttributeNS(SV, "name")).isEqualTo("civic-portal");
    everyNodeHasAPrimaryType(file, site);
    assertThat(new CivicPortalModule().getHomePath()).isEqualTo("/civic-portal");
    // The other child nodes are the pages' areas (SamplePagesChecker checks those).
    List<Element> pages =
        new ArrayList<>(
            children(site).stream()
                .filter(
                    child -> property(child, "jcr:primaryType").orElseThrow().equals("mgnl:page"))
                .toList());
    assertThat(pages).hasSize(5);
    pages.add(site);
    for (Element page : pages) {
      assertThat(property(page, "jcr:primaryType")).contains("mgnl:page");
      String template = property(page, "mgnl:template").orElseThrow();
      assertThat(template).startsWith("civic-portal:pages/");
      String definition =
          "/civic-portal/templates/pages/"
              + template.substring("civic-portal:pages/".length())
              + ".yaml";
      assertThat(getClass().getResource(definition)).as(definition).isNotNull();
    }
    for (String forwarded :
        List.of("/articles", "/reports", "/articles/x", "/reports/x", "/search?q=x")) {
      String target = forward(forwarded).orElseThrow();
      String pagePath = target.substring(0, target.indexOf(".html"));
      assertThat(pagePath).startsWith("/civic-portal/");
      assertThat(child(site, pagePath.substring("/civic-portal/".length())))
          .as(pagePath)
          .isPresent();
    }
    assertThat(property(child(site, "article").orElseThrow(), "mgnl:template"))
        .contains("civic-portal:pages/article");
    assertThat(property(child(site, "report").orElseThrow(), "mgnl:template"))
        .contains("civic-portal:pages/report");
    assertThat(property(child(site, "reports").orElseThrow(), "kind")).contains("report");
    assertThat(property(child(site, "search").orElseThrow(), "mgnl:template"))
        .contains("civic-portal:pages/search");
  }

  /**
   * The sample pages' list sizes, as editors see them in the page dialogs, are the templates'
   * defaults.
   */
  @Test
  void samplePagesListAsManyItemsAsThePageSizeDefaults() {
    assertThat(property(site, "latestCount"))
        .contains(String.valueOf(PageSize.LATEST.getDefault()));
    for (String listing : List.of("articles", "reports")) {
      assertThat(property(child(site, listing).orElseThrow(), "pageSize"))
          .as(listing)
          .contains(String.valueOf(PageSize.LISTING.getDefault()));
    }
  }

  @Test
  void sampleSiteIsVietnameseFirstWithEnglishUnderEn() {
    assertThat(Path.of(CivicPortalVersionHandler.SITE_I18N).getFileName().toString())
        .isEqualTo("config.modules.site.config.site.i18n.xml");
    assertThat(siteI18n.getAttributeNS(SV, "name")).isEqualTo("i18n");
    everyNodeHasAPrimaryType("site i18n", siteI18n);
    assertThat(property(siteI18n, "class"))
        .contains("info.magnolia.cms.i18n.DefaultI18nContentSupport");
    assertThat(property(siteI18n, "enabled")).contains("true");
    assertThat(property(siteI18n, "fallbackLocale")).contains(MagnoliaSiteContext.DEFAULT_LANG);
    assertThat(property(siteI18n, "defaultLocale")).contains(MagnoliaSiteContext.DEFAULT_LANG);
    List<String> languages =
        children(child(siteI18n, "locales").orElseThrow()).stream()
            .map(locale -> property(locale, "language").orElseThrow())
            .toList();
    assertThat(languages)
        .containsExactly(MagnoliaSiteContext.DEFAULT_LANG, MagnoliaSiteContext.OTHER_LANG);
  }

  @Test
  void registersCivicfnForFreemarkerLikeMagnoliaItsOwnFunctionSets() throws Exception {
    Element civicfn =
        FILES.get("config.modules.rendering.renderers.freemarker.contextAttributes.civicfn.xml");
    assertThat(civicfn).isNotNull();
    assertThat(property(civicfn, "name")).contains("civicfn");
    String componentClass = property(civicfn, "componentClass").orElseThrow();
    assertThat(componentClass).isEqualTo("org.civicportal.templating.CivicTemplatingFunctions");
    Class.forName(componentClass, false, getClass().getClassLoader());
  }

  @Test
  void anonymousMayPostOnlyToTheApiAndNeverReachStatistics() {
    Map<String, Long> anonymous = uriPermissions("userroles.anonymous.acl_uri.");
    assertThat(anonymous)
        .containsEntry("/.civic/api*", 63L)
        .containsEntry("/.civic*", 8L)
        .containsEntry("/.civic/stats*", 0L);
  }

  /**
   * The statistics role alone opens the statistics app: the dashboard and its data, the author UI's
   * address and its VAADIN files (URI security guards them on an author instance, where anonymous
   * may reach nothing), and the module's static files the dashboard loads (styles, scripts, the
   * chart library). Nothing else: no workspace.
   */
  @Test
  void statsRoleReachesTheDashboardInTheAuthorUiAndNothingElse() {
    Element statsRole = FILES.get("userroles.civic-portal-stats.xml");
    assertThat(property(statsRole, "jcr:primaryType")).contains("mgnl:role");
    assertThat(children(statsRole))
        .extracting(e -> e.getAttributeNS(SV, "name"))
        .containsExactly("acl_uri");
    Map<String, Long> uris = new LinkedHashMap<>();
    for (Element entry : children(child(statsRole, "acl_uri").orElseThrow())) {
      uris.put(
          property(entry, "path").orElseThrow(),
          Long.valueOf(property(entry, "permissions").orElseThrow()));
    }
    assertThat(uris)
        .containsExactly(
            Map.entry("/.civic/stats*", 63L),
            Map.entry("/.resources/civic-portal*", 8L),
            Map.entry("/.magnolia/admincentral*", 63L),
            Map.entry("/VAADIN*", 8L));
  }

  /**
   * The app is offered to those URI security lets through to the dashboard, and to no one it would
   * refuse.
   */
  @Test
  void statsAppIsForTheStatsRoleAndShowsTheDashboard() throws Exception {
    Map<String, Object> app;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("civic-portal/apps/visit-statistics.yaml")) {
      app = new Yaml().load(in);
    }
    assertThat(app)
        .extractingByKey("permissions")
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .extractingByKey("roles")
        .isEqualTo(Map.of("superuser", "superuser", "civic-portal-stats", "civic-portal-stats"));
    assertThat(app.get("subApps").toString()).contains("url=/.civic/stats/");
  }

  /**
   * The role editors get: read/write (63) on the whole of each editorial workspace, and nothing
   * else.
   */
  @Test
  void editorRoleMayEditTheEditorialWorkspacesOnly() {
    Element role = FILES.get("userroles.civic-portal-editor.xml");
    assertThat(property(role, "jcr:primaryType")).contains("mgnl:role");
    Map<String, String> acls = new LinkedHashMap<>();
    for (Element acl : children(role)) {
      Element entry = child(acl, "0").orElseThrow();
      assertThat(property(entry, "path")).as(acl.getAttributeNS(SV, "name")).contains("/*");
      acls.put(acl.getAttributeNS(SV, "name"), property(entry, "permissions").orElseThrow());
    }
    Map<String, String> expected = new LinkedHashMap<>();
    Workspaces.EDITORIAL.forEach(
        workspace ->
            expected.put("acl_" + workspace, String.valueOf(CivicPortalVersionHandler.READ_WRITE)));
    assertThat(acls).isEqualTo(expected);
    assertThat(Workspaces.EDITORIAL)
        .containsExactly(Workspaces.ARTICLES, Workspaces.REPORTS, Workspaces.POLLS);
    assertThat(CivicPortalVersionHandler.READ_WRITE).isEqualTo(63L);
  }

  /**
   * Every workspace an ACL of a bootstrapped role names exists: the module's or one Magnolia
   * registers.
   */
  @Test
  void aclsNameOnlyExistingWorkspaces() {
    Set<String> known =
        Set.of(
            Workspaces.ARTICLES,
            Workspaces.REPORTS,
            Workspaces.POLLS,
            Workspaces.FEEDBACK,
            Workspaces.VISITS,
            "uri",
            "website",
            "dam",
            "config",
            "users",
            "userroles",
            "usergroups");
    FILES.forEach(
        (file, root) -> {
          List<String> names = new ArrayList<>(List.of(file.split("\\.")));
          names.add(root.getAttributeNS(SV, "name"));
          children(root).forEach(child -> names.add(child.getAttributeNS(SV, "name")));
          names.stream()
              .filter(name -> name.startsWith("acl_"))
              .forEach(
                  name -> assertThat(known).as(file).contains(name.substring("acl_".length())));
        });
  }

  /**
   * Magnolia's CSRF token filter refuses anonymous POSTs without its cookie token; the API checks
   * Origin.
   */
  @Test
  void publicApiBypassesTheCsrfTokenFilterLikeMagnoliasOwnRest() {
    Element bypass =
        FILES.get("config.server.filters.csrfTokenSecurity.bypasses.BypassCivicApi.xml");
    assertThat(bypass).isNotNull();
    assertThat(property(bypass, "class"))
        .contains("info.magnolia.voting.voters.URIStartsWithVoter");
    assertThat(property(bypass, "pattern")).contains("/.civic/api");
  }

  /**
   * The short URLs are forwards; without this bypass the i18n filter runs again on the forward,
   * sees no /en prefix and renders every English detail and listing page in Vietnamese (seen in
   * Magnolia 6.2.45).
   */
  @Test
  void forwardsKeepTheLocaleOfTheOriginalRequest() {
    Element bypass = FILES.get("config.server.filters.i18n.bypasses.BypassWhenForward.xml");
    assertThat(bypass).isNotNull();
    assertThat(property(bypass, "class")).contains("info.magnolia.voting.voters.ForwardVoter");
  }

  /**
   * The API base the pages link to (SiteLinks) is the one the bootstrap opens to visitors past
   * Magnolia's filters.
   */
  @Test
  void bypassesAndAclNameTheApiBaseThePagesUse() {
    for (String filter : List.of("csrfTokenSecurity", "securityCallback")) {
      Element bypass =
          FILES.get("config.server.filters." + filter + ".bypasses.BypassCivicApi.xml");
      assertThat(bypass).as(filter).isNotNull();
      assertThat(property(bypass, "pattern")).as(filter).contains(SiteLinks.API_BASE);
    }
    assertThat(uriPermissions("userroles.anonymous.acl_uri."))
        .containsKey(SiteLinks.API_BASE + "*");
  }

  @Test
  void excludesDotCivicFromThePageCache() {
    Element voter =
        FILES.get(
            "config.modules.cache.config.contentCaching.defaultPageCache.cachePolicy"
                + ".shouldBypassVoters.urls.excludes.civicPortal.xml");
    assertThat(voter).isNotNull();
    assertThat(property(voter, "class")).contains("info.magnolia.voting.voters.URIStartsWithVoter");
    assertThat(property(voter, "pattern")).contains("/.civic");
  }

  @Test
  void moduleConfigDefaultsMatchTheModuleBean() {
    Element config = FILES.get("config.modules.civic-portal.config.xml");
    CivicPortalModule defaults = new CivicPortalModule();
    assertThat(property(config, "siteUrl")).contains(defaults.getSiteUrl());
    assertThat(property(config, "homePath")).contains(defaults.getHomePath());
    assertThat(property(config, "authorOrigin")).contains(defaults.getAuthorOrigin());
  }

  /**
   * The identity an install starts with is the demo identity, the standalone's default (one
   * properties file), in the shape Magnolia's Node2Bean fills SiteIdentity with: properties for its
   * setters, child nodes vi and en for its IdentityText ones. Without the node the module bean
   * starts from the same values.
   */
  @Test
  void bootstrapIdentityIsTheDemoIdentityInTheBeansShape() throws Exception {
    Element identity =
        child(FILES.get("config.modules.civic-portal.config.xml"), "identity").orElseThrow();
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : List.of("emblem", "phone", "email")) {
      values.put(name, property(identity, name).orElseThrow());
      assertThat(
              SiteIdentity.class.getMethod(
                  "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1), String.class))
          .isNotNull();
    }
    for (String lang : List.of("vi", "en")) {
      Element text = child(identity, lang).orElseThrow();
      assertThat(
              SiteIdentity.class.getMethod(
                  "set" + Character.toUpperCase(lang.charAt(0)) + lang.substring(1),
                  IdentityText.class))
          .isNotNull();
      assertThat(children(text)).as("the texts are properties of " + lang).isEmpty();
      for (String name :
          List.of(
              "agencyName",
              "province",
              "governingBody",
              "address",
              "responsiblePerson",
              "licence")) {
        values.put(lang + "." + name, property(text, name).orElseThrow());
        assertThat(
                IdentityText.class.getMethod(
                    "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1),
                    String.class))
            .isNotNull();
      }
    }
    assertThat(values).isEqualTo(SiteIdentity.demo().asProperties());
    assertThat(new CivicPortalModule().getIdentity().asProperties()).isEqualTo(values);
  }

  /**
   * The visit settings an install starts with are VisitSettings' defaults, which the module bean
   * and the standalone start from: XML cannot read the Java constants, so this test holds them
   * together.
   */
  @Test
  void bootstrapVisitSettingsAreTheJavaDefaults() {
    Element config = FILES.get("config.modules.civic-portal.config.xml");
    CivicPortalModule bean = new CivicPortalModule();
    assertThat(property(config, "timeZone"))
        .contains(VisitSettings.DEFAULT_ZONE.getId())
        .contains(bean.getTimeZone());
    assertThat(property(config, "flushIntervalSeconds"))
        .contains(String.valueOf(VisitSettings.DEFAULT_FLUSH_INTERVAL.toSeconds()))
        .contains(String.valueOf(bean.getFlushIntervalSeconds()));
    assertThat(property(config, "retentionDays"))
        .contains(String.valueOf(VisitSettings.DEFAULT_RETENTION.getDays()))
        .contains(String.valueOf(bean.getRetentionDays()));
    assertThat(property(config, "maxViewsPerVisitorPerDay"))
        .contains(String.valueOf(VisitSettings.DEFAULT_MAX_VIEWS_PER_VISITOR_PER_DAY))
        .contains(String.valueOf(bean.getMaxViewsPerVisitorPerDay()));
    assertThat(property(config, "topKeysPerDay"))
        .contains(String.valueOf(VisitSettings.DEFAULT_TOP_KEYS_PER_DAY))
        .contains(String.valueOf(bean.getTopKeysPerDay()));
    assertThat(VisitSettings.DEFAULT_RETENTION.toTotalMonths())
        .as("a retention in days only")
        .isZero();
  }

  /**
   * A Magnolia filter adds the pages' security headers; the version handler orders it before the
   * cache.
   */
  @Test
  void securityHeadersFilterIsAnEnabledMagnoliaFilterNamedAsTheOrderingTaskSays() throws Exception {
    Element filter =
        FILES.get(
            "config.server.filters." + CivicPortalVersionHandler.SECURITY_HEADERS_FILTER + ".xml");
    assertThat(filter).isNotNull();
    assertThat(property(filter, "jcr:primaryType")).contains("mgnl:content");
    assertThat(property(filter, "enabled")).contains("true");
    Class<?> type =
        Class.forName(property(filter, "class").orElseThrow(), false, getClass().getClassLoader());
    assertThat(type).isEqualTo(SecurityHeadersFilter.class);
    assertThat(info.magnolia.cms.filters.AbstractMgnlFilter.class).isAssignableFrom(type);
    assertThat(CivicPortalVersionHandler.SECURITY_HEADERS_BEFORE).isEqualTo("cache");
  }

  /**
   * Applies the mappings as Magnolia's RegexpVirtualUriMapping does (find, then replaceAll) to our
   * own links.
   */
  @Test
  void shortItemAndListingLinksForwardToTheSitePages() {
    for (String lang : List.of("vi", "en")) {
      MagnoliaSiteContext site =
          new MagnoliaSiteContext(
              lang, "", "https://portal.example", "/civic-portal", "/", SiteIdentity.demo());
      String prefix = lang.equals("en") ? "/en/" : "/";
      for (ContentKind kind : ContentKind.values()) {
        ItemSummary item =
            new ItemSummary(
                "3f1c0d6e-9a2b-4c5d-8e7f-0a1b2c3d4e5f",
                kind,
                "bao-cao-quy-1",
                "T",
                "",
                null,
                "",
                null);
        String detail = kind.getKey();
        assertThat(forward(site.href(item)))
            .contains(prefix + "civic-portal/" + detail + ".html?name=bao-cao-quy-1");
        assertThat(forward(site.href(item) + ".html"))
            .contains(prefix + "civic-portal/" + detail + ".html?name=bao-cao-quy-1");
        assertThat(forward(site.listingHref(kind, 1)))
            .contains(prefix + "civic-portal/" + kind.getPathSegment() + ".html");
        assertThat(forward(site.listingHref(kind, 3)))
            .contains(prefix + "civic-portal/" + kind.getPathSegment() + ".html");
      }
    }
    assertThat(forward("/articles/a/b")).isEmpty();
    assertThat(forward("/articles/../x")).isEmpty();
    assertThat(forward("/civic-portal/articles.html")).isEmpty();
  }

  private static Optional<String> forward(String uri) {
    Element mappings = FILES.get("config.modules.civic-portal.virtualUriMappings.xml");
    List<String> results = new ArrayList<>();
    for (Element mapping : children(mappings)) {
      assertThat(property(mapping, "class"))
          .contains("info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping");
      Matcher m = Pattern.compile(property(mapping, "fromUri").orElseThrow()).matcher(toUri(uri));
      if (m.find()) {
        results.add(m.replaceAll(property(mapping, "toUri").orElseThrow()));
      }
    }
    assertThat(results).as("mappings matching " + uri).hasSizeLessThanOrEqualTo(1);
    return results.stream()
        .findFirst()
        .map(
            to -> {
              assertThat(to).startsWith("forward:");
              return to.substring("forward:".length());
            });
  }

  /** Magnolia hands the mapping a java.net.URI of path and query. */
  private static String toUri(String uri) {
    try {
      int q = uri.indexOf('?');
      return new URI(
              null,
              null,
              q < 0 ? uri : uri.substring(0, q),
              q < 0 ? null : uri.substring(q + 1),
              null)
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(uri, e);
    }
  }

  private static Map<String, Long> uriPermissions(String filePrefix) {
    Map<String, Long> permissions = new LinkedHashMap<>();
    FILES.forEach(
        (file, root) -> {
          if (file.startsWith(filePrefix)) {
            permissions.put(
                property(root, "path").orElseThrow(),
                Long.valueOf(property(root, "permissions").orElseThrow()));
          }
        });
    return permissions;
  }

  private static void everyNodeHasAPrimaryType(String file, Element node) {
    assertThat(property(node, "jcr:primaryType"))
        .as(file + ": " + node.getAttributeNS(SV, "name"))
        .isPresent();
    children(node).forEach(child -> everyNodeHasAPrimaryType(file, child));
  }

  private static List<Element> children(Element node) {
    List<Element> children = new ArrayList<>();
    for (org.w3c.dom.Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && "node".equals(n.getLocalName())) {
        children.add((Element) n);
      }
    }
    return children;
  }

  private static Optional<Element> child(Element node, String name) {
    return children(node).stream()
        .filter(c -> c.getAttributeNS(SV, "name").equals(name))
        .findFirst();
  }

  private static Optional<String> property(Element node, String name) {
    for (org.w3c.dom.Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element
          && "property".equals(n.getLocalName())
          && name.equals(((Element) n).getAttributeNS(SV, "name"))) {
        return Optional.of(n.getTextContent().trim());
      }
    }
    return Optional.empty();
  }
}
