package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CivicPortalVersionHandler run by Magnolia 6.2.45's own module classes (the bundle's jars, not the
 * stubs): which deltas an installed version gets when a version starts. Magnolia treats
 * 1.0.0-SNAPSHOT as 1.0.0, so without the handler's pre-release rule a site of the pre-release
 * would never get the 1.0.0 delta.
 */
@ExtendWith(MagnoliaBundle.Named.class)
class VersionHandlerInMagnoliaTest {
  private static URLClassLoader magnolia;

  @BeforeAll
  static void loadWithMagnolia() throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(CivicPortalVersionHandler.class.getProtectionDomain().getCodeSource().getLocation());
    try (Stream<Path> jars = Files.list(MagnoliaBundle.lib())) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
        urls.add(jar.toUri().toURL());
      }
    }
    magnolia = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  @AfterAll
  static void close() throws Exception {
    magnolia.close();
  }

  @Test
  void aPreReleaseSiteGetsItsReleasesDeltaOnce() throws Exception {
    assertThat(deltas("1.0.0-SNAPSHOT", "1.0.0")).containsExactly("1.0.0");
    assertThat(deltas("1.0.0", "1.0.0")).isEmpty();
    assertThat(deltas("1.0.0-SNAPSHOT", "1.0.0-SNAPSHOT")).as("a pre-release restarted").isEmpty();
  }

  @Test
  void laterVersionsRunEveryDeltaAfterTheInstalledOne() throws Exception {
    assertThat(deltas("1.0.0-SNAPSHOT", "1.0.1")).containsExactly("1.0.0", "1.0.1");
    assertThat(deltas("1.0.0", "1.0.1")).containsExactly("1.0.1");
    assertThat(deltas("0.9.0", "1.0.0")).containsExactly("1.0.0");
  }

  @Test
  void theDeltaRunsTheReleasesStepsAndThenRecordsTheVersion() throws Exception {
    List<?> deltas = deltaObjects("1.0.0-SNAPSHOT", "1.0.0");
    List<String> tasks = new ArrayList<>();
    for (Object task :
        (List<?>) deltas.get(0).getClass().getMethod("getTasks").invoke(deltas.get(0))) {
      tasks.add(task.getClass().getSimpleName());
    }
    assertThat(tasks)
        .hasSize(ModuleUpdates.RELEASES.get(0).steps().size() + 1)
        .contains(RuntimeMigrationsTask.class.getSimpleName())
        .last()
        .isEqualTo("ModuleVersionUpdateTask");
  }

  /**
   * The versions of the deltas Magnolia would run for a site of {@code installed} starting {@code
   * current}.
   */
  private static List<String> deltas(String installed, String current) throws Exception {
    List<String> versions = new ArrayList<>();
    for (Object delta : deltaObjects(installed, current)) {
      versions.add(String.valueOf(delta.getClass().getMethod("getVersion").invoke(delta)));
    }
    return versions;
  }

  private static List<?> deltaObjects(String installed, String current) throws Exception {
    Class<?> versionClass = magnolia.loadClass("info.magnolia.module.model.Version");
    Method parse = versionClass.getMethod("parseVersion", String.class);
    Object definition =
        magnolia
            .loadClass("info.magnolia.module.model.ModuleDefinition")
            .getConstructor()
            .newInstance();
    definition
        .getClass()
        .getMethod("setVersion", versionClass)
        .invoke(definition, parse.invoke(null, current));
    Class<?> contextClass = magnolia.loadClass("info.magnolia.module.InstallContext");
    Object context =
        Proxy.newProxyInstance(
            magnolia,
            new Class<?>[] {contextClass},
            (proxy, method, args) -> {
              if (method.getName().equals("getCurrentModuleDefinition")) {
                return definition;
              }
              throw new UnsupportedOperationException(method.getName());
            });
    Object handler =
        magnolia
            .loadClass(CivicPortalVersionHandler.class.getName())
            .getConstructor()
            .newInstance();
    return (List<?>)
        handler
            .getClass()
            .getMethod("getDeltas", contextClass, versionClass)
            .invoke(handler, context, parse.invoke(null, installed));
  }
}
