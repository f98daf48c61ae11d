package org.dialectica.map;

import java.util.Locale;

/** The role a claim plays in a map. */
public enum ClaimKind {
    THESIS, CLAIM, EVIDENCE;

    /** Reads {@code thesis}, {@code Claim}, {@code EVIDENCE}; null for anything else. */
    public static ClaimKind parse(String text) {
        if (text == null) return null;
        for (ClaimKind kind : values()) {
            if (kind.name().equals(text.trim().toUpperCase(Locale.ROOT))) return kind;
        }
        return null;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
