package org.civicportal.feedback;

import static org.civicportal.jcr.RuntimeNodes.child;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import com.google.common.hash.Hashing;
import org.civicportal.jcr.JcrDates;
import org.civicportal.jcr.RuntimeNodes;

/**
 * The record of one visitor's vote on a rated item or a poll, which is also that visitor's one-vote marker. It lives
 * below the item's or poll's node in civic-feedback, named by the SHA-256 of the visitor key:
 * <pre>
 * votes/{hh}/{hash}   visitor (the hash), time (UTC), and what was chosen (a rating's score, a poll's options)
 * </pre>
 * The visitor key is already a keyed hash from the web layer; hashing it once more gives a fixed-length name that is
 * always a valid JCR name, whatever the key, and spreads the records evenly over the {@code hh} folders (the hash's
 * first two hex digits), which keep child lists short.
 */
public final class VoteRecords {
    static final String FOLDER = "votes";
    /** When the vote was cast (a UTC date). */
    public static final String TIME = "time";

    private VoteRecords() {
    }

    /** The record's path relative to the item's or poll's node. */
    public static String path(String visitorKey) {
        String hash = visitorHash(visitorKey);
        return FOLDER + "/" + hash.substring(0, 2) + "/" + hash;
    }

    /** Adds the record of {@code visitorKey}'s vote at {@code time} below {@code parent}; the caller adds the choice. */
    public static Node add(Node parent, String visitorKey, Instant time) throws RepositoryException {
        String hash = visitorHash(visitorKey);
        Node record = child(child(parent, FOLDER), hash.substring(0, 2)).addNode(hash, RuntimeNodes.TYPE);
        record.setProperty("visitor", hash);
        record.setProperty(TIME, JcrDates.utc(time));
        return record;
    }

    /** The name of {@code visitorKey}'s record: its SHA-256 in lower-case hex. */
    public static String visitorHash(String visitorKey) {
        return Hashing.sha256().hashString(visitorKey, StandardCharsets.UTF_8).toString();
    }
}
