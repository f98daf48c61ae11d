package org.dialectica.debate;

import java.util.Objects;

/**
 * One move, as a participant makes it and as a transcript records it. Which fields a move reads:
 * <ul>
 * <li>{@code claim}: {@code text} (required), {@code id}, {@code title}, {@code kind} (claim, evidence
 *     or thesis), {@code source} (the paper), and optionally {@code to} (the new claim supports it) or
 *     {@code target} (the new claim attacks it);
 * <li>{@code support}: {@code from} → {@code to}; {@code attack}: {@code from} → {@code target};
 * <li>{@code undercut}: {@code from} attacks the support {@code target}, written {@code premise +> conclusion}
 *     (or given as {@code claim} +> {@code to});
 * <li>{@code challenge}, {@code concede}, {@code retract}: {@code claim} (or {@code target});
 * <li>{@code prefer}: {@code preferred} over {@code over}; {@code vote}: {@code claim}, {@code value} in [0, 1];
 * <li>{@code pass} ends the turn, {@code close} the debate.
 * </ul>
 * {@code poi}: offered as a point of information (British Parliamentary).
 */
public record Move(String by, String side, MoveType type, String id, String title, String text, String kind,
        String source, String from, String to, String target, String preferred, String over, String claim,
        Double value, boolean poi) {

    public Move {
        Objects.requireNonNull(type, "move type");
        by = blankToNull(by);
        side = blankToNull(side);
        id = blankToNull(id);
        title = blankToNull(title);
        text = blankToNull(text);
        kind = blankToNull(kind);
        source = blankToNull(source);
        from = blankToNull(from);
        to = blankToNull(to);
        target = blankToNull(target);
        preferred = blankToNull(preferred);
        over = blankToNull(over);
        claim = blankToNull(claim);
    }

    public static Move of(String by, String side, MoveType type) {
        return new Move(by, side, type, null, null, null, null, null, null, null, null, null, null, null, null, false);
    }

    public Move id(String v) { return new Move(by, side, type, v, title, text, kind, source, from, to, target, preferred, over, claim, value, poi); }
    public Move title(String v) { return new Move(by, side, type, id, v, text, kind, source, from, to, target, preferred, over, claim, value, poi); }
    public Move text(String v) { return new Move(by, side, type, id, title, v, kind, source, from, to, target, preferred, over, claim, value, poi); }
    public Move kind(String v) { return new Move(by, side, type, id, title, text, v, source, from, to, target, preferred, over, claim, value, poi); }
    public Move source(String v) { return new Move(by, side, type, id, title, text, kind, v, from, to, target, preferred, over, claim, value, poi); }
    public Move from(String v) { return new Move(by, side, type, id, title, text, kind, source, v, to, target, preferred, over, claim, value, poi); }
    public Move to(String v) { return new Move(by, side, type, id, title, text, kind, source, from, v, target, preferred, over, claim, value, poi); }
    public Move target(String v) { return new Move(by, side, type, id, title, text, kind, source, from, to, v, preferred, over, claim, value, poi); }
    public Move preferred(String v) { return new Move(by, side, type, id, title, text, kind, source, from, to, target, v, over, claim, value, poi); }
    public Move over(String v) { return new Move(by, side, type, id, title, text, kind, source, from, to, target, preferred, v, claim, value, poi); }
    public Move claim(String v) { return new Move(by, side, type, id, title, text, kind, source, from, to, target, preferred, over, v, value, poi); }
    public Move value(Double v) { return new Move(by, side, type, id, title, text, kind, source, from, to, target, preferred, over, claim, v, poi); }
    public Move poi(boolean v) { return new Move(by, side, type, id, title, text, kind, source, from, to, target, preferred, over, claim, value, v); }
    /** The same move made by someone else for a side (the server decides who moves, never the client). */
    public Move by(String person, String forSide) {
        return new Move(person, forSide, type, id, title, text, kind, source, from, to, target, preferred, over, claim, value, poi);
    }

    /** The one claim a challenge, concession, retraction or vote is about. */
    String subject() {
        return claim != null ? claim : target;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
