package org.civicportal.embedded;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import org.apache.jackrabbit.api.JackrabbitWorkspace;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.apache.jackrabbit.core.config.RepositoryConfigurationParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;

/**
 * The Jackrabbit repositories of the standalone site and the tests (Magnolia brings its own): one
 * in files in a data directory (H2; the runtime workspaces in Derby, see runtime-persistence.xml),
 * and in cluster mode a second one for the shared workspaces, shared with the other nodes through
 * PostgreSQL (see {@link ClusterSettings}). Starting creates the workspaces of its {@link
 * WorkspaceLayout} that are missing and registers the node types; {@link #close} shuts Jackrabbit
 * down cleanly, after in-flight work has finished. Sessions are pooled per workspace, each from the
 * repository holding it: work must not keep its session (or listeners on it) beyond its run.
 */
public final class EmbeddedRepository implements AutoCloseable {
  /** A unit of work on one session of this repository. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Session session) throws RepositoryException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRepository.class);
  private static final String CONFIG = "/org/civicportal/embedded/repository.xml";

  /**
   * The persistence manager of the runtime (shared) workspaces the local repository holds; the
   * resource says why.
   */
  private static final String RUNTIME_PERSISTENCE =
      "/org/civicportal/embedded/runtime-persistence.xml";

  private static final String REPOSITORY_DIR = "repository";

  /**
   * This node's part of the clustered repository (indexes, journal revision), beside the local one.
   */
  private static final String CLUSTER_DIR = "cluster";

  /**
   * Where both configurations keep each workspace's configuration and node-local files, below their
   * home.
   */
  private static final String WORKSPACES_DIR = "workspaces";

  /** Digest of the node type files last registered in a repository. */
  private static final String NODE_TYPES_FINGERPRINT = "nodetypes.sha256";

  static {
    DerbyLog.install();
  }

  private final RepositoryImpl repository;

  /** Holds the shared workspaces in cluster mode; null otherwise. */
  private final RepositoryImpl shared;

  private final WorkspaceLayout workspaces;
  private final boolean created;
  // Sessions take the read lock, close() the write lock: shutdown waits for running work and
  // refuses new work.
  private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;
  // Logging in costs more than most page reads (a login module per session), so sessions are
  // reused.
  private static final int MAX_IDLE_SESSIONS = 32;
  private final Map<String, Deque<Session>> idleSessions = new ConcurrentHashMap<>();

  private EmbeddedRepository(
      RepositoryImpl repository,
      RepositoryImpl shared,
      WorkspaceLayout workspaces,
      boolean created) {
    this.repository = repository;
    this.shared = shared;
    this.workspaces = workspaces;
    this.created = created;
  }

  /**
   * Opens (or, in an empty directory, creates) the repository under {@code home}, all workspaces in
   * files.
   */
  public static EmbeddedRepository open(Path home, WorkspaceLayout workspaces)
      throws RepositoryException, IOException {
    return open(home, workspaces, null);
  }

  /**
   * Opens the repository under {@code home}; with {@code cluster}, the shared workspaces live in
   * the clustered repository on its database instead (its node-local files under {@code
   * home/cluster}).
   */
  public static EmbeddedRepository open(
      Path home, WorkspaceLayout workspaces, ClusterSettings cluster)
      throws RepositoryException, IOException {
    Path dir = home.toAbsolutePath();
    Files.createDirectories(dir);
    boolean created = !Files.exists(dir.resolve(REPOSITORY_DIR));
    Properties variables = new Properties();
    variables.setProperty(RepositoryConfigurationParser.REPOSITORY_HOME_VARIABLE, dir.toString());
    if (cluster == null) {
      RepositoryImpl local = start(CONFIG, variables, dir, workspaces.all(), workspaces.shared());
      LOG.info("JCR repository ready in {}{}", dir, created ? " (new)" : "");
      return new EmbeddedRepository(local, null, workspaces, created);
    }
    Path clusterDir = Files.createDirectories(dir.resolve(CLUSTER_DIR));
    Properties clusterVariables = cluster.variables();
    clusterVariables.setProperty(
        RepositoryConfigurationParser.REPOSITORY_HOME_VARIABLE, clusterDir.toString());
    // Connected first: an unreachable database fails the start before anything is opened.
    try (ClusterStartLock lock = ClusterStartLock.connect(cluster)) {
      RepositoryImpl local = start(CONFIG, variables, dir, workspaces.local(), List.of());
      try {
        lock.acquire();
        RepositoryImpl shared =
            start(
                ClusterSettings.CONFIG,
                clusterVariables,
                clusterDir,
                workspaces.shared(),
                List.of());
        LOG.info(
            "JCR repository ready in {}{}, shared workspaces on {} as cluster node {}",
            dir,
            created ? " (new)" : "",
            cluster.getLoggedUrl(),
            cluster.getNodeId());
        return new EmbeddedRepository(local, shared, workspaces, created);
      } catch (IOException | RepositoryException | RuntimeException e) {
        local.shutdown();
        throw e;
      }
    }
  }

  /**
   * Starts the repository configured by {@code config}, with the node types and {@code workspaces}
   * in place, the configurations of existing workspaces brought up to date first (see {@link
   * WorkspaceConfigs}). Those of {@code runtime} that are missing are made with the runtime
   * persistence manager.
   */
  private static RepositoryImpl start(
      String config, Properties variables, Path home, List<String> workspaces, List<String> runtime)
      throws RepositoryException, IOException {
    byte[] xml = resource(config);
    WorkspaceConfigs configs = WorkspaceConfigs.of(new ByteArrayInputStream(xml));
    configs.upgrade(home.resolve(WORKSPACES_DIR));
    String runtimeTemplate =
        runtime.isEmpty()
            ? null
            : configs.withPersistence(new ByteArrayInputStream(resource(RUNTIME_PERSISTENCE)));
    RepositoryImpl repository =
        RepositoryImpl.create(
            RepositoryConfig.create(new InputSource(new ByteArrayInputStream(xml)), variables));
    try {
      Path registered = home.resolve(NODE_TYPES_FINGERPRINT);
      String fingerprint = NodeTypes.fingerprint();
      boolean current =
          Files.exists(registered) && Files.readString(registered).trim().equals(fingerprint);
      prepare(repository, !current, workspaces, runtime, runtimeTemplate);
      Files.writeString(registered, fingerprint + "\n");
      return repository;
    } catch (IOException | RepositoryException | RuntimeException e) {
      repository.shutdown();
      throw e;
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = EmbeddedRepository.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing " + name);
      }
      return in.readAllBytes();
    }
  }

  private static void prepare(
      RepositoryImpl repository,
      boolean registerNodeTypes,
      List<String> workspaces,
      List<String> runtime,
      String runtimeTemplate)
      throws RepositoryException {
    Session session = login(repository, null);
    try {
      if (registerNodeTypes) {
        NodeTypes.registerAll(session);
      }
      for (String workspace : workspaces) {
        createWorkspace(session, workspace, runtime.contains(workspace) ? runtimeTemplate : null);
      }
    } finally {
      session.logout();
    }
    // Jackrabbit starts a workspace (index, observation thread) on its first login: do it now, not
    // while
    // serving the first visitor, and on this thread rather than a servlet container's.
    for (String workspace : workspaces) {
      login(repository, workspace).logout();
    }
  }

  /**
   * Creates {@code workspace} unless it exists, from {@code template} (a workspace configuration)
   * or else the repository configuration's; one created meanwhile by another cluster node counts as
   * made.
   */
  private static void createWorkspace(Session session, String workspace, String template)
      throws RepositoryException {
    if (accessible(session, workspace)) {
      return;
    }
    try {
      if (template == null) {
        session.getWorkspace().createWorkspace(workspace);
      } else {
        ((JackrabbitWorkspace) session.getWorkspace())
            .createWorkspace(workspace, new InputSource(new StringReader(template)));
      }
    } catch (RepositoryException e) {
      if (!accessible(session, workspace)) {
        throw e;
      }
    }
  }

  private static boolean accessible(Session session, String workspace) throws RepositoryException {
    return Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames()).contains(workspace);
  }

  /** True when this start created the repository: the data directory held none before. */
  public boolean isNew() {
    return created;
  }

  /** The local repository (in cluster mode it lacks the shared workspaces). */
  public Repository getRepository() {
    return repository;
  }

  /** The workspaces this repository holds. */
  public WorkspaceLayout getWorkspaces() {
    return workspaces;
  }

  /**
   * Runs {@code work} on a session of {@code workspace}. The session belongs to the work only while
   * it runs (it may be reused afterwards, with unsaved changes discarded); work that writes calls
   * {@code session.save()}.
   */
  public <T> T withSession(String workspace, Work<T> work) throws RepositoryException {
    lifecycle.readLock().lock();
    try {
      if (closed) {
        throw new RepositoryException("repository is shut down");
      }
      Deque<Session> idle =
          idleSessions.computeIfAbsent(workspace, w -> new ConcurrentLinkedDeque<>());
      Session pooled = idle.pollFirst();
      Session session =
          pooled != null && pooled.isLive() ? pooled : login(repositoryOf(workspace), workspace);
      boolean reusable = false;
      try {
        T result = work.run(session);
        reusable = true;
        return result;
      } finally {
        release(idle, session, reusable);
      }
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /**
   * Keeps a session for the next work unless the work failed or too many are idle. Unsaved changes
   * are discarded, so the next work starts clean; saved changes of other sessions are visible to
   * pooled ones as to new ones.
   */
  private void release(Deque<Session> idle, Session session, boolean reusable) {
    try {
      if (reusable && session.isLive() && idle.size() < MAX_IDLE_SESSIONS) {
        session.refresh(false);
        idle.offerFirst(session);
        return;
      }
    } catch (RepositoryException e) {
      LOG.warn("dropping a session that cannot be reset", e);
    }
    session.logout();
  }

  private RepositoryImpl repositoryOf(String workspace) {
    return shared != null && workspaces.shared().contains(workspace) ? shared : repository;
  }

  private static Session login(RepositoryImpl repository, String workspace)
      throws RepositoryException {
    // The simple login module admits any password; access control belongs to the application above.
    return repository.login(new SimpleCredentials("admin", new char[0]), workspace);
  }

  /** Waits for running sessions to finish, then shuts Jackrabbit down; idempotent. */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        idleSessions.values().forEach(idle -> idle.forEach(Session::logout));
        idleSessions.clear();
        if (shared != null) {
          shared.shutdown();
        }
        repository.shutdown();
        LOG.info("JCR repository shut down");
      }
    } finally {
      lifecycle.writeLock().unlock();
    }
  }
}
