package org.civicportal.poll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads polls (node type civic:poll, possibly inside folders) from the polls workspace. */
@Singleton
public class PollRepository {
    public static final String NODE_TYPE = "civic:poll";
    static final String OPTIONS = "options";

    private static final Logger LOG = LoggerFactory.getLogger(PollRepository.class);

    private final JcrSessions jcr;

    @Inject
    public PollRepository(JcrSessions jcr) {
        this.jcr = jcr;
    }

    /** The poll with this JCR identifier, if it exists and is a poll. */
    public Optional<Poll> findById(String id) throws RepositoryException {
        return jcr.withSession(Workspaces.POLLS, session -> {
            try {
                Node node = session.getNodeByIdentifier(id);
                return node.isNodeType(NODE_TYPE) ? Optional.of(read(node)) : Optional.empty();
            } catch (ItemNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /** Every poll, newest opening first (polls without opensAt last, by name). */
    public List<Poll> findAll() throws RepositoryException {
        List<Poll> polls = jcr.withSession(Workspaces.POLLS, session -> {
            List<Poll> found = new ArrayList<>();
            collect(session.getRootNode(), found);
            return found;
        });
        polls.sort(Comparator.comparing(Poll::getOpensAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                .thenComparing(Poll::getName));
        return polls;
    }

    private static void collect(Node parent, List<Poll> found) throws RepositoryException {
        // Polls are few (tens): walking the tree needs no query index and sees folders of any depth.
        for (NodeIterator it = parent.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (child.isNodeType(NODE_TYPE)) {
                found.add(read(child));
            } else if (!child.getName().startsWith("jcr:") && !child.getName().startsWith("rep:")) {
                collect(child, found);
            }
        }
    }

    static Poll read(Node node) throws RepositoryException {
        List<PollOption> options = new ArrayList<>();
        if (node.hasNode(OPTIONS)) {
            Set<String> ids = new HashSet<>();
            for (NodeIterator it = node.getNode(OPTIONS).getNodes(); it.hasNext(); ) {
                Node option = it.nextNode();
                String id = string(option, "id");
                if (id == null || id.isBlank()) {
                    id = option.getName();
                }
                id = id.trim();
                if (!ids.add(id)) {
                    // Votes are counted per id, so a second option with the same id cannot be told apart.
                    LOG.warn("Poll {} has a duplicate option id '{}'; the later option is ignored", node.getPath(), id);
                    continue;
                }
                options.add(new PollOption(id, string(option, "label"), bool(option, "hidden")));
            }
        }
        return new Poll(node.getIdentifier(), node.getName(), string(node, "question"), options,
                bool(node, "multiple"), (int) number(node, "minChoices"), (int) number(node, "maxChoices"),
                instant(node, "opensAt"), instant(node, "closesAt"),
                ResultsVisibility.fromConfig(string(node, "resultsVisibility")));
    }

    private static String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }

    private static boolean bool(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) && Boolean.parseBoolean(node.getProperty(name).getString());
    }

    private static long number(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name)) {
            return 0;
        }
        try {
            return Long.parseLong(node.getProperty(name).getString().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Instant instant(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDate().toInstant() : null;
    }
}
