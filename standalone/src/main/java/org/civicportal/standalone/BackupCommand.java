package org.civicportal.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.jcr.RepositoryException;
import org.civicportal.backup.BackupException;
import org.civicportal.backup.Manifest;
import org.civicportal.backup.RuntimeArchive;
import org.civicportal.embedded.EmbeddedRepository;

/**
 * {@code backup --out FILE.zip} and {@code restore --in FILE.zip [--replace]}, with the site's
 * {@code --data-dir} and, for a cluster, its {@code --cluster-*} options: the runtime data (votes,
 * tallies, visit counts) to a file and back ({@link RuntimeArchive}). The site itself must be
 * stopped (its repository allows one process); in a cluster the command joins as one more node with
 * its own {@code --cluster-node-id}. Exit status 0 done, 1 refused or failed (nothing changed), 2
 * bad command line.
 */
final class BackupCommand {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar civic-portal-standalone.jar backup --out FILE.zip [--data-dir DIR] [cluster options]",
          "       java -jar civic-portal-standalone.jar restore --in FILE.zip [--replace] [--data-dir DIR]"
              + " [cluster options]",
          "  backup                writes votes, poll tallies and visit counts (civic-feedback, civic-visits) to",
          "                        a new zip: manifest.json (version, date, digest) and JCR system view files",
          "  restore               imports such a zip into the site; refuses a site that has data unless",
          "  --replace             is given, which deletes that data first",
          "  --data-dir DIR        the site's data directory (default ./civic-data); the site must be stopped",
          "  --cluster-jdbc-url URL, --cluster-user NAME, --cluster-password PW, --cluster-node-id ID",
          "                        as for the site: the runtime data in the cluster's PostgreSQL database (use a",
          "                        node id of its own, e.g. backup)");
  private static final List<String> SITE_FLAGS =
      List.of(
          "--data-dir",
          "--cluster-jdbc-url",
          "--cluster-user",
          "--cluster-password",
          "--cluster-node-id");

  private BackupCommand() {}

  static boolean isCommand(String[] args) {
    return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
  }

  static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    boolean backup = args[0].equals("backup");
    Path file = null;
    boolean replace = false;
    List<String> siteArgs = new ArrayList<>();
    try {
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        if (name.equals("--help") || name.equals("-h")) {
          out.println(USAGE);
          return 0;
        }
        if (name.equals("--replace") && !backup && !arg.contains("=")) {
          replace = true;
          continue;
        }
        if (!name.equals(backup ? "--out" : "--in") && !SITE_FLAGS.contains(name)) {
          throw new UsageException("unknown option " + name + " for " + args[0]);
        }
        String value =
            arg.contains("=")
                ? arg.substring(arg.indexOf('=') + 1)
                : i + 1 < args.length ? args[++i] : null;
        if (value == null || value.isEmpty()) {
          throw new UsageException(name + " needs a value");
        }
        if (SITE_FLAGS.contains(name)) {
          siteArgs.add(name);
          siteArgs.add(value);
        } else {
          file = Path.of(value);
        }
      }
      if (file == null) {
        throw new UsageException(
            args[0] + " needs " + (backup ? "--out FILE.zip" : "--in FILE.zip"));
      }
    } catch (UsageException e) {
      err.println("civic-portal: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      Options options = Options.parse(environment, siteArgs.toArray(new String[0]));
      Path dataDir = options.getDataDir().toAbsolutePath();
      // The file is checked before the site is opened: a refusal leaves even a data directory
      // uncreated.
      if (backup && Files.exists(file)) {
        throw new BackupException(file + " exists already: choose another file or delete it first");
      }
      try (RuntimeArchive.Backup restoring = backup ? null : RuntimeArchive.read(file);
          EmbeddedRepository repository = openStopped(dataDir, options)) {
        EmbeddedSessions sessions = new EmbeddedSessions(repository);
        Manifest manifest =
            backup
                ? RuntimeArchive.backup(sessions, file, moduleVersion(), Clock.systemUTC())
                : restoring.restoreInto(sessions, replace);
        out.println(
            (backup ? "backed up to " : "restored from ")
                + file
                + ": "
                + manifest.files().size()
                + " files, data digest "
                + manifest.dataDigest()
                + ", made by civic-portal "
                + manifest.moduleVersion()
                + " at "
                + manifest.created());
      }
      return 0;
    } catch (UsageException e) {
      err.println("civic-portal: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (BackupException e) {
      err.println("civic-portal: " + e.getMessage());
      return 1;
    } catch (IOException | RepositoryException | RuntimeException e) {
      err.println("civic-portal: " + args[0] + " failed: " + e.getMessage());
      return 1;
    }
  }

  private static EmbeddedRepository openStopped(Path dataDir, Options options)
      throws BackupException, IOException {
    try {
      return SiteRepository.open(dataDir, options.getCluster().orElse(null));
    } catch (RepositoryException e) {
      throw new BackupException(
          "cannot open the site's repository in "
              + dataDir
              + " (is the site still"
              + " running? stop it first): "
              + e.getMessage(),
          e);
    }
  }

  /** The module version this jar carries (Magnolia's module descriptor holds it). */
  static String moduleVersion() throws IOException {
    try (InputStream in =
        BackupCommand.class.getResourceAsStream("/META-INF/magnolia/civic-portal.xml")) {
      if (in == null) {
        throw new IOException("no module descriptor on the class path");
      }
      Matcher m =
          Pattern.compile("<version>([^<]+)</version>")
              .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!m.find()) {
        throw new IOException("the module descriptor names no version");
      }
      return m.group(1);
    }
  }
}
