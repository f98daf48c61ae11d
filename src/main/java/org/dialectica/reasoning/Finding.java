package org.dialectica.reasoning;

import java.util.Objects;

/** A map-quality finding on a claim (or, for an attack, on the claim that makes it). */
public final class Finding {
    private final String claim;
    private final FindingKind kind;
    private final String subject;
    private final String rule;
    private final Sentence message;

    /**
     * @param subject what exactly the finding is about when a claim can have several of a kind
     *     (the attack id, the cycle); equality includes it
     */
    public Finding(String claim, FindingKind kind, String subject, String rule, Sentence message) {
        this.claim = claim;
        this.kind = kind;
        this.subject = subject == null ? "" : subject;
        this.rule = rule;
        this.message = message;
    }

    public Finding(String claim, FindingKind kind, String rule, Sentence message) {
        this(claim, kind, null, rule, message);
    }

    public String getClaim() { return claim; }
    public FindingKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getRule() { return rule; }
    /** In English; {@link #message()} words it in the reader's language. */
    public String getMessage() { return message.text(); }
    public Sentence message() { return message; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && claim.equals(f.claim) && kind == f.kind && subject.equals(f.subject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(claim, kind, subject);
    }

    @Override
    public String toString() {
        return kind.word() + "(" + claim + (subject.isEmpty() ? "" : ", " + subject) + ")";
    }
}
