package org.civicportal.webresources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Versions of the light module's static files, for URLs that change when a file does: the first hex digits of the
 * SHA-256 of its bytes as packed in the module jar ({@code civic-portal/webresources/...} on the classpath). Pages
 * link {@code .../css/civic-portal.css?v=<version>}; the standalone serves a URL whose version is the file's own for a
 * year, immutable, and any other for an hour; Magnolia's resources servlet ignores the query.
 */
public final class ResourceVersions {
    /** Where the web resources are on the classpath, below which {@link #version} paths start. */
    public static final String CLASSPATH_ROOT = "civic-portal/webresources/";
    /** The query parameter carrying the version. */
    public static final String PARAMETER = "v";
    // Bounded by the files in the jar: only found files are kept; the jar does not change while the JVM runs.
    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    private ResourceVersions() {
    }

    /** The version of the file at {@code path} below {@link #CLASSPATH_ROOT} ("css/civic-portal.css"); "" if none. */
    public static String version(String path) {
        return ofClasspath(CLASSPATH_ROOT + path);
    }

    /** The version of the classpath file {@code name} ("civic-portal/webresources/img/x.jpg"); "" if none. */
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

    /** The version of these bytes: 16 hex digits of their SHA-256. */
    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The web resources below one base URL, for templates without a site context (the statistics page). */
    public record Base(String base) {
        /** {@link ResourceVersions#url} below this base. */
        public String url(String path) {
            return ResourceVersions.url(base, path);
        }
    }

    /** {@code base + "/" + path}, with {@code ?v=<version>} when the file exists. */
    public static String url(String base, String path) {
        String version = version(path);
        return base + "/" + path + (version.isEmpty() ? "" : "?" + PARAMETER + "=" + version);
    }
}
