package org.civicportal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;

import javax.servlet.Servlet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/** A real embedded Tomcat 9 on 127.0.0.1 serving the given servlets, and a plain HTTP client for it. */
public final class TestApiServer implements AutoCloseable {
    private final Tomcat tomcat = new Tomcat();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port;

    /** {@code servlets}: URL pattern ("/.civic/api/*") to servlet. */
    public TestApiServer(Path baseDir, Map<String, ? extends Servlet> servlets) throws LifecycleException {
        tomcat.setBaseDir(baseDir.toString());
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", null);
        int i = 0;
        for (Map.Entry<String, ? extends Servlet> e : servlets.entrySet()) {
            String name = "servlet" + i++;
            Tomcat.addServlet(context, name, e.getValue());
            context.addServletMappingDecoded(e.getKey(), name);
        }
        tomcat.start();
        port = tomcat.getConnector().getLocalPort();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(r);
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
