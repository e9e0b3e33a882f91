package org.civicportal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * A real embedded Tomcat 9 on 127.0.0.1 serving the given servlets, and a plain HTTP client for it
 * (no redirects followed).
 */
public final class TestApiServer implements AutoCloseable {
  private final Tomcat tomcat = new Tomcat();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final int port;

  /** {@code servlets}: URL pattern ("/.civic/api/*") to servlet, mapped by Tomcat. */
  public TestApiServer(Path baseDir, Map<String, ? extends Servlet> servlets)
      throws LifecycleException {
    this(
        baseDir,
        context -> {
          int i = 0;
          for (Map.Entry<String, ? extends Servlet> e : servlets.entrySet()) {
            String name = "servlet" + i++;
            Tomcat.addServlet(context, name, e.getValue());
            context.addServletMappingDecoded(e.getKey(), name);
          }
        });
  }

  private TestApiServer(Path baseDir, Consumer<Context> setup) throws LifecycleException {
    tomcat.setBaseDir(baseDir.toString());
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    setup.accept(tomcat.addContext("", null));
    tomcat.start();
    port = tomcat.getConnector().getLocalPort();
  }

  /**
   * The servlets behind Magnolia's servlet dispatch ({@link MagnoliaServletDispatch}), in a webapp
   * whose every request Tomcat maps to its default servlet, as in Magnolia's; what no mapping takes
   * is a 404. {@code servlets}: module descriptor mapping ("/.civic/stats/*") to servlet.
   */
  public static TestApiServer dispatchedLikeMagnolia(
      Path baseDir, Map<String, ? extends Servlet> servlets) throws LifecycleException {
    return new TestApiServer(
        baseDir,
        context -> {
          int i = 0;
          for (Map.Entry<String, ? extends Servlet> e : servlets.entrySet()) {
            FilterDef filter = new FilterDef();
            filter.setFilterName("magnolia" + i++);
            filter.setFilter(new MagnoliaServletDispatch(e.getKey(), e.getValue()));
            context.addFilterDef(filter);
            FilterMap map = new FilterMap();
            map.setFilterName(filter.getFilterName());
            map.addURLPattern("/*");
            context.addFilterMap(map);
          }
          Tomcat.addServlet(
              context,
              "default",
              new HttpServlet() {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                  response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
              });
          context.addServletMappingDecoded("/", "default");
        });
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  public Reply send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(r);
  }

  /**
   * The status of an answer to {@code head} (request line and headers, CRLF-separated, without the
   * blank line) and {@code body}, sent as they are over a plain socket: for headers HttpClient will
   * not send, such as Host.
   */
  public int rawStatus(String head, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (head + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
              .readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  @Override
  public void close() throws LifecycleException {
    tomcat.stop();
    tomcat.destroy();
  }

  /** An answer, with its body read as JSON when it is JSON. */
  public static final class Reply {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    public final int status;
    public final HttpResponse<String> raw;

    public Reply(HttpResponse<String> raw) {
      this.status = raw.statusCode();
      this.raw = raw;
    }

    public JsonNode json() throws IOException {
      return MAPPER.readTree(raw.body());
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + raw.body();
    }
  }
}
