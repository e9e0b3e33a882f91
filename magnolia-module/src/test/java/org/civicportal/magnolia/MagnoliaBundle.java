package org.civicportal.magnolia;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The unpacked Magnolia 6.2.45 bundle some tests compare with: its {@code WEB-INF/lib}, named by
 * the system property {@code civic.magnolia.lib} or the environment variable {@code
 * CIVIC_MAGNOLIA_LIB}. Magnolia cannot be downloaded here and the bundle is never committed, so
 * without one those tests are skipped (CI has none).
 */
final class MagnoliaBundle {
  private static final String NONE =
      "no Magnolia bundle: set civic.magnolia.lib or CIVIC_MAGNOLIA_LIB"
          + " to a Magnolia 6.2.45 WEB-INF/lib to compare with the real Magnolia";

  private MagnoliaBundle() {}

  /** The bundle's library folder; skips the calling test when none is named. */
  static Path lib() {
    String lib = named();
    assumeTrue(lib != null, NONE);
    return Path.of(lib);
  }

  private static String named() {
    String lib = System.getProperty("civic.magnolia.lib", System.getenv("CIVIC_MAGNOLIA_LIB"));
    return lib == null || lib.isBlank() ? null : lib;
  }

  /**
   * Skips every test of a class that needs the bundle throughout, each with the reason, when none
   * is named. An assumption in {@code @BeforeAll} would skip the class without reporting its tests
   * at all ("Tests run: 0").
   */
  static final class Named implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return named() != null
          ? ConditionEvaluationResult.enabled("a Magnolia bundle is named")
          : ConditionEvaluationResult.disabled(NONE);
    }
  }

  /**
   * The bytes of {@code entry} in the bundle's jar whose file name starts with {@code jarPrefix}.
   */
  static byte[] resource(String jarPrefix, String entry) throws IOException {
    Path jar;
    try (Stream<Path> files = Files.list(lib())) {
      jar =
          files
              .filter(
                  p ->
                      p.getFileName().toString().startsWith(jarPrefix)
                          && p.getFileName().toString().endsWith(".jar"))
              .findFirst()
              .orElseThrow(() -> new IOException("no " + jarPrefix + "*.jar in the bundle"));
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      JarEntry found = file.getJarEntry(entry);
      if (found == null) {
        throw new IOException("no " + entry + " in " + jar.getFileName());
      }
      try (InputStream in = file.getInputStream(found)) {
        return in.readAllBytes();
      }
    }
  }
}
