package org.dialectica.workspace;

/** Who besides its owner and the people it is shared with may see a map. */
public enum Visibility {
    PRIVATE,
    /** The members of one class and its teacher. */
    CLASS,
    PUBLIC
}
