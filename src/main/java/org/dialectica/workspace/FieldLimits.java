package org.dialectica.workspace;

/** How long each stored field may be (the column sizes of V1/V2), for forms and storage alike. */
public final class FieldLimits {
    public static final int ID = 300, SHORT = 300, MEDIUM = 1000, LISTS = 2000, LONG = 20000, LANGUAGE = 20;
    public static final int MAP_TITLE = 1000, MAP_DESCRIPTION = 10_000;

    private FieldLimits() {}
}
