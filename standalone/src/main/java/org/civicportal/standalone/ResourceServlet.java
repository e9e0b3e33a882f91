package org.civicportal.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.civicportal.web.ReadOnlyServlet;
import org.civicportal.web.SecurityHeaders;
import org.civicportal.webresources.ResourceVersions;

/**
 * Serves the light module's static files from the classpath at {@code
 * /.resources/civic-portal/...}, as Magnolia does: only known static types (never templates,
 * definitions or message bundles), with a content type and an ETag for revalidation. A name
 * carrying the file's own version ({@code civic-portal~<version>~cache.css}, see {@link
 * ResourceVersions}; the pages link only such names) is cached for a year as immutable: another
 * version of the file has another URL. Any other name, an old version's or one without, still
 * answers, with the current file and an hour of caching, as Magnolia's resources servlet strips any
 * fingerprint. The ETag is weak: the connector gzips text answers, and Tomcat compresses none with
 * a strong ETag (its noCompressionStrongETag).
 */
public final class ResourceServlet extends ReadOnlyServlet {
  private static final long serialVersionUID = 1L;

  /** The servlet's mapping; request paths below it map to the classpath root. */
  public static final String MAPPING = "/.resources";

  private static final String ROOT = "civic-portal/";
  private static final String CACHE_CONTROL = "public, max-age=3600";
  private static final String CACHE_CONTROL_VERSIONED = "public, max-age=31536000, immutable";
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("css", "text/css;charset=UTF-8"),
          Map.entry("js", "text/javascript;charset=UTF-8"),
          Map.entry("mjs", "text/javascript;charset=UTF-8"),
          Map.entry("json", "application/json;charset=UTF-8"),
          Map.entry("map", "application/json;charset=UTF-8"),
          Map.entry("txt", "text/plain;charset=UTF-8"),
          Map.entry("svg", "image/svg+xml;charset=UTF-8"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("pdf", "application/pdf"));

  private record Resource(byte[] bytes, String type, String version) {
    String etag() {
      return "W/\"" + version + "\"";
    }
  }

  private final transient ClassLoader loader;
  // Bounded by the set of files in the jar: only existing, allowed resources are kept.
  private final transient Map<String, Resource> cache = new ConcurrentHashMap<>();

  public ResourceServlet(ClassLoader loader) {
    this.loader = loader;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SecurityHeaders.staticFile(response);
    ResourceVersions.Requested requested =
        ResourceVersions.parse(request.getPathInfo() == null ? "" : request.getPathInfo());
    Optional<Resource> found = find(requested.path());
    if (found.isEmpty()) {
      response.setHeader("Cache-Control", "no-store");
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Resource resource = found.get();
    boolean versioned = requested.version().filter(resource.version()::equals).isPresent();
    response.setHeader("Cache-Control", versioned ? CACHE_CONTROL_VERSIONED : CACHE_CONTROL);
    response.setHeader("ETag", resource.etag());
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null
        && (ifNoneMatch.contains("\"" + resource.version() + "\"")
            || ifNoneMatch.trim().equals("*"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(resource.type());
    response.setContentLength(resource.bytes().length);
    response.getOutputStream().write(resource.bytes());
  }

  private Optional<Resource> find(String pathInfo) throws IOException {
    if (!pathInfo.startsWith("/" + ROOT)) {
      return Optional.empty();
    }
    String name = pathInfo.substring(1);
    Resource cached = cache.get(name);
    if (cached != null) {
      return Optional.of(cached);
    }
    String type = TYPES.get(extension(name));
    if (type == null
        || name.contains("//")
        || name.contains("\\")
        || name.contains("\0")
        || java.util.Arrays.asList(name.split("/")).stream()
            .anyMatch(s -> s.equals("..") || s.equals("."))
        || name.startsWith(ROOT + "templates/")) {
      return Optional.empty();
    }
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      Resource resource = new Resource(bytes, type, ResourceVersions.of(bytes));
      cache.put(name, resource);
      return Optional.of(resource);
    }
  }

  private static String extension(String name) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
