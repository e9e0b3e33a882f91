package org.civicportal.backup;

import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of a backup: what it is ({@link #FORMAT}, {@link #FORMAT_VERSION}), the
 * module version and time that made it, the workspaces it holds, the digest of their data ({@code
 * WorkspaceDigest.ofImportable}) and the SHA-256 of each file.
 */
public record Manifest(
    String format,
    int formatVersion,
    String moduleVersion,
    String created,
    List<String> workspaces,
    String dataDigest,
    Map<String, String> files) {
  public static final String FILE = "manifest.json";
  public static final String FORMAT = "civic-portal-runtime-backup";
  public static final int FORMAT_VERSION = 1;
}
