package org.dialectica.workspace;

/** What a person may want to do with a map; {@link MapPolicy} says who may. */
public enum MapAction {
    /** Open it, read its analysis, history and comments, export it, make a copy of it. */
    VIEW,
    /** Comment on its claims and relations. */
    COMMENT,
    /** Change its claims, relations, title and description; restore earlier versions. */
    EDIT,
    /** Change who may see and edit it. */
    SHARE,
    DELETE
}
