package org.dialectica.workspace;

/**
 * Someone else changed or deleted what this edit was based on; nothing was overwritten. Says which
 * claim (id and title as last stored) and what happened, so a view can put it in its own words.
 */
public class ConcurrentEditException extends RuntimeException {
    /** What became of the thing the edit was based on. */
    public enum Kind { CHANGED, DELETED, RELATION_GONE, RELATION_TAKEN }

    private final Kind kind;
    private final String claimId;
    private final String title;

    private ConcurrentEditException(Kind kind, String claimId, String title, String message) {
        super(message);
        this.kind = kind;
        this.claimId = claimId;
        this.title = title;
    }

    public ConcurrentEditException(String message) {
        this(Kind.RELATION_TAKEN, null, null, message);
    }

    static ConcurrentEditException changed(String claimId, String title) {
        return new ConcurrentEditException(Kind.CHANGED, claimId, title, "«" + title
                + "» was changed by someone else since you opened it; your change was not saved. The map now shows their version.");
    }

    static ConcurrentEditException deleted(String claimId, String title) {
        return new ConcurrentEditException(Kind.DELETED, claimId, title,
                "«" + (title == null ? claimId : title) + "» was deleted by someone else; your change was not saved.");
    }

    static ConcurrentEditException relationGone(String relation) {
        return new ConcurrentEditException(Kind.RELATION_GONE, null, null,
                "The relation " + relation + " was already removed by someone else.");
    }

    public Kind kind() { return kind; }

    /** The claim concerned, or null for a relation. */
    public String claimId() { return claimId; }

    /** The claim's title as this side knows it, or null. */
    public String title() { return title; }
}
