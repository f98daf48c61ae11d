package org.dialectica.reasoning;

/** The status of a claim: whether it stands, and if not, why not. */
public enum Label {
    /** Stands: it has standing grounds (or is evidence) and no attacker that stands defeats it. */
    IN,
    /** Defeated: an attacker that stands defeats it. */
    OUT,
    /** Undecided: it has grounds that are not defeated, but a rival or a ground is itself undecided. */
    UNDEC,
    /** Without standing grounds: nothing supports it, or every support is lost or undercut. */
    UNSUPPORTED;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
