package org.civicportal.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.hash.Hashing;
import com.google.common.hash.HashingInputStream;
import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.SessionWork;
import org.civicportal.jcr.WorkspaceDigest;
import org.civicportal.jcr.Workspaces;
import org.civicportal.upgrade.RuntimeMigrations;
import org.civicportal.web.VisitorSecret;

/**
 * The runtime workspaces ({@link Workspaces#RUNTIME}) as a zip: {@code manifest.json} ({@link
 * Manifest}) and one JCR system view per top-level node, {@code <workspace>.<node>.xml}. A restore
 * checks the whole file (manifest, names, each file's SHA-256) before it touches the site, imports
 * into both workspaces without saving, compares the digest of the imported data with the
 * manifest's, and only then saves; then it brings data of an earlier version to the current layout
 * ({@link RuntimeMigrations}). A refused restore changes nothing.
 */
public final class RuntimeArchive {
  /** Runtime nodes that hold keys rather than data: a site that has only these counts as empty. */
  static final String SECRETS = VisitorSecret.NODE;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RuntimeArchive() {}

  /**
   * Writes a backup of the runtime workspaces to {@code zip}, which must not exist; returns its
   * manifest.
   */
  public static Manifest backup(JcrSessions sessions, Path zip, String moduleVersion, Clock clock)
      throws BackupException, IOException, RepositoryException {
    if (Files.exists(zip)) {
      throw new BackupException(zip + " exists already: choose another file or delete it first");
    }
    Path dir = Files.createTempDirectory("civic-backup-");
    Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
    try {
      String digest =
          WorkspaceDigest.ofImportable(sessions, Workspaces.RUNTIME.toArray(new String[0]))
              .sha256();
      Map<String, String> files = new TreeMap<>();
      List<Path> exported = new ArrayList<>();
      for (String workspace : Workspaces.RUNTIME) {
        exported.addAll(TopLevelNodes.export(sessions, workspace, dir));
      }
      for (Path file : exported) {
        files.put(file.getFileName().toString(), sha256(file));
      }
      Manifest manifest =
          new Manifest(
              Manifest.FORMAT,
              Manifest.FORMAT_VERSION,
              moduleVersion,
              Instant.now(clock).toString(),
              Workspaces.RUNTIME,
              digest,
              files);
      try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
        out.putNextEntry(new ZipEntry(Manifest.FILE));
        out.write(JSON.writeValueAsBytes(manifest));
        out.closeEntry();
        for (Path file : exported) {
          out.putNextEntry(new ZipEntry(file.getFileName().toString()));
          Files.copy(file, out);
          out.closeEntry();
        }
      }
      try {
        Files.move(partial, zip, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        throw new BackupException(
            zip + " appeared while the backup was written; it was left alone");
      }
      return manifest;
    } finally {
      Files.deleteIfExists(partial);
      deleteTree(dir);
    }
  }

  /**
   * Restores a backup into the site's runtime workspaces ({@link #read}, then {@link
   * Backup#restoreInto}). A site with data (anything but {@link #SECRETS}) is refused unless {@code
   * replace}, which first removes all of it; the backup's secrets replace the site's, so that the
   * visitors' cookies go on working and a visitor who voted is still refused a second vote.
   */
  public static Manifest restore(JcrSessions sessions, Path zip, boolean replace)
      throws BackupException, IOException, RepositoryException {
    try (Backup backup = read(zip)) {
      return backup.restoreInto(sessions, replace);
    }
  }

  /** Reads and checks a whole backup file, before anything is opened or changed. */
  public static Backup read(Path zip) throws BackupException, IOException {
    Path dir = Files.createTempDirectory("civic-restore-");
    try {
      return new Backup(unpack(zip, dir), dir);
    } catch (BackupException | IOException | RuntimeException e) {
      deleteTree(dir);
      throw e;
    }
  }

  /** A checked backup, unpacked into a temporary folder that {@link #close} deletes. */
  public static final class Backup implements AutoCloseable {
    private final Manifest manifest;
    private final Path dir;

    private Backup(Manifest manifest, Path dir) {
      this.manifest = manifest;
      this.dir = dir;
    }

    /**
     * Imports the backup into both runtime workspaces, saving only when all of it is in and its
     * digest holds.
     */
    public Manifest restoreInto(JcrSessions sessions, boolean replace)
        throws BackupException, RepositoryException {
      Map<String, List<Path>> byWorkspace = new LinkedHashMap<>();
      for (String workspace : Workspaces.RUNTIME) {
        byWorkspace.put(workspace, new ArrayList<>());
      }
      for (String name : manifest.files().keySet()) {
        Matcher m = TopLevelNodes.FILE.matcher(name);
        m.matches();
        byWorkspace.get(m.group(1)).add(dir.resolve(name));
      }
      String feedback = Workspaces.FEEDBACK;
      String visits = Workspaces.VISITS;
      try {
        sessions.withSession(
            feedback,
            f ->
                sessions.withSession(
                    visits,
                    v -> {
                      Map<String, Session> open = Map.of(feedback, f, visits, v);
                      try {
                        for (Map.Entry<String, Session> e : open.entrySet()) {
                          clear(e.getValue(), e.getKey(), replace);
                          TopLevelNodes.importInto(e.getValue(), byWorkspace.get(e.getKey()));
                        }
                        String imported =
                            WorkspaceDigest.ofImportable(over(open), feedback, visits).sha256();
                        if (!imported.equals(manifest.dataDigest())) {
                          throw new RefusedRestore(
                              "the imported data's digest "
                                  + imported
                                  + " is not the manifest's "
                                  + manifest.dataDigest()
                                  + ": nothing was restored");
                        }
                        f.save();
                        v.save();
                      } catch (RepositoryException | RuntimeException e) {
                        f.refresh(false);
                        v.refresh(false);
                        throw e;
                      }
                      return null;
                    }));
      } catch (RefusedRestore e) {
        throw new BackupException(e.getMessage());
      }
      RuntimeMigrations.run(sessions);
      return manifest;
    }

    @Override
    public void close() throws IOException {
      deleteTree(dir);
    }
  }

  /**
   * Removes what the restore replaces; refuses (unchecked, to leave the session work) a site with
   * data.
   */
  private static void clear(Session session, String workspace, boolean replace)
      throws RepositoryException {
    for (var node : TopLevelNodes.nodes(session)) {
      if (replace || node.getName().equals(SECRETS)) {
        node.remove();
      } else {
        throw new RefusedRestore(
            "the site already has data ("
                + workspace
                + ":"
                + node.getPath()
                + "): restore into an empty site, or add --replace to delete its data first");
      }
    }
  }

  /**
   * Reads and checks the whole backup into {@code dir}; refuses anything that is not exactly what
   * backup writes.
   */
  static Manifest unpack(Path zip, Path dir) throws BackupException, IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      ZipEntry manifestEntry = file.getEntry(Manifest.FILE);
      if (manifestEntry == null) {
        throw new BackupException(
            zip + " is not a civic-portal backup: it has no " + Manifest.FILE);
      }
      Manifest manifest;
      try (InputStream in = file.getInputStream(manifestEntry)) {
        manifest = JSON.readValue(in, Manifest.class);
      } catch (JsonProcessingException e) {
        throw new BackupException(
            zip
                + " is not a civic-portal backup: its "
                + Manifest.FILE
                + " cannot be read ("
                + e.getOriginalMessage()
                + ")");
      }
      if (!Manifest.FORMAT.equals(manifest.format())
          || manifest.files() == null
          || manifest.dataDigest() == null) {
        throw new BackupException(
            zip + " is not a civic-portal backup: its format is " + manifest.format());
      }
      if (manifest.formatVersion() > Manifest.FORMAT_VERSION || manifest.formatVersion() < 1) {
        throw new BackupException(
            zip
                + " has backup format "
                + manifest.formatVersion()
                + "; this version"
                + " reads format "
                + Manifest.FORMAT_VERSION
                + " (restore it with a newer civic-portal)");
      }
      for (Enumeration<? extends ZipEntry> it = file.entries(); it.hasMoreElements(); ) {
        String name = it.nextElement().getName();
        if (!name.equals(Manifest.FILE) && !manifest.files().containsKey(name)) {
          throw new BackupException(zip + " holds " + name + ", which its manifest does not list");
        }
      }
      for (Map.Entry<String, String> e : manifest.files().entrySet()) {
        Matcher m = TopLevelNodes.FILE.matcher(e.getKey());
        if (!m.matches() || !Workspaces.RUNTIME.contains(m.group(1))) {
          throw new BackupException(
              zip + " lists " + e.getKey() + ", which is not a runtime workspace file");
        }
        ZipEntry entry = file.getEntry(e.getKey());
        if (entry == null) {
          throw new BackupException(zip + " lacks " + e.getKey() + ", which its manifest lists");
        }
        String unpacked;
        try (HashingInputStream in =
            new HashingInputStream(Hashing.sha256(), file.getInputStream(entry))) {
          Files.copy(in, dir.resolve(e.getKey()));
          unpacked = in.hash().toString();
        }
        if (!unpacked.equals(e.getValue())) {
          throw new BackupException(
              zip
                  + " is damaged: "
                  + e.getKey()
                  + " does not have the SHA-256 its"
                  + " manifest gives");
        }
      }
      return manifest;
    } catch (NoSuchFileException e) {
      throw new BackupException("there is no file " + zip);
    } catch (ZipException e) {
      throw new BackupException(zip + " is not a zip file (" + e.getMessage() + ")");
    }
  }

  private static JcrSessions over(Map<String, Session> open) {
    return new JcrSessions() {
      @Override
      public <T> T withSession(String workspace, SessionWork<T> work) throws RepositoryException {
        return work.run(open.get(workspace));
      }
    };
  }

  private static String sha256(Path file) throws IOException {
    return MoreFiles.asByteSource(file).hash(Hashing.sha256()).toString();
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
    }
  }

  /** A refusal thrown from inside the session work, where only unchecked exceptions pass. */
  private static final class RefusedRestore extends RuntimeException {
    RefusedRestore(String message) {
      super(message);
    }
  }
}
