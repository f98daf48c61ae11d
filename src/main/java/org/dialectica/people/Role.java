package org.dialectica.people;

/** What a person may do besides working on their own maps. */
public enum Role {
    /** Manages accounts and classes; may do anything. */
    ADMIN,
    /** Creates classes, assignments and debates, grades, rules on preferences; edits the shared seed maps. */
    TEACHER,
    /** Runs a debate. */
    MODERATOR,
    STUDENT;

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
