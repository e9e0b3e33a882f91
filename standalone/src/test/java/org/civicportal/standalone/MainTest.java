package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line: defaults, flag forms, validation; bad flags exit 2 with the usage, --help exits 0. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null);
    }

    @Test
    void defaults() throws Exception {
        Options o = Options.parse();
        assertThat(o.getPort()).isEqualTo(8080);
        assertThat(o.getBind()).isEqualTo("127.0.0.1");
        assertThat(o.getDataDir()).isEqualTo(Paths.get("civic-data"));
        assertThat(o.getTrustedProxies()).isEmpty();
        assertThat(o.getSiteUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(o.getTimeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(o.isHelp()).isFalse();
    }

    @Test
    void readsBothFlagFormsAndRepeatedProxies() throws Exception {
        Options o = Options.parse("--port=9090", "--bind", "::1", "--data-dir", "/tmp/x",
                "--trusted-proxy", "10.0.0.0/8", "--trusted-proxy=192.168.1.1", "--site-url", "https://portal.example.vn/");
        assertThat(o.getPort()).isEqualTo(9090);
        assertThat(o.getBind()).isEqualTo("::1");
        assertThat(o.getDataDir()).isEqualTo(Paths.get("/tmp/x"));
        assertThat(o.getTrustedProxies()).extracting(Object::toString).containsExactly("10.0.0.0/8", "192.168.1.1");
        assertThat(o.getSiteUrl()).isEqualTo("https://portal.example.vn");
        assertThat(Options.parse("--bind", "::1", "--port", "81").getSiteUrl()).isEqualTo("http://[::1]:81");
        assertThat(Options.parse("--time-zone", "Europe/Paris").getTimeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port=x", "--port=65536", "--port=-1", "--bind=example.com", "--trusted-proxy=10.0.0.0/33",
            "--trusted-proxy=nope", "--site-url=ftp://x", "--site-url=/relative", "--site-url=http://x/?q=1",
            "--time-zone=Mars/Olympus", "--time-zone=",
            "--colour=blue", "stray", "--port", "--data-dir=", "--help=yes"})
    void badFlagsExitWithStatus2AndTheUsage(String arg) {
        assertThat(run(arg)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("civic-portal: ").contains("Usage: java -jar");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void helpExitsWithStatus0() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar", "--trusted-proxy CIDR");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void messagesNameTheProblem() {
        assertThatThrownBy(() -> Options.parse("--port", "99999")).hasMessageContaining("99999");
        assertThatThrownBy(() -> Options.parse("--trusted-proxy")).hasMessageContaining("needs a value");
    }
}
