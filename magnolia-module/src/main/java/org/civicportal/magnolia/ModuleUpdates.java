package org.civicportal.magnolia;

import java.util.List;

/**
 * What each release changes on a site that runs an earlier version: the one list to extend when a
 * change must reach installed sites. {@link CivicPortalVersionHandler} registers one Magnolia
 * update delta per {@link Release}, with a task per {@link Step}; {@code UpdateCoverageTest} fails
 * when a bootstrap file or a configuration default is new or changed since {@link #BASELINE} and no
 * release here reaches it. Plain data (no Magnolia type), so that tests can read it and apply its
 * steps to a real repository.
 *
 * <p>Adding a bootstrap file or a configuration property: put the file (or the property, in its
 * existing file) where the install picks it up, then add {@code new
 * Step.AddMissing("/mgnl-bootstrap/...xml")} to the release being made (the last one below, whose
 * version is the pom's without "-SNAPSHOT"; start a new {@link Release} after a release). The
 * update adds to an installed site what the file has and the site lacks, and changes nothing an
 * admin set. Changing the layout of runtime data: add a {@code RuntimeMigration} to {@code
 * RuntimeMigrations}, which every release's {@link Step.RuntimeMigrations} step runs.
 */
final class ModuleUpdates {
  /**
   * The installed version the updates start from: the pre-release 1.0.0-SNAPSHOT (commit b8c4b3a),
   * whose bootstrap files and configuration defaults {@code
   * src/test/resources/upgrade/1.0.0-SNAPSHOT/} records.
   */
  static final String BASELINE = "1.0.0-SNAPSHOT";

  static final List<Release> RELEASES =
      List.of(
          new Release(
              "1.0.0",
              "Brings a site installed with the pre-release 1.0.0-SNAPSHOT to 1.0.0: runtime nodes"
                  + " of earlier versions take the civic:runtime type; configuration that is new since then is"
                  + " added where missing.",
              List.of(
                  new Step.RuntimeMigrations(),
                  // The feeds' and the sitemap's servlets are new; the statistics servlet moved to
                  // org.civicportal.stats.
                  new Step.Servlets(),
                  // The statistics app's role also reaches the author UI and the module's static
                  // files.
                  new Step.AddMissing(
                      "/mgnl-bootstrap/civic-portal/userroles.civic-portal-stats.xml"),
                  // Site identity (agency, province, emblem, publisher) in the module
                  // configuration.
                  new Step.AddMissing(
                      "/mgnl-bootstrap/civic-portal/config.modules.civic-portal.config.xml"),
                  // Pictures of the demo articles and report, where the samples are still there.
                  new Step.AddMissing(
                      "/mgnl-bootstrap-samples/civic-portal/articles.canh-giac-lua-dao-truc-tuyen.xml"),
                  new Step.AddMissing(
                      "/mgnl-bootstrap-samples/civic-portal/articles.chuyen-doi-ipv6-co-quan-nha-nuoc.xml"),
                  new Step.AddMissing(
                      "/mgnl-bootstrap-samples/civic-portal/articles.chuyen-mang-giu-so-nhung-dieu-can-biet.xml"),
                  new Step.AddMissing(
                      "/mgnl-bootstrap-samples/civic-portal/articles.van-hanh-phong-hop-khong-giay.xml"),
                  new Step.AddMissing(
                      "/mgnl-bootstrap-samples/civic-portal/reports.ket-qua-hoat-dong-quy-ii-nam-2024.xml"),
                  // Site search: its URL mapping, and its page in the sample site where that is
                  // still there.
                  new Step.AddMissing(
                      "/mgnl-bootstrap/civic-portal/config.modules.civic-portal.virtualUriMappings.xml"),
                  new Step.AddMissing(
                      "/mgnl-bootstrap/civic-portal-site/website.civic-portal.xml"))));

  private ModuleUpdates() {}

  /** One version's update: the Magnolia delta for {@code version}. */
  record Release(String version, String description, List<Step> steps) {
    Release {
      steps = List.copyOf(steps);
    }
  }

  /** One task of an update. */
  sealed interface Step {
    /**
     * Adds a bootstrap file's content where it is missing: the whole node when the site lacks it
     * (Magnolia's own bootstrap, identifiers kept), else only the properties and child nodes the
     * node lacks ({@code AddMissing}). Nothing happens where the node's parent does not exist (a
     * module the site does not run, an author-only node on a public instance). Sample files ({@link
     * #isSample}) only where samples are installed, and only merged into sample content that is
     * still there: content an editor deleted is not brought back.
     *
     * @param resource the classpath path, e.g. {@code
     *     /mgnl-bootstrap/civic-portal/config.modules.x.xml}
     */
    record AddMissing(String resource) implements Step {
      private static final List<String> SAMPLE_FOLDERS =
          List.of("/mgnl-bootstrap-samples/", "/mgnl-bootstrap/civic-portal-site/");

      public AddMissing {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        if (!resource.startsWith("/mgnl-bootstrap")
            || !name.endsWith(".xml")
            || name.split("\\.").length < 3) {
          throw new IllegalArgumentException(
              "not a bootstrap file <workspace>.<path>.xml: " + resource);
        }
      }

      private String[] parts() {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".xml".length()).split("\\.");
      }

      String workspace() {
        return parts()[0];
      }

      /** The path of the node the file holds. */
      String path() {
        String[] parts = parts();
        return "/" + String.join("/", List.of(parts).subList(1, parts.length));
      }

      String parentPath() {
        String path = path();
        int slash = path.lastIndexOf('/');
        return slash == 0 ? "/" : path.substring(0, slash);
      }

      boolean isSample() {
        return SAMPLE_FOLDERS.stream().anyMatch(resource::startsWith);
      }
    }

    /** Runs every migration of runtime data that is not done yet ({@code RuntimeMigrations}). */
    record RuntimeMigrations() implements Step {}

    /**
     * Registers the descriptor's servlets a site lacks and repoints those that name a class of an
     * earlier version ({@code ServletRegistrations}); Magnolia registers servlets at install only.
     */
    record Servlets() implements Step {}
  }
}
