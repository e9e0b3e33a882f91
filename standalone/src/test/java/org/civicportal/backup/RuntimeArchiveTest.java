package org.civicportal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.civicportal.embedded.SystemViewImporter;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.WorkspaceDigest;
import org.civicportal.jcr.Workspaces;
import org.civicportal.upgrade.PreReleaseFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup of a site's runtime data restored into a fresh site gives the same data (digest) and the
 * same votes, tallies and daily counts through the public services; bad input and a site with data
 * are refused with a message that says why, and leave the site as it was.
 */
@Tag("slow")
class RuntimeArchiveTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
  private static final String[] RUNTIME = Workspaces.RUNTIME.toArray(new String[0]);

  @TempDir static Path dir;
  private static TestRepository source;
  private static TestRepository target;
  private static Path zip;
  private static Manifest manifest;

  @BeforeAll
  static void backUpASite() throws Exception {
    source = TestRepository.open(dir.resolve("source"));
    PreReleaseFixture.importInto(source);
    target = TestRepository.open(dir.resolve("target"));
    new SystemViewImporter(target.embedded())
        .importClasspathFolder(
            RuntimeArchiveTest.class.getClassLoader(), SystemViewImporter.SAMPLES_FOLDER);
    zip = dir.resolve("backup.zip");
    manifest = RuntimeArchive.backup(source, zip, "1.2.3", CLOCK);
  }

  @AfterAll
  static void close() {
    source.close();
    target.close();
  }

  @Test
  void aRoundTripKeepsTheDataAndEveryCount() throws Exception {
    assertThat(manifest.format()).isEqualTo(Manifest.FORMAT);
    assertThat(manifest.moduleVersion()).isEqualTo("1.2.3");
    assertThat(manifest.created()).isEqualTo("2026-12-07T09:00:00Z");
    assertThat(manifest.dataDigest())
        .isEqualTo(WorkspaceDigest.ofImportable(source, RUNTIME).sha256());
    assertThat(manifest.files())
        .containsKeys(
            "civic-feedback.ratings.xml", "civic-feedback.polls.xml", "civic-visits.days.xml");
    try (ZipFile file = new ZipFile(zip.toFile())) {
      assertThat(file.stream().map(ZipEntry::getName))
          .contains(Manifest.FILE)
          .hasSize(manifest.files().size() + 1);
    }

    Manifest restored = RuntimeArchive.restore(target, zip, false);

    assertThat(restored.dataDigest()).isEqualTo(manifest.dataDigest());
    assertThat(WorkspaceDigest.ofImportable(target, RUNTIME).sha256())
        .isEqualTo(manifest.dataDigest());
    assertThat(PreReleaseFixture.answers(target)).isEqualTo(PreReleaseFixture.expectedAnswers());

    String withData = WorkspaceDigest.of(target, RUNTIME).sha256();
    assertThatThrownBy(() -> RuntimeArchive.restore(target, zip, false))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("already has data")
        .hasMessageContaining("--replace");
    assertThat(WorkspaceDigest.of(target, RUNTIME).sha256()).isEqualTo(withData);

    RuntimeArchive.restore(target, zip, true);
    assertThat(WorkspaceDigest.ofImportable(target, RUNTIME).sha256())
        .isEqualTo(manifest.dataDigest());
  }

  @Test
  void badInputIsRefusedAndChangesNothing() throws Exception {
    Path empty = dir.resolve("empty");
    try (TestRepository site = TestRepository.open(empty)) {
      String before = WorkspaceDigest.of(site, RUNTIME).sha256();
      Map<String, String> refusals =
          Map.of(
              "there is no file", dir.resolve("missing.zip").toString(),
              "is not a zip file",
                  write("text.zip", "votes".getBytes(StandardCharsets.UTF_8)).toString(),
              "has no manifest.json",
                  zipOf("nomanifest.zip", Map.of("civic-feedback.x.xml", "<a/>")).toString(),
              "cannot be read", zipOf("badjson.zip", Map.of(Manifest.FILE, "{")).toString(),
              "its format is other",
                  zipOf(
                          "format.zip",
                          Map.of(
                              Manifest.FILE,
                              "{\"format\":\"other\",\"formatVersion\":1,\"dataDigest\":\"x\",\"files\":{}}"))
                      .toString(),
              "reads format 1",
                  zipOf(
                          "future.zip",
                          Map.of(
                              Manifest.FILE,
                              "{\"format\":\""
                                  + Manifest.FORMAT
                                  + "\",\"formatVersion\":2,\"dataDigest\":\"x\",\"files\":{}}"))
                      .toString(),
              "is damaged", tampered("damaged.zip", "civic-feedback.ratings.xml", null).toString(),
              "which its manifest does not list",
                  tampered("extra.zip", null, "../evil.xml").toString());
      for (Map.Entry<String, String> refusal : refusals.entrySet()) {
        assertThatThrownBy(() -> RuntimeArchive.restore(site, Path.of(refusal.getValue()), true))
            .as(refusal.getValue())
            .isInstanceOf(BackupException.class)
            .hasMessageContaining(refusal.getKey());
      }
      assertThat(WorkspaceDigest.of(site, RUNTIME).sha256()).isEqualTo(before);
    }
    assertThatThrownBy(() -> RuntimeArchive.backup(source, zip, "1.2.3", CLOCK))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("exists already");
  }

  private static Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static Path zipOf(String name, Map<String, String> entries) throws IOException {
    Path file = dir.resolve(name);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return file;
  }

  /** The backup with one file's content changed, or with one more entry. */
  private static Path tampered(String name, String changed, String added) throws IOException {
    Path file = dir.resolve(name);
    try (ZipFile in = new ZipFile(zip.toFile());
        OutputStream os = Files.newOutputStream(file);
        ZipOutputStream out = new ZipOutputStream(os)) {
      for (ZipEntry entry : in.stream().toList()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        out.write(
            entry.getName().equals(changed)
                ? new String(bytes, StandardCharsets.UTF_8)
                    .replace("Long", "String")
                    .getBytes(StandardCharsets.UTF_8)
                : bytes);
        out.closeEntry();
      }
      if (added != null) {
        out.putNextEntry(new ZipEntry(added));
        out.write("<x/>".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return file;
  }
}
