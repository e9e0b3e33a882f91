package org.civicportal.jcr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * Edits the workspace configurations of a data directory as an admin would with the repository
 * stopped: each workspace's {@code workspace.xml}, which Jackrabbit wrote when it made the
 * workspace and reads at every start.
 */
public final class WorkspaceConfigFiles {
  private WorkspaceConfigFiles() {}

  /** The configuration file of {@code workspace} in the data directory {@code dir}. */
  public static Path of(Path dir, String workspace) {
    return dir.resolve("workspaces").resolve(workspace).resolve("workspace.xml");
  }

  /** Replaces the configuration of {@code workspace} with what {@code edit} makes of it. */
  public static void edit(Path dir, String workspace, UnaryOperator<String> edit)
      throws IOException {
    Path config = of(dir, workspace);
    Files.writeString(config, edit.apply(Files.readString(config)));
  }

  /** Puts {@code element} in place of the persistence manager of {@code workspace}. */
  public static void setPersistence(Path dir, String workspace, String element) throws IOException {
    edit(
        dir,
        workspace,
        xml ->
            xml.replaceAll(
                "(?s)<PersistenceManager.*</PersistenceManager>",
                Matcher.quoteReplacement(element)));
  }

  /**
   * The H2 persistence manager as this version writes it for the editorial workspaces and earlier
   * versions wrote it for the runtime ones, at {@code url} (${wsp.home} as Jackrabbit resolves it).
   */
  public static String h2Persistence(String url, boolean syncToDisk) {
    return "<PersistenceManager class=\"org.civicportal.embedded.SyncingH2PersistenceManager\">"
        + "<param name=\"url\" value=\""
        + url
        + "\"/><param name=\"syncToDisk\" value=\""
        + syncToDisk
        + "\"/></PersistenceManager>";
  }
}
