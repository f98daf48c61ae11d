package org.dialectica.reasoning;

/** Grounded labelling status of a claim. */
public enum Label {
    /** Accepted: every attacker is OUT. */
    IN,
    /** Rejected: some attacker is IN. */
    OUT,
    /** Undecided: neither; typically on an unresolved attack cycle. */
    UNDEC
}
