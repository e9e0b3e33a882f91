package org.civicportal.magnolia;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.JcrContentService;
import org.civicportal.embedded.SystemViewImporter;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.SystemViewTree;
import org.civicportal.jcr.TestRepository;
import org.civicportal.poll.PollRepository;
import org.civicportal.poll.PollService;
import org.civicportal.poll.PollTallyStore;
import org.civicportal.rating.RatingService;
import org.civicportal.rating.RatingStore;
import org.civicportal.search.SiteSearch;
import org.civicportal.templating.SiteLinks;
import org.civicportal.visits.UserAgents;
import org.civicportal.visits.VisitCounter;
import org.civicportal.visits.VisitSettings;
import org.civicportal.visits.VisitStore;
import org.jsoup.nodes.Document;

/**
 * The sample site as Magnolia answers a visitor's URL, for tests outside this package (the
 * standalone's compares its pages with these): the module's virtual URI mappings (from its
 * bootstrap file, applied as Magnolia's RegexpVirtualUriMapping does), the site's i18n ({@code /en}
 * prefix), the sample site's page at the path, rendered by {@link SampleSiteRenderer} over the
 * sample content in a repository of its own, with the MagnoliaSiteContext of the module's default
 * configuration and {@link #SITE_URL} as site URL.
 */
public final class MagnoliaSampleSite implements AutoCloseable {
  public static final String SITE_URL = SampleSiteRenderer.SITE_URL;
  private static final String MAPPINGS =
      "/mgnl-bootstrap/civic-portal/config.modules.civic-portal.virtualUriMappings.xml";

  private final TestRepository repository;
  private final BatchedWriter writer;
  private final VisitCounter visits;
  private final SampleSiteRenderer renderer;
  private final SystemViewTree home;
  private final SystemViewTree mappings;

  private MagnoliaSampleSite(TestRepository repository) throws Exception {
    this.repository = repository;
    new SystemViewImporter(repository.embedded())
        .importClasspathFolder(
            MagnoliaSampleSite.class.getClassLoader(), SystemViewImporter.SAMPLES_FOLDER);
    writer = new BatchedWriter(repository);
    VisitSettings settings = VisitSettings.builder().build();
    visits =
        new VisitCounter(new VisitStore(repository, writer, settings), settings, new UserAgents());
    JcrContentService content = new JcrContentService(repository, AssetLinks.URLS_ONLY);
    PollService polls =
        new PollService(new PollRepository(repository), new PollTallyStore(repository, writer));
    RatingService ratings = new RatingService(content, new RatingStore(repository, writer));
    renderer =
        new SampleSiteRenderer(
            content,
            polls,
            ratings,
            visits,
            new SiteSearch(repository, AssetLinks.URLS_ONLY, () -> settings));
    home = SystemViewTree.resource(CivicPortalVersionHandler.SAMPLE_SITE);
    mappings = SystemViewTree.resource(MAPPINGS);
  }

  /**
   * A repository in {@code dir} with the sample content, as the module installs it with samples.
   */
  public static MagnoliaSampleSite open(Path dir) throws Exception {
    return new MagnoliaSampleSite(TestRepository.open(dir));
  }

  SampleSiteRenderer renderer() {
    return renderer;
  }

  /** The sample site's home page, its other pages below it. */
  SystemViewTree home() {
    return home;
  }

  /**
   * The home page's URL in a language: the page at the module's default homePath
   * ("/en/civic-portal.html").
   */
  public static String homeUrl(String lang) {
    return SiteLinks.langPrefix(lang)
        + CivicPortalModule.DEFAULT_HOME_PATH
        + SiteLinks.PAGE_EXTENSION;
  }

  /**
   * A status and, unless Magnolia finds no page at all (404 without one of the site's pages), the
   * document.
   */
  public record Answer(int status, Document document) {}

  /** What Magnolia answers to a GET of {@code url} (path and query, at the webapp's root). */
  public Answer get(String url) {
    int q = url.indexOf('?');
    String uri = q < 0 ? url : url.substring(0, q);
    Map<String, String> parameters =
        new LinkedHashMap<>(query(q < 0 ? null : url.substring(q + 1)));
    String lang = SiteLinks.langOf(uri);
    String target = forward(url).orElse(url);
    int tq = target.indexOf('?');
    if (tq >= 0) {
      // A forward's own parameters come first, as in a servlet container's forward.
      Map<String, String> merged = new LinkedHashMap<>(query(target.substring(tq + 1)));
      parameters.forEach(merged::putIfAbsent);
      parameters = merged;
      target = target.substring(0, tq);
    }
    String handle = SiteLinks.stripSegments(target, SiteLinks.langPrefix(lang));
    if (!handle.endsWith(SiteLinks.PAGE_EXTENSION)) {
      return new Answer(404, null);
    }
    Optional<SystemViewTree> page =
        page(handle.substring(0, handle.length() - SiteLinks.PAGE_EXTENSION.length()));
    if (page.isEmpty()) {
      return new Answer(404, null);
    }
    SampleSiteRenderer.Rendered rendered = renderer.render(page.get(), lang, parameters, uri);
    return new Answer(rendered.status(), rendered.document());
  }

  /** The sample site's page at a website path ("/civic-portal/articles"). */
  private Optional<SystemViewTree> page(String path) {
    String[] names = path.split("/", -1);
    if (names.length < 2 || !names[0].isEmpty() || !names[1].equals(home.name())) {
      return Optional.empty();
    }
    Optional<SystemViewTree> node = Optional.of(home);
    for (int i = 2; i < names.length && node.isPresent(); i++) {
      String name = names[i];
      node = node.get().child(name).filter(n -> n.text("mgnl:template").isPresent());
    }
    return node;
  }

  /**
   * The target of the module's mapping that forwards {@code url}, as Magnolia's
   * RegexpVirtualUriMapping does.
   */
  private Optional<String> forward(String url) {
    List<String> targets = new ArrayList<>();
    for (SystemViewTree mapping : mappings.children()) {
      Matcher m = Pattern.compile(mapping.text("fromUri").orElseThrow()).matcher(url);
      if (m.find()) {
        targets.add(m.replaceAll(mapping.text("toUri").orElseThrow()));
      }
    }
    if (targets.size() > 1) {
      throw new AssertionError("mappings " + targets + " all match " + url);
    }
    return targets.stream()
        .findFirst()
        .map(
            to -> {
              if (!to.startsWith("forward:")) {
                throw new AssertionError("not a forward: " + to);
              }
              return to.substring("forward:".length());
            });
  }

  private static Map<String, String> query(String query) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        parameters.putIfAbsent(
            eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
      }
    }
    return parameters;
  }

  @Override
  public void close() throws Exception {
    visits.close();
    writer.close();
    repository.close();
  }
}
