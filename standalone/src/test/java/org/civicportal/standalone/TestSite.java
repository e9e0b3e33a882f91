package org.civicportal.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real standalone site on a free port of the loopback interface, and a plain HTTP client for it.
 */
public final class TestSite implements AutoCloseable {
  /** The admin password of every test site (fixed, so nothing random is printed). */
  public static final String ADMIN_PASSWORD = "test-admin-password";

  private final StandaloneServer server;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String output;

  private TestSite(StandaloneServer server, String output) {
    this.server = server;
    this.output = output;
  }

  /**
   * Starts a site on {@code dataDir} with a fixed admin password (so nothing random is printed).
   */
  public static TestSite start(Path dataDir, String... extraFlags) throws Exception {
    String[] flags = new String[4 + extraFlags.length];
    flags[0] = "--port";
    flags[1] = "0";
    flags[2] = "--data-dir";
    flags[3] = dataDir.toString();
    System.arraycopy(extraFlags, 0, flags, 4, extraFlags.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StandaloneServer server =
        StandaloneServer.start(
            Options.parse(flags),
            ADMIN_PASSWORD,
            new PrintStream(out, true, StandardCharsets.UTF_8));
    return new TestSite(server, out.toString(StandardCharsets.UTF_8));
  }

  public StandaloneServer server() {
    return server;
  }

  /** What the start printed. */
  public String output() {
    return output;
  }

  public String base() {
    return "http://127.0.0.1:" + server.getPort();
  }

  public HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.close();
  }
}
