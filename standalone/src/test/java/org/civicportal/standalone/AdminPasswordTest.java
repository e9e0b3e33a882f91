package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminPasswordTest {
  @TempDir Path dir;
  private final SecureRandom random = new SecureRandom();

  @Test
  void generatedOnFirstStartIntoAnOwnerOnlyFileWhosePathIsPrintedAndStoredOnlyHashed()
      throws Exception {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    AdminPassword password =
        AdminPassword.init(dir, null, random, new PrintStream(first, true, StandardCharsets.UTF_8));
    Path generatedFile = dir.resolve(AdminPassword.GENERATED_FILE);
    assertThat(first.toString(StandardCharsets.UTF_8)).contains(generatedFile.toString());
    String generated = Files.readString(generatedFile).trim();
    assertThat(generated).matches("[A-Za-z0-9_-]{20}");
    assertThat(first.toString(StandardCharsets.UTF_8)).doesNotContain(generated);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(generatedFile)))
        .isEqualTo("rw-------");
    assertThat(password.matches(generated.toCharArray())).isTrue();
    assertThat(password.matches("wrong".toCharArray())).isFalse();
    String stored = Files.readString(dir.resolve(AdminPassword.FILE));
    assertThat(stored)
        .startsWith("pbkdf2-sha256$" + AdminPassword.ITERATIONS + "$")
        .doesNotContain(generated);
    assertThat(AdminPassword.ITERATIONS).isGreaterThanOrEqualTo(600_000);

    ByteArrayOutputStream second = new ByteArrayOutputStream();
    AdminPassword again =
        AdminPassword.init(dir, "", random, new PrintStream(second, true, StandardCharsets.UTF_8));
    assertThat(second.size()).isZero();
    assertThat(again.matches(generated.toCharArray())).isTrue();
  }

  @Test
  void environmentValueWinsAndIsNotPrinted() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AdminPassword.init(dir, null, random, new PrintStream(out, true, StandardCharsets.UTF_8));
    out.reset();
    AdminPassword fromEnv =
        AdminPassword.init(
            dir, "s3cret-pass", random, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.size()).isZero();
    assertThat(fromEnv.matches("s3cret-pass".toCharArray())).isTrue();
    assertThat(
            AdminPassword.init(
                    dir, null, random, new PrintStream(out, true, StandardCharsets.UTF_8))
                .matches("s3cret-pass".toCharArray()))
        .isTrue();
    assertThat(Files.readString(dir.resolve(AdminPassword.FILE))).doesNotContain("s3cret-pass");
    // The generated password is gone once the environment sets another.
    assertThat(dir.resolve(AdminPassword.GENERATED_FILE)).doesNotExist();
    try (var files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("s3cret-pass");
      }
    }
  }

  /**
   * The hash names its scheme and work factor, so hashes made with fewer iterations than today's
   * still verify.
   */
  @Test
  void storedHashesKeepTheirOwnIterationCount() throws Exception {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    int older = 1_000;
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec("old-pass".toCharArray(), salt, older, 256))
            .getEncoded();
    Files.writeString(
        dir.resolve(AdminPassword.FILE),
        "pbkdf2-sha256$"
            + older
            + "$"
            + Base64.getEncoder().encodeToString(salt)
            + "$"
            + Base64.getEncoder().encodeToString(hash)
            + "\n");
    AdminPassword stored =
        AdminPassword.init(dir, null, random, new PrintStream(OutputStream.nullOutputStream()));
    assertThat(stored.matches("old-pass".toCharArray())).isTrue();
    assertThat(stored.matches("old-pas".toCharArray())).isFalse();
  }
}
