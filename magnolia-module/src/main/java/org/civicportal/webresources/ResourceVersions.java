package org.civicportal.webresources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned URLs of the light module's static files, so that they can be cached for a year and
 * still change: the file's name carries a fingerprint of its bytes as packed in the module jar
 * ({@code civic-portal/webresources/...} on the classpath), in Magnolia's own far-future form,
 * {@code civic-portal~1234-56-78-90-12-34-567~cache.css}.
 *
 * <p>That form is what Magnolia's resources module writes for {@code resfn.cachedCss} and friends:
 * its resources servlet takes the fingerprint out of the name before looking the file up, and the
 * cache module's default browser cache policy ({@code farFuture}) sends such URLs with a year's
 * expiry. Magnolia's fingerprint is a timestamp (yyyy-MM-dd-HH-mm-ss-SSS) but it checks only the
 * digits' shape; here the 17 digits are the SHA-256 of the file, so a URL changes with the file's
 * content, identically in Magnolia and the standalone. The standalone's resource servlet strips it
 * the same way ({@link #parse}).
 */
public final class ResourceVersions {
  /** Where the web resources are on the classpath, below which {@link #version} paths start. */
  public static final String CLASSPATH_ROOT = "civic-portal/webresources/";

  /**
   * Magnolia's pattern of a fingerprinted name (ResourceLinker's CACHE_PATTERN), with the parts
   * around it.
   */
  private static final Pattern FINGERPRINTED =
      Pattern.compile("(.*?)[~.](\\d{4}(?:-\\d{2}){5}-\\d{3})[~.]cache(.*)");

  private static final long SEVENTEEN_DIGITS = 100_000_000_000_000_000L;
  // Bounded by the files in the jar: only found files are kept; the jar does not change while the
  // JVM runs.
  private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

  private ResourceVersions() {}

  /** A path as requested: the file's own path, and the version its name carried, if any. */
  public record Requested(String path, Optional<String> version) {}

  /**
   * The version of the file at {@code path} below {@link #CLASSPATH_ROOT} ("css/civic-portal.css");
   * "" if none.
   */
  public static String version(String path) {
    return ofClasspath(CLASSPATH_ROOT + path);
  }

  /**
   * The version of the classpath file {@code name} ("civic-portal/webresources/img/x.jpg"); "" if
   * none.
   */
  public static String ofClasspath(String name) {
    String cached = VERSIONS.get(name);
    if (cached != null) {
      return cached;
    }
    try (InputStream in = ResourceVersions.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        return "";
      }
      String version = of(in.readAllBytes());
      VERSIONS.put(name, version);
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The version of these bytes: 17 digits of their SHA-256, grouped as Magnolia's timestamps are
   * (4-2-2-2-2-2-3).
   */
  public static String of(byte[] bytes) {
    try {
      long hash =
          ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(bytes)).getLong() >>> 1;
      String d = String.format("%017d", hash % SEVENTEEN_DIGITS);
      return d.substring(0, 4)
          + "-"
          + d.substring(4, 6)
          + "-"
          + d.substring(6, 8)
          + "-"
          + d.substring(8, 10)
          + "-"
          + d.substring(10, 12)
          + "-"
          + d.substring(12, 14)
          + "-"
          + d.substring(14);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * {@code path} with {@code version} in its file name: "css/a.css" -> "css/a~VERSION~cache.css".
   */
  public static String withVersion(String path, String version) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    int cut = dot > slash ? dot : path.length();
    return path.substring(0, cut) + "~" + version + "~cache" + path.substring(cut);
  }

  /** {@code base + "/" + path}, its name fingerprinted when the file exists. */
  public static String url(String base, String path) {
    String version = version(path);
    return base + "/" + (version.isEmpty() ? path : withVersion(path, version));
  }

  /**
   * A requested path read back: the fingerprint taken out of the name, as Magnolia's resources
   * servlet does.
   */
  public static Requested parse(String requestedPath) {
    Matcher m = FINGERPRINTED.matcher(requestedPath);
    if (m.matches() && m.group(3).indexOf('/') < 0) {
      return new Requested(m.group(1) + m.group(3), Optional.of(m.group(2)));
    }
    return new Requested(requestedPath, Optional.empty());
  }

  /**
   * The web resources below one base URL, for templates without a site context (the statistics
   * page).
   */
  public record Base(String base) {
    /** {@link ResourceVersions#url} below this base. */
    public String url(String path) {
      return ResourceVersions.url(base, path);
    }
  }
}
