package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How MagnoliaWebappIT reads Magnolia's logs: it never runs in CI, so its log reading is checked
 * here.
 */
class MagnoliaLogsTest {
  /**
   * Magnolia's console pattern and its log files' pattern, and Tomcat's one-line format
   * (MagnoliaProcess).
   */
  private static final String CONSOLE_ERROR =
      "2026-12-07 05:34:11,028 ERROR info.magnolia.init.MagnoliaServletContextListener : Oops, Magnolia could not be started\n"
          + "com.google.inject.CreationException: Unable to create injector, see the following errors:\n"
          + "\n"
          + "1) Module instance for module [civic-portal] not available\n"
          + "\tat com.google.inject.internal.Errors.throwCreationExceptionIfErrorsExist(Errors.java:576)\n";

  private static final String FILE_ERROR =
      "ERROR info.magnolia.init.MagnoliaServletContextListener 07.12.2026 05:34:11 -- Oops, Magnolia could not be started\n";
  private static final String PROFILES =
      "2026-12-07 06:15:23,466 ERROR info.magnolia.context.UserContextImpl             : Could not get LocaleSettingsProfile for user[anonymous]\n"
          + "info.magnolia.jcr.RuntimeRepositoryException: javax.jcr.NoSuchWorkspaceException: profiles\n";
  private static final String TOMCAT_WARNING =
      "2026-12-07 06:10:12 WARNING org.apache.catalina.loader.WebappClassLoaderBase: The web application [ROOT] appears to have started a thread named [civic-visits-flush]\n";

  @TempDir Path dir;
  private Path console;
  private Path folder;
  private MagnoliaLogs logs;

  @BeforeEach
  void files() throws Exception {
    console = dir.resolve("console.log");
    folder = Files.createDirectories(dir.resolve("logs"));
    Files.writeString(console, "2026-12-07 05:30:00,000 INFO  info.magnolia.X : old\n");
    logs = new MagnoliaLogs(console, folder);
  }

  @Test
  void anErrorInTheConsoleAndAFileIsShownOnceWithItsCauseButNoStackFrames() throws Exception {
    MagnoliaLogs.Mark mark = logs.mark();
    append(console, CONSOLE_ERROR);
    append(folder.resolve("magnolia-error.log"), FILE_ERROR);

    assertThat(logs.errors(mark))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.source()).isEqualTo("console.log");
              assertThat(line.detail())
                  .containsExactly(
                      "com.google.inject.CreationException: Unable to create injector, see the following errors:",
                      "1) Module instance for module [civic-portal] not available");
            });
  }

  @Test
  void onlyWhatCameAfterTheMarkCounts() throws Exception {
    append(console, CONSOLE_ERROR);
    MagnoliaLogs.Mark mark = logs.mark();
    append(console, TOMCAT_WARNING);

    assertThat(logs.errors(mark)).isEmpty();
    assertThat(logs.warningsAndErrors(mark))
        .extracting(MagnoliaLogs.Line::text)
        .containsExactly(TOMCAT_WARNING.strip());
  }

  @Test
  void aRolledFileIsReadFromItsStart() throws Exception {
    Path debug = folder.resolve("magnolia-debug.log");
    append(debug, "INFO x 07.12.2026 05:34:11 -- filler ".repeat(20) + "\n");
    MagnoliaLogs.Mark mark = logs.mark();
    Files.writeString(debug, FILE_ERROR);

    assertThat(logs.errors(mark))
        .extracting(MagnoliaLogs.Line::source)
        .containsExactly("magnolia-debug.log");
  }

  @Test
  void theProfilesWorkspaceErrorOfAHeadlessBundleIsAllowedAndCounted() throws Exception {
    MagnoliaLogs.Mark mark = logs.mark();
    append(console, PROFILES + PROFILES);

    assertThat(logs.errors(mark)).isEmpty();
    assertThat(logs.warningsAndErrors(mark)).isEmpty();
    assertThat(logs.allowedErrors(mark))
        .singleElement()
        .asString()
        .startsWith("2 x no profiles workspace");
  }

  @Test
  void theSameMessageWithoutTheMissingProfilesWorkspaceIsNotAllowed() throws Exception {
    MagnoliaLogs.Mark mark = logs.mark();
    append(
        console,
        PROFILES.replace("NoSuchWorkspaceException: profiles", "RepositoryException: disk full"));

    assertThat(logs.errors(mark)).hasSize(1);
  }

  private static void append(Path file, String text) throws Exception {
    Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
