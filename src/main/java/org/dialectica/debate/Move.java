package org.dialectica.debate;

import java.util.Objects;
import org.dialectica.map.Support;

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
    public String subject() {
        return claim != null ? claim : target;
    }

    /** The support an undercut is aimed at, {@code premise +> conclusion} (given whole, or as claim and to), or null. */
    public String undercut() {
        if (target != null) return target;
        return claim != null && to != null ? Support.id(claim, to) : null;
    }

    /**
     * The fields a move of its type cannot do without, named as a transcript names them ("from,
     * target"), or null when it has them: such a move is refused, and worded by what it lacks.
     */
    public String missing() {
        return switch (type) {
            case CLAIM -> text == null && title == null ? "text" : null;
            case SUPPORT -> from == null || to == null ? "from, to" : null;
            case ATTACK -> from == null || target == null ? "from, target" : null;
            case UNDERCUT -> from == null || undercut() == null ? "from, target (premise +> conclusion)" : null;
            case CHALLENGE, CONCEDE, RETRACT -> subject() == null ? "claim" : null;
            case VOTE -> subject() == null ? "claim, value" : null;
            case PREFER -> preferred == null || over == null ? "preferred, over" : null;
            case CLOSE, PASS, TIMEOUT -> null;
        };
    }

    /** What a new claim is called where there is room for a line: its title, or the start of its text. */
    public String heading() {
        if (title != null || text == null) return title;
        return text.length() <= 80 ? text : text.substring(0, 79).strip() + "\u2026";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
