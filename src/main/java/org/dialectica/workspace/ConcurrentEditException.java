package org.dialectica.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.dialectica.map.Attack;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;

/**
 * Someone else changed or deleted what this edit was based on, or drew the relation it draws;
 * nothing was overwritten and nothing recorded. Says which claim or relation (ids, and titles as
 * last known) and, when the history tells, who deleted it, so a view can put it in its own words.
 */
public class ConcurrentEditException extends RuntimeException {
    /** What became of the thing the edit was based on. */
    public enum Kind {
        CHANGED, DELETED,
        /** The relation being removed (or retyped) is already gone. */
        RELATION_GONE,
        /** The support an undercut being drawn attacks is gone. */
        INFERENCE_GONE,
        /** The relation being drawn is on the map already. */
        RELATION_EXISTS,
        /** Drawn by someone else at the same moment (the database said so). */
        RELATION_TAKEN
    }

    /** A drawn relation's type; its ends are {@code from, to} ({@code from, support's from, support's to} for an undercut). */
    public enum Relation { SUPPORT, ATTACK, UNDERCUT, CONTRARY, CONTRADICTORY }

    private final Kind kind;
    private final String claimId;
    private final String title;
    private final Relation relation;
    private final List<String> ends;
    private final List<String> endTitles;
    private final String by;
    private final boolean byYou;

    private ConcurrentEditException(Kind kind, String claimId, String title, Relation relation, List<String> ends,
            List<String> endTitles, String by, boolean byYou, String message) {
        super(message);
        this.kind = kind;
        this.claimId = claimId;
        this.title = title;
        this.relation = relation;
        this.ends = ends;
        this.endTitles = endTitles;
        this.by = by;
        this.byYou = byYou;
    }

    private ConcurrentEditException(Kind kind, String claimId, String title, String message) {
        this(kind, claimId, title, null, List.of(), List.of(), null, false, message);
    }

    public ConcurrentEditException(String message) {
        this(Kind.RELATION_TAKEN, null, null, message);
    }

    static ConcurrentEditException changed(String claimId, String title) {
        return new ConcurrentEditException(Kind.CHANGED, claimId, title, "«" + title
                + "» was changed by someone else since you opened it; your change was not saved. The map now shows their version.");
    }

    static ConcurrentEditException deleted(String claimId, String title) {
        return deleted(claimId, title, null, false);
    }

    private static ConcurrentEditException deleted(String claimId, String title, String by, boolean byYou) {
        return new ConcurrentEditException(Kind.DELETED, claimId, title, null, List.of(), List.of(), by, byYou,
                "«" + (title == null ? claimId : title) + "» was deleted by " + (by == null ? "someone else" : by)
                        + "; your change was not saved.");
    }

    /** A relation already on the map, named with the titles the map gives its ends. */
    static ConcurrentEditException exists(Relation relation, List<String> ends, List<String> titles) {
        return relation(Kind.RELATION_EXISTS, relation, ends, titles, null, false);
    }

    /** A relation to remove that is gone already ({@code INFERENCE_GONE}: the support an undercut would attack). */
    static ConcurrentEditException gone(Kind kind, Relation relation, List<String> ends, List<String> titles) {
        return relation(kind, relation, ends, titles, null, false);
    }

    private static ConcurrentEditException relation(Kind kind, Relation relation, List<String> ends, List<String> titles, String by,
            boolean byYou) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) named.add("«" + (titles.get(i) == null ? ends.get(i) : titles.get(i)) + "»");
        String already = kind == Kind.RELATION_EXISTS ? "already " : "";
        String what = switch (relation) {
            case SUPPORT -> named.get(0) + " " + already + "supports " + named.get(1);
            case ATTACK -> named.get(0) + " " + already + "attacks " + named.get(1);
            case UNDERCUT -> named.get(0) + " " + already + "undercuts " + named.get(1) + " → " + named.get(2);
            case CONTRARY -> named.get(0) + " is " + already + "contrary to " + named.get(1);
            case CONTRADICTORY -> named.get(0) + " " + already + "contradicts " + named.get(1);
        };
        String message = switch (kind) {
            case RELATION_EXISTS -> what + "; nothing was changed.";
            case INFERENCE_GONE -> "The support " + named.get(1) + " → " + named.get(2) + " was removed"
                    + (by == null ? "" : " by " + by) + "; your undercut was not saved.";
            default -> what + ": this relation was already removed" + (by == null ? "" : " by " + by) + "; nothing was changed.";
        };
        return new ConcurrentEditException(kind, null, null, relation, List.copyOf(ends),
                Collections.unmodifiableList(new ArrayList<>(titles)), by, byYou, message);
    }

    /**
     * The same refusal, saying who deleted or removed the thing (a display name; {@code you}: the
     * person refused, on another page), and the title if it was unknown.
     */
    ConcurrentEditException by(String who, boolean you, String deletedTitle) {
        if (kind == Kind.DELETED) return deleted(claimId, title != null ? title : deletedTitle, who, you);
        if (relation != null) return relation(kind, relation, ends, endTitles, who, you);
        return this;
    }

    /** A relation's type, and its ends as {@link Relation} orders them. */
    static List<String> endsOf(Support support) {
        return List.of(support.from(), support.to());
    }

    static List<String> endsOf(Opposition o) {
        return List.of(o.a(), o.b());
    }

    static Relation relationOf(Attack attack) {
        return attack.onSupport() ? Relation.UNDERCUT : Relation.ATTACK;
    }

    /** An attack's ends; an undercut's are its attacker and the two claims of the support it attacks. */
    static List<String> endsOf(Attack attack) {
        if (!attack.onSupport()) return List.of(attack.from(), attack.target());
        List<String> ends = new ArrayList<>(List.of(attack.from()));
        ends.addAll(Arrays.asList(supportEnds(attack.target())));
        return ends;
    }

    static Relation relationOf(Opposition o) {
        return o.type() == Opposition.Type.CONTRARY ? Relation.CONTRARY : Relation.CONTRADICTORY;
    }

    /** The two claims of a support, read from its id ({@link Support#id}). */
    static String[] supportEnds(String supportId) {
        String arrow = Support.id("", "");
        int at = supportId.indexOf(arrow);
        return at < 0 ? new String[] {supportId, supportId}
                : new String[] {supportId.substring(0, at), supportId.substring(at + arrow.length())};
    }

    public Kind kind() { return kind; }

    /** The claim concerned, or null for a relation. */
    public String claimId() { return claimId; }

    /** The claim's title as this side knows it, or null. */
    public String title() { return title; }

    /** The relation concerned, or null for a claim. */
    public Relation relation() { return relation; }

    /** The relation's claims (see {@link Relation}); empty for a claim. */
    public List<String> ends() { return ends; }

    /** The titles of {@link #ends()} as the map had them, null for one it no longer has. */
    public List<String> endTitles() { return endTitles; }

    /** Who deleted the claim or removed the relation (their display name), when the map's history says; else null. */
    public String by() { return by; }

    /** Whether {@link #by()} is the person whose edit was refused (on another page, or before an undo). */
    public boolean byYou() { return byYou; }
}
