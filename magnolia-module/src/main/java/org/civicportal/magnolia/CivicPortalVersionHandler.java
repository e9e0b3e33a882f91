package org.civicportal.magnolia;

import info.magnolia.module.DefaultModuleVersionHandler;
import info.magnolia.module.InstallContext;
import info.magnolia.module.delta.AddPermissionTask;
import info.magnolia.module.delta.BootstrapSingleResource;
import info.magnolia.module.delta.Delta;
import info.magnolia.module.delta.DeltaBuilder;
import info.magnolia.module.delta.IsInstallSamplesTask;
import info.magnolia.module.delta.NodeExistsDelegateTask;
import info.magnolia.module.delta.OrderFilterBeforeTask;
import info.magnolia.module.delta.SetPropertyTask;
import info.magnolia.module.delta.Task;
import info.magnolia.module.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.civicportal.jcr.Workspaces;

/**
 * Installs the module. The default handler registers the node types and workspaces of the
 * descriptor, imports {@code mgnl-bootstrap/civic-portal/}, imports the sample content of {@code
 * mgnl-bootstrap-samples/civic-portal/} when {@code magnolia.bootstrap.samples} is true, and
 * registers the servlets. With samples, this handler also creates the sample site's pages, and
 * gives the site Vietnamese (default) and English content locales unless the site definition
 * already has an i18n configuration. These live apart from the other samples because the standalone
 * site, which imports those, has neither a website workspace nor Magnolia's configuration.
 *
 * <p>Editors get read/write on the editorial workspaces through the bootstrapped role {@code
 * civic-portal-editor}; the roles the apps admit by name, {@link #EDITORIAL_ROLES} (DX Core ships
 * them, CE does not), get the same here where they exist, by tasks rather than bootstrap files,
 * which would fail the install under a missing role.
 *
 * <p>On author instances the content apps are added to the Edit group of the app launcher.
 *
 * <p>The bootstrapped {@link SecurityHeadersFilter} lands at the end of {@code /server/filters}; it
 * is moved before the cache filter, so that pages served from the cache get its headers as well.
 *
 * <p>Votes and page views write the runtime workspaces all the time; the page cache's default flush
 * policy empties the whole cache on any change of a workspace it does not exclude, so they are
 * added to its exclusions (Magnolia's own stay; editorial workspaces still flush it when
 * published).
 *
 * <p>Updates: one delta per release of {@link ModuleUpdates#RELEASES}, each adding what is missing
 * and keeping what an admin set. Magnolia runs the deltas whose version is strictly after the
 * installed one, and compares versions without their classifier: 1.0.0-SNAPSHOT counts as 1.0.0, so
 * a site installed with a pre-release would never get the delta of its own release. {@link
 * #getUpdateDeltas} adds it: an installed pre-release (a version with a classifier) gets the delta
 * registered for its version without classifier, when the version being started is not that same
 * pre-release.
 */
public class CivicPortalVersionHandler extends DefaultModuleVersionHandler {
  static final String SAMPLE_SITE = "/mgnl-bootstrap/civic-portal-site/website.civic-portal.xml";
  static final String SITE_I18N =
      "/mgnl-bootstrap/civic-portal-site/config.modules.site.config.site.i18n.xml";
  static final List<String> EDITORIAL_ROLES = List.of("editor", "publisher");

  /**
   * Bootstrapped at the end of /server/filters, ordered before the cache so cache hits get the
   * headers too.
   */
  static final String SECURITY_HEADERS_FILTER = "securityHeaders";

  static final String SECURITY_HEADERS_BEFORE = "cache";

  /**
   * Where Magnolia 6.2's app launcher takes its groups' apps from (the compatibility layout, the
   * default, reads the JCR configuration of ui-admincentral); only author instances have it, so the
   * apps go there only if it exists. A light-module decoration of admincentral would do the same
   * but logs a warning on every public instance.
   */
  static final String APP_LAUNCHER_EDIT_APPS =
      "/modules/ui-admincentral/config/appLauncherLayout/groups/edit/apps";

  static final List<String> CONTENT_APPS = List.of("articles", "reports", "polls");
  static final String APP_LAUNCHER_ENTRY =
      "/mgnl-bootstrap/civic-portal-admincentral/"
          + "config.modules.ui-admincentral.config.appLauncherLayout.groups.edit.apps.%s.xml";

  /** Magnolia's read/write (all JCR actions), as its own roles grant on website. */
  static final long READ_WRITE = 63;

  /**
   * The workspaces whose changes do not flush the page cache (cache module 5.9:
   * FlushAllListeningPolicy reads this node's property values; it holds one property per workspace,
   * named like it).
   */
  static final String PAGE_CACHE_FLUSH_EXCLUSIONS =
      "/modules/cache/config/contentCaching/defaultPageCache/flushPolicy/policies/flushAll/excludedWorkspaces";

  private final List<Delta> releases = new ArrayList<>();

  public CivicPortalVersionHandler() {
    for (ModuleUpdates.Release release : ModuleUpdates.RELEASES) {
      List<Task> tasks = new ArrayList<>();
      for (ModuleUpdates.Step step : release.steps()) {
        tasks.add(task(step));
      }
      Delta delta = DeltaBuilder.update(release.version(), release.description()).addTasks(tasks);
      register(delta);
      releases.add(delta);
    }
  }

  @Override
  protected List<Delta> getUpdateDeltas(InstallContext installContext, Version from) {
    List<Delta> deltas = new ArrayList<>();
    Version current = installContext.getCurrentModuleDefinition().getVersion();
    if (from.getClassifier() != null
        && !Objects.equals(from.getClassifier(), current.getClassifier())) {
      for (Delta release : releases) {
        if (release.getVersion().isEquivalent(from)
            && release.getVersion().getClassifier() == null) {
          deltas.add(release);
        }
      }
    }
    deltas.addAll(super.getUpdateDeltas(installContext, from));
    return deltas;
  }

  private static Task task(ModuleUpdates.Step step) {
    if (step instanceof ModuleUpdates.Step.AddMissing add) {
      String name = "Add missing " + add.workspace() + ":" + add.path();
      Task addOrMerge =
          new NodeExistsDelegateTask(
              name,
              "Bootstraps "
                  + add.resource()
                  + " if the node is"
                  + " missing, else adds only what it lacks.",
              add.workspace(),
              add.path(),
              new AddMissingTask(add),
              add.isSample()
                  ? null
                  : new BootstrapSingleResource(
                      name, "Bootstraps " + add.resource() + ".", add.resource()));
      Task whereParentExists =
          new NodeExistsDelegateTask(
              name,
              "Only where " + add.parentPath() + " exists.",
              add.workspace(),
              add.parentPath(),
              addOrMerge,
              null);
      return add.isSample()
          ? new IsInstallSamplesTask(name, "Only with samples.", whereParentExists)
          : whereParentExists;
    }
    return step instanceof ModuleUpdates.Step.Servlets
        ? new ServletsTask()
        : new RuntimeMigrationsTask();
  }

  @Override
  protected List<Task> getExtraInstallTasks(InstallContext installContext) {
    List<Task> tasks = new ArrayList<>(super.getExtraInstallTasks(installContext));
    tasks.add(
        new IsInstallSamplesTask(
            "Sample site",
            "Creates the sample site's pages at /civic-portal.",
            new BootstrapSingleResource(
                "Sample site pages",
                "Home, listings and the article and report"
                    + " detail pages that /articles/{name} and /reports/{name} forward to.",
                SAMPLE_SITE)));
    tasks.add(
        new IsInstallSamplesTask(
            "Sample site languages",
            "Vietnamese and English content for the site.",
            new NodeExistsDelegateTask(
                "Site i18n",
                "Keeps an existing i18n configuration of the site.",
                "config",
                "/modules/site/config/site/i18n",
                null,
                new BootstrapSingleResource(
                    "Site languages",
                    "Vietnamese (default, no URL prefix) and English (/en/...).",
                    SITE_I18N))));
    tasks.add(
        new OrderFilterBeforeTask(SECURITY_HEADERS_FILTER, new String[] {SECURITY_HEADERS_BEFORE}));
    for (String app : CONTENT_APPS) {
      tasks.add(
          new NodeExistsDelegateTask(
              "App launcher",
              "Shows the "
                  + app
                  + " app in the Edit group of the"
                  + " author instance's app launcher.",
              "config",
              APP_LAUNCHER_EDIT_APPS,
              new BootstrapSingleResource(
                  "App launcher entry",
                  "The " + app + " app in the Edit group.",
                  APP_LAUNCHER_ENTRY.formatted(app)),
              null));
    }
    for (String role : EDITORIAL_ROLES) {
      for (String workspace : Workspaces.EDITORIAL) {
        // Only where the role exists: AddPermissionTask would warn on every CE install, which has
        // neither.
        tasks.add(
            new NodeExistsDelegateTask(
                "Editorial access",
                "Lets the " + role + " role edit " + workspace + " if it exists.",
                "userroles",
                "/" + role,
                new AddPermissionTask(
                    "Editorial access",
                    "Lets the " + role + " role edit " + workspace + ".",
                    role,
                    workspace,
                    "/",
                    READ_WRITE,
                    true),
                null));
      }
    }
    for (String workspace : Workspaces.RUNTIME) {
      tasks.add(
          new NodeExistsDelegateTask(
              "Page cache",
              "Keeps the page cache when visitors write " + workspace + ".",
              "config",
              PAGE_CACHE_FLUSH_EXCLUSIONS,
              new SetPropertyTask("config", PAGE_CACHE_FLUSH_EXCLUSIONS, workspace, workspace),
              null));
    }
    return tasks;
  }
}
