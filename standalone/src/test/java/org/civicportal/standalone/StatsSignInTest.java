package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ticker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.civicportal.web.ApiSettings;
import org.civicportal.web.IpRange;
import org.civicportal.web.RequestGuards;
import org.civicportal.web.SecurityHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The statistics sign-in on a real Tomcat behind a trusted proxy (the loopback): wrong passwords
 * are throttled per client, the right one works again once the announced wait is over, and no log
 * line holds a password. The clock is the only stand-in.
 */
@Tag("slow")
class StatsSignInTest {
  private static final String PASSWORD = "Right-Pa55word-ẞ";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final AtomicLong NOW = new AtomicLong();
  @TempDir static Path dir;
  private static Tomcat tomcat;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    AdminPassword password =
        AdminPassword.init(
            dir, PASSWORD, new SecureRandom(), new PrintStream(OutputStream.nullOutputStream()));
    byte[] secret = new byte[32];
    RequestGuards guards =
        new RequestGuards(
            ApiSettings.builder(secret)
                .siteOrigin("http://127.0.0.1")
                .trustedProxy(IpRange.parse("127.0.0.1"))
                .build());
    Ticker clock =
        new Ticker() {
          @Override
          public long read() {
            return NOW.get();
          }
        };
    tomcat = new Tomcat();
    tomcat.setBaseDir(dir.resolve("tomcat").toString());
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(
        context,
        "stats",
        new HttpServlet() {
          @Override
          protected void doGet(HttpServletRequest request, HttpServletResponse response)
              throws IOException {
            response.getWriter().write("statistics");
          }
        });
    context.addServletMappingDecoded("/*", "stats");
    FilterDef auth = new FilterDef();
    auth.setFilterName("auth");
    auth.setFilter(new StatsAuthFilter(password, new SecurityHeaders(List.of()), guards, clock));
    context.addFilterDef(auth);
    FilterMap map = new FilterMap();
    map.setFilterName("auth");
    map.addURLPattern("/*");
    context.addFilterMap(map);
    tomcat.start();
    base = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    tomcat.stop();
    tomcat.destroy();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> signIn(String client, String authorization) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base + "/")).header("X-Forwarded-For", client);
    if (authorization != null) {
      r.header("Authorization", authorization);
    }
    return CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void repeatedFailuresGet429UntilTheAnnouncedWaitIsOver() throws Exception {
    String client = "198.51.100.1";
    for (int i = 0; i < StatsAuthFilter.FAILURE_BURST; i++) {
      String wrong = i % 2 == 0 ? basic("admin", "wrong" + i) : basic("editor", PASSWORD);
      assertThat(signIn(client, wrong).statusCode()).as("failure %d", i).isEqualTo(401);
    }
    HttpResponse<String> throttled = signIn(client, basic("admin", "wrong again"));
    assertThat(throttled.statusCode()).isEqualTo(429);
    long wait = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
    assertThat(wait).isEqualTo(3600 / StatsAuthFilter.FAILURES_PER_HOUR);
    // While throttled even the right password is not tried, so guessing on costs the guesser
    // nothing new.
    assertThat(signIn(client, basic("admin", PASSWORD)).statusCode()).isEqualTo(429);
    // Clients behind the same trusted proxy have their own budget.
    assertThat(signIn("198.51.100.2", basic("admin", PASSWORD)).statusCode()).isEqualTo(200);

    NOW.addAndGet(TimeUnit.SECONDS.toNanos(wait - 1));
    assertThat(signIn(client, basic("admin", PASSWORD)).statusCode()).isEqualTo(429);
    NOW.addAndGet(TimeUnit.SECONDS.toNanos(1));
    HttpResponse<String> in = signIn(client, basic("admin", PASSWORD));
    assertThat(in.statusCode()).isEqualTo(200);
    assertThat(in.body()).isEqualTo("statistics");
  }

  @Test
  void successesAndMissingCredentialsDoNotCount() throws Exception {
    String client = "198.51.100.3";
    for (int i = 0; i < 3 * StatsAuthFilter.FAILURE_BURST; i++) {
      assertThat(signIn(client, null).statusCode()).isEqualTo(401);
      assertThat(signIn(client, basic("admin", PASSWORD)).statusCode()).isEqualTo(200);
    }
    for (int i = 0; i < StatsAuthFilter.FAILURE_BURST; i++) {
      assertThat(signIn(client, basic("admin", "nope")).statusCode()).isEqualTo(401);
    }
    assertThat(signIn(client, basic("admin", "nope")).statusCode()).isEqualTo(429);
  }

  @Test
  void noLogLineHoldsAPasswordOrTheAuthorizationHeader() throws Exception {
    String wrong = "Wrong-Secret-4711";
    List<String> julLines = new ArrayList<>();
    Handler jul =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            julLines.add(record.getMessage() + " " + record.getThrown());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    root.addHandler(jul);
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      LoggerFactory.getLogger(StatsSignInTest.class).warn("capture check");
      Logger.getLogger(StatsSignInTest.class.getName()).warning("jul capture check");
      signIn("198.51.100.4", basic("admin", wrong));
      signIn("198.51.100.4", basic("admin", PASSWORD));
      signIn("198.51.100.4", "Basic %%%" + wrong);
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
      root.removeHandler(jul);
    }
    String logged = err.toString(StandardCharsets.UTF_8) + String.join("\n", julLines);
    assertThat(logged).contains("capture check", "jul capture check");
    assertThat(logged)
        .doesNotContain(
            wrong,
            PASSWORD,
            basic("admin", wrong).substring(6),
            basic("admin", PASSWORD).substring(6));
  }
}
