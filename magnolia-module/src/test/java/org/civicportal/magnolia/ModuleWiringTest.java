package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.CreationException;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import info.magnolia.module.ModuleLifecycleContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javax.servlet.http.HttpServlet;
import org.civicportal.jcr.BatchedWriter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.civicportal.templating.SiteContext;
import org.civicportal.visits.PageView;
import org.civicportal.visits.UserAgents;
import org.civicportal.visits.VisitCounter;
import org.civicportal.visits.VisitSettings;
import org.civicportal.visits.VisitStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The module descriptor wired the way Magnolia 6.2.45 wires it ({@link MagnoliaWiring}): Guice 5.1
 * in {@code Stage.PRODUCTION}, JSR-250 on, the module instance unavailable until the module starts,
 * no {@code @PreDestroy} ever. Then the module's start and stop, as Magnolia's module manager calls
 * them, on a real repository: the configuration is read after it is populated, and stopping saves
 * the counts and ends every thread.
 */
class ModuleWiringTest {
  @TempDir static Path dir;
  private static TestRepository repository;
  private MagnoliaWiring magnolia;

  @BeforeAll
  static void open() throws Exception {
    repository = TestRepository.open(dir.resolve("jcr"));
  }

  @AfterAll
  static void close() {
    repository.close();
  }

  @AfterEach
  void shutDown() {
    if (magnolia != null) {
      magnolia.stopModule(ModuleLifecycleContext.PHASE_SYSTEM_SHUTDOWN);
    }
  }

  @Test
  void theInjectorBuildsBeforeTheModuleStarts() throws Exception {
    magnolia = new MagnoliaWiring(ModuleDescriptorTest.parseDescriptor(), repository);
    Injector injector = magnolia.createInjector();
    // The emulation bites: reading the configuration before the start fails as it does in Magnolia.
    assertThatThrownBy(() -> injector.getInstance(VisitSettings.class))
        .isInstanceOf(ProvisionException.class)
        .hasMessageContaining("Module instance for module [civic-portal] not available");
    assertThat(civicThreads()).isEmpty();
  }

  @Test
  void anEagerComponentThatReadsTheConfigurationStopsMagnoliaFromStarting() throws Exception {
    Document descriptor = ModuleDescriptorTest.parseDescriptor();
    NodeList lazy = descriptor.getElementsByTagName("lazy");
    assertThat(lazy.getLength()).as("lazy components in the descriptor").isPositive();
    while (lazy.getLength() > 0) {
      lazy.item(0).getParentNode().removeChild(lazy.item(0));
    }
    magnolia = null;
    MagnoliaWiring eager = new MagnoliaWiring(descriptor, repository);
    assertThatThrownBy(eager::createInjector)
        .isInstanceOf(CreationException.class)
        .hasMessageContaining("Module instance for module [civic-portal] not available");
  }

  @Test
  void theModuleConfigurationIsWhatTheComponentsUse() throws Exception {
    magnolia = new MagnoliaWiring(ModuleDescriptorTest.parseDescriptor(), repository);
    Injector injector = magnolia.createInjector();
    CivicPortalModule config = magnolia.populate(injector);
    config.setTimeZone("Europe/Paris");
    config.setFlushIntervalSeconds(7);
    config.setRetentionDays(90);
    config.setMaxViewsPerVisitorPerDay(40);
    magnolia.startModule(ModuleLifecycleContext.PHASE_SYSTEM_STARTUP);

    VisitSettings settings = injector.getInstance(VisitSettings.class);
    assertThat(settings.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(settings.getFlushInterval()).isEqualTo(Duration.ofSeconds(7));
    assertThat(settings.getRetention().getDays()).isEqualTo(90);
    assertThat(settings.getMaxViewsPerVisitorPerDay()).isEqualTo(40);
    assertThat(civicThreads()).contains("civic-visits-flush");
  }

  @Test
  void everyServletAndComponentOfTheDescriptorIsBuiltOnceTheModuleHasStarted() throws Exception {
    magnolia = new MagnoliaWiring(ModuleDescriptorTest.parseDescriptor(), repository);
    Injector injector = magnolia.createInjector();
    magnolia.populate(injector);
    magnolia.startModule(ModuleLifecycleContext.PHASE_SYSTEM_STARTUP);
    for (Class<?> servlet : magnolia.servlets()) {
      assertThat(injector.getInstance(servlet)).isInstanceOf(HttpServlet.class);
    }
    for (Class<?> type : magnolia.componentTypes()) {
      // The site context is built per rendered page, from Magnolia's request state.
      if (type != SiteContext.class) {
        assertThat(injector.getInstance(type)).as(type.getName()).isNotNull();
      }
    }
  }

  @Test
  void stoppingMagnoliaSavesTheCountsAndEndsEveryThread() throws Exception {
    Injector injector = startedWithoutTimedFlushes();
    VisitSettings settings = injector.getInstance(VisitSettings.class);
    long before = savedVisits(settings);
    VisitCounter counter = injector.getInstance(VisitCounter.class);
    for (int i = 0; i < 5; i++) {
      counter.record(
          PageView.of(
              "/a" + i, null, "portal.example", "Mozilla/5.0 Firefox/120.0", "visitor-" + i));
    }
    // A write starts the group-commit thread of civic-feedback.
    injector.getInstance(BatchedWriter.class).write(Workspaces.FEEDBACK, s -> null);
    assertThat(civicThreads())
        .contains("civic-visits-flush", "civic-writer-" + Workspaces.FEEDBACK);

    magnolia.stopModule(ModuleLifecycleContext.PHASE_SYSTEM_SHUTDOWN);
    magnolia = null;

    assertThat(savedVisits(settings)).isEqualTo(before + 5);
    assertThat(civicThreads()).isEmpty();
  }

  @Test
  void aConfigurationEditRestartsTheModuleWithoutLosingCountsOrThreads() throws Exception {
    Injector injector = startedWithoutTimedFlushes();
    CivicPortalModule config = injector.getInstance(CivicPortalModule.class);
    VisitSettings settings = injector.getInstance(VisitSettings.class);
    long before = savedVisits(settings);
    injector
        .getInstance(VisitCounter.class)
        .record(
            PageView.of("/b", null, "portal.example", "Mozilla/5.0 Firefox/120.0", "visitor-b"));

    config.setTimeZone("Europe/Paris");
    magnolia.stopModule(ModuleLifecycleContext.PHASE_MODULE_RESTART);
    assertThat(savedVisits(settings)).isEqualTo(before + 1);
    magnolia.startModule(ModuleLifecycleContext.PHASE_MODULE_RESTART);
    assertThat(civicThreads()).contains("civic-visits-flush");
    // Read once at the start: the edit waits for Magnolia's restart, and the module says so.
    assertThat(injector.getInstance(VisitSettings.class).getZone())
        .isEqualTo(VisitSettings.DEFAULT_ZONE);
    assertThat(config.waitsForRestart()).isTrue();
    config.setTimeZone(VisitSettings.DEFAULT_ZONE.getId());
    assertThat(config.waitsForRestart()).isFalse();
  }

  /**
   * Magnolia with the module started and a flush interval no test waits for: only the module's
   * saves count.
   */
  private Injector startedWithoutTimedFlushes() throws Exception {
    magnolia = new MagnoliaWiring(ModuleDescriptorTest.parseDescriptor(), repository);
    Injector injector = magnolia.createInjector();
    CivicPortalModule config = magnolia.populate(injector);
    config.setFlushIntervalSeconds(3600);
    magnolia.startModule(ModuleLifecycleContext.PHASE_SYSTEM_STARTUP);
    return injector;
  }

  /**
   * The visits in the repository, read by a counter of its own that has counted nothing (nor
   * written).
   */
  private static long savedVisits(VisitSettings settings) throws Exception {
    VisitStore store = new VisitStore(repository, new BatchedWriter(repository), settings);
    return new VisitCounter(store, settings, new UserAgents()).summary().getTotal();
  }

  private static List<String> civicThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("civic-"))
        .toList();
  }
}
