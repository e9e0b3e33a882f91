package org.civicportal.magnolia;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.civicportal.web.TestApiServer.Reply;

/**
 * HTTP/1.1 to a site on 127.0.0.1 as a browser speaks it: a browser's User-Agent on every request
 * (without one Magnolia's cache logs a warning per request, and the visit counter takes the client
 * for a robot), redirects not followed, so that a test sees them. Headers are given as name, value
 * pairs.
 */
final class BrowserClient {
  static final String USER_AGENT =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/120.0.0.0 Safari/537.36";

  /**
   * A page's first render after an install compiles its templates: slow on a busy 2-core machine.
   */
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;

  BrowserClient(String base) {
    this.base = base;
  }

  String base() {
    return base;
  }

  Reply get(String path, String... headers) throws IOException, InterruptedException {
    return send("GET", path, HttpRequest.BodyPublishers.noBody(), headers);
  }

  Reply post(String path, String json, String... headers) throws IOException, InterruptedException {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return send(
        "POST", path, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), all);
  }

  Reply options(String path, String... headers) throws IOException, InterruptedException {
    return send("OPTIONS", path, HttpRequest.BodyPublishers.noBody(), headers);
  }

  /** An Authorization header value for HTTP Basic, which Magnolia's login filter accepts. */
  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private Reply send(String method, String path, HttpRequest.BodyPublisher body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
            .header("User-Agent", USER_AGENT)
            .method(method, body);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return new Reply(
        client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }
}
