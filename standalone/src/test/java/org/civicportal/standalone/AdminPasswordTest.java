package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminPasswordTest {
    @TempDir
    Path dir;
    private final SecureRandom random = new SecureRandom();

    @Test
    void generatedOnFirstStartPrintedOnceAndStoredOnlyHashed() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        AdminPassword password = AdminPassword.init(dir, null, random, new PrintStream(first, true, StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("shown only this once: (\\S+)").matcher(first.toString(StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        String generated = m.group(1);
        assertThat(generated).hasSizeGreaterThanOrEqualTo(20);
        assertThat(password.matches(generated.toCharArray())).isTrue();
        assertThat(password.matches("wrong".toCharArray())).isFalse();
        String stored = Files.readString(dir.resolve(AdminPassword.FILE));
        assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain(generated);

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        AdminPassword again = AdminPassword.init(dir, "", random, new PrintStream(second, true, StandardCharsets.UTF_8));
        assertThat(second.size()).isZero();
        assertThat(again.matches(generated.toCharArray())).isTrue();
    }

    @Test
    void environmentValueWinsAndIsNotPrinted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AdminPassword.init(dir, null, random, new PrintStream(out, true, StandardCharsets.UTF_8));
        out.reset();
        AdminPassword fromEnv = AdminPassword.init(dir, "s3cret-pass", random,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.size()).isZero();
        assertThat(fromEnv.matches("s3cret-pass".toCharArray())).isTrue();
        assertThat(AdminPassword.init(dir, null, random, new PrintStream(out, true, StandardCharsets.UTF_8))
                .matches("s3cret-pass".toCharArray())).isTrue();
        assertThat(Files.readString(dir.resolve(AdminPassword.FILE))).doesNotContain("s3cret-pass");
    }
}
