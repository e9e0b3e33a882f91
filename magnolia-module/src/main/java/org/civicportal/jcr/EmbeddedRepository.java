package org.civicportal.jcr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;

import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file-backed Jackrabbit repository in a data directory, for the standalone site and the tests (Magnolia brings
 * its own). Starting it creates the civic workspaces that are missing and registers the node types; {@link #close}
 * shuts Jackrabbit down cleanly, after in-flight work has finished. Sessions are pooled per workspace: work must
 * not keep its session (or listeners on it) beyond its run.
 */
public final class EmbeddedRepository implements JcrSessions, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRepository.class);
    private static final String CONFIG = "/org/civicportal/jcr/repository.xml";
    private static final String REPOSITORY_DIR = "repository";
    /** Digest of the node type files last registered in this repository. */
    private static final String NODE_TYPES_FINGERPRINT = "nodetypes.sha256";

    public static final List<String> WORKSPACES = List.of(
            Workspaces.ARTICLES, Workspaces.REPORTS, Workspaces.POLLS, Workspaces.FEEDBACK, Workspaces.VISITS);

    private final RepositoryImpl repository;
    private final boolean created;
    // Sessions take the read lock, close() the write lock: shutdown waits for running work and refuses new work.
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;
    // Logging in costs more than most page reads (a login module per session), so sessions are reused.
    private static final int MAX_IDLE_SESSIONS = 32;
    private final Map<String, Deque<Session>> idleSessions = new ConcurrentHashMap<>();

    private EmbeddedRepository(RepositoryImpl repository, boolean created) {
        this.repository = repository;
        this.created = created;
    }

    /** Opens (or, in an empty directory, creates) the repository under {@code home}. */
    public static EmbeddedRepository open(Path home) throws RepositoryException, IOException {
        Path dir = home.toAbsolutePath();
        Files.createDirectories(dir);
        boolean created = !Files.exists(dir.resolve(REPOSITORY_DIR));
        Path configFile = dir.resolve("repository.xml");
        // Jackrabbit wants the configuration as a file; ours is rewritten on each start so upgrades apply.
        try (InputStream in = EmbeddedRepository.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IOException("missing " + CONFIG);
            }
            Files.write(configFile, in.readAllBytes());
        }
        RepositoryImpl repository = RepositoryImpl.create(RepositoryConfig.create(configFile.toFile(), dir.toFile()));
        EmbeddedRepository result = new EmbeddedRepository(repository, created);
        try {
            Path registered = dir.resolve(NODE_TYPES_FINGERPRINT);
            String fingerprint = NodeTypes.fingerprint();
            boolean current = Files.exists(registered) && Files.readString(registered).trim().equals(fingerprint);
            result.prepare(!current);
            Files.writeString(registered, fingerprint + "\n");
        } catch (IOException | RepositoryException | RuntimeException e) {
            repository.shutdown();
            throw e;
        }
        LOG.info("JCR repository ready in {}{}", dir, created ? " (new)" : "");
        return result;
    }

    private void prepare(boolean registerNodeTypes) throws RepositoryException {
        Session session = login(null);
        try {
            if (registerNodeTypes) {
                NodeTypes.registerAll(session);
            }
            Set<String> existing = new HashSet<>(Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames()));
            for (String workspace : WORKSPACES) {
                if (!existing.contains(workspace)) {
                    session.getWorkspace().createWorkspace(workspace);
                }
            }
        } finally {
            session.logout();
        }
        // Jackrabbit starts a workspace (index, observation thread) on its first login: do it now, not while
        // serving the first visitor, and on this thread rather than a servlet container's.
        for (String workspace : WORKSPACES) {
            login(workspace).logout();
        }
    }

    /** True when this start created the repository: the data directory held none before. */
    public boolean isNew() {
        return created;
    }

    public Repository getRepository() {
        return repository;
    }

    @Override
    public <T> T withSession(String workspace, SessionWork<T> work) throws RepositoryException {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new RepositoryException("repository is shut down");
            }
            Deque<Session> idle = idleSessions.computeIfAbsent(workspace, w -> new ConcurrentLinkedDeque<>());
            Session pooled = idle.pollFirst();
            Session session = pooled != null && pooled.isLive() ? pooled : login(workspace);
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
     * Keeps a session for the next work unless the work failed or too many are idle. Unsaved changes are discarded,
     * so the next work starts clean; saved changes of other sessions are visible to pooled ones as to new ones.
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

    private Session login(String workspace) throws RepositoryException {
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
                repository.shutdown();
                LOG.info("JCR repository shut down");
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }
}
