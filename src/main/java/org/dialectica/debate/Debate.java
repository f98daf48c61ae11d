package org.dialectica.debate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.Protocol;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.reasoning.Sentence;

/**
 * One debate, live: the moves so far on the debate's own copy of a map. Each move is judged by the
 * protocol rules ({@code rules/debate.drl}); an allowed one changes the map in the debate's rule
 * session, and the sides' theses are labelled again (evidence-based semantics with preferences
 * and strengths). What a move turned is kept, so the scoreboard can say which moves decided.
 * Synchronized: one debate serves every participant.
 */
public final class Debate implements AutoCloseable {
    private final Setup setup;
    private final ArgumentMap startingMap;
    private final ReasoningSession session;
    private final Protocol protocol;
    private final Turns turns;
    private final List<Played> transcript = new ArrayList<>();
    /** the side that put each claim there; the starting map's theses belong to their side */
    private final Map<String, String> claimSide = new HashMap<>();
    private final Map<String, Set<String>> concessions = new LinkedHashMap<>();
    private final Map<Integer, Challenge> challenges = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> votes = new HashMap<>();
    private final Map<String, Label> thesisLabels = new HashMap<>();
    private final List<Turning> turningMoves = new ArrayList<>();
    /** the concessions, challenges or claims' sides changed since the standing was last worked out */
    private boolean standingChanged = true;
    /** the protocol's lapses when the standing was last worked out ({@link Protocol#lapses}) */
    private long lapsesSeen = -1;
    private boolean closed;
    private Scoreboard scoreboard;

    private Debate(RuleBase rules, Setup setup, ArgumentMap map) {
        this.setup = setup;
        this.startingMap = map.copy();
        this.session = ReasoningSession.open(rules, map);
        this.protocol = Protocol.open(rules);
        this.turns = new Turns(setup);
        for (Side s : setup.sides()) {
            concessions.put(s.name(), new LinkedHashSet<>());
            for (String t : s.theses()) claimSide.put(t, s.name());
        }
        for (Claim c : map.claims()) protocol.held(held(c));
        for (Support s : map.supports()) protocol.held(new Protocol.Held(s.id(), s.id(), null, true));
        for (ThesisState t : theses()) thesisLabels.put(t.id(), t.label());
        protocol.phase(phase(null));
    }

    /** Opens a debate on a copy of the map. @throws IllegalArgumentException naming what is wrong with the setup */
    public static Debate start(RuleBase rules, Setup setup, ArgumentMap startingMap) {
        return start(rules, setup, startingMap, null);
    }

    /** @param opened when the debate opened: the first turn's clock runs from then (null: from the first move) */
    public static Debate start(RuleBase rules, Setup setup, ArgumentMap startingMap, Instant opened) {
        Debate debate = new Debate(rules, setup, startingMap);
        if (opened != null) debate.turns.begin(opened);
        return debate;
    }

    /** The debate as it was after its first {@code upTo} moves (0: before any), played again with their times. */
    public static Debate replay(RuleBase rules, Setup setup, ArgumentMap start, List<Played> moves, int upTo) {
        return replay(rules, setup, start, null, moves, upTo);
    }

    public static Debate replay(RuleBase rules, Setup setup, ArgumentMap start, Instant opened, List<Played> moves, int upTo) {
        Debate debate = start(rules, setup, start, opened);
        for (Played p : moves.subList(0, Math.min(Math.max(upTo, 0), moves.size()))) debate.play(p.move(), p.at());
        return debate;
    }

    public Setup setup() { return setup; }

    public ArgumentMap startingMap() { return startingMap.copy(); }

    /**
     * Judges and, if the protocol allows it, makes a move. Never throws for a bad move: a refused
     * one is recorded with its reason and changes nothing.
     */
    public synchronized Played play(Move move, Instant at) {
        int index = transcript.size() + 1;
        turns.begin(at);
        Protocol.Role role = roleOf(move);
        String side = sideOf(move, role);
        Sentence refusal = stated(move, role);
        // refused as stated: kept as stated, so a replay refuses it the same way
        // a timeout names the side whose time ran out, though the clock moves for no side
        Move made = refusal != null ? move : titled(move.by(move.by(), move.type() == MoveType.TIMEOUT ? move.side() : side));
        if (refusal == null) refusal = refusal(index, made, role, at);
        if (refusal == null) {
            try {
                refusal = apply(index, made);
            } catch (IllegalArgumentException e) { // the map refused before changing (it checks first)
                refusal = Sentence.of("debate.refused.map", e.getMessage());
            }
        }
        Sentence effect = effect(made);
        if (refusal != null) return record(new Played(index, made, at, false, refusal, theses(), List.of(), effect));
        turns.moved(made.type(), side, made.poi(), at);
        if (made.type() == MoveType.CLOSE) closed = true;
        protocol.phase(phase(at));
        for (Side s : setup.sides()) protocol.turnsTaken(s.name(), turns.taken(s.name()));
        updateStanding();
        List<ThesisState> now = theses();
        List<Turning> turned = new ArrayList<>();
        for (ThesisState t : now) {
            Label before = thesisLabels.put(t.id(), t.label());
            if (before != null && before != t.label()) {
                turned.add(new Turning(index, made.by(), side, made.type(), t.id(), t.side(), before, t.label(),
                        Sentence.of("debate.turning", index, Sentence.person(made.by()),
                                side != null ? side : Sentence.of("debate.role." + role.name().toLowerCase(java.util.Locale.ROOT)), effect, t.side(),
                                t.title(), Sentence.word(before), Sentence.word(t.label()))));
            }
        }
        turningMoves.addAll(turned);
        return record(new Played(index, made, at, true, null, now, List.copyOf(turned), effect));
    }

    private Played record(Played played) {
        transcript.add(played);
        scoreboard = null;
        return played;
    }

    private Protocol.Role roleOf(Move move) {
        if (move.by() != null && move.by().equals(setup.moderator())) return Protocol.Role.MODERATOR;
        if (setup.sideOf(move.by()) != null) return Protocol.Role.DEBATER;
        // a side that names no members is open: whoever speaks for it is its debater
        Side named = move.side() == null ? null : setup.side(move.side());
        return named != null && named.members().isEmpty() ? Protocol.Role.DEBATER : Protocol.Role.AUDIENCE;
    }

    private String sideOf(Move move, Protocol.Role role) {
        if (role != Protocol.Role.DEBATER) return null;
        Side member = setup.sideOf(move.by());
        return member != null ? member.name() : move.side();
    }

    /** A move for a side its mover is not on, or for a side there is not: refused as stated. */
    private Sentence stated(Move move, Protocol.Role role) {
        Side member = setup.sideOf(move.by());
        if (member != null && move.side() != null && !member.name().equals(move.side())) {
            return Sentence.of("debate.refused.not-member", Sentence.person(move.by()), member.name(), move.side());
        }
        if (move.side() != null && setup.side(move.side()) == null && role != Protocol.Role.MODERATOR) {
            return Sentence.of("debate.refused.unknown-side", move.side());
        }
        return null;
    }

    /** A new claim without a title is named by the start of its text, as people see it on the canvas. */
    private static Move titled(Move m) {
        if (m.type() != MoveType.CLAIM || m.title() != null || m.text() == null) return m;
        return m.title(m.heading());
    }

    /** The first reason the move may not be made, or null. Checks its shape, then asks the protocol rules. */
    private Sentence refusal(int index, Move move, Protocol.Role role, Instant at) {
        String missing = move.missing();
        if (missing != null) return Sentence.of("debate.refused.needs", word(move.type()), missing);
        protocol.phase(phase(at));
        List<Protocol.Refused> refused = protocol.check(proposed(index, move, role));
        if (!refused.isEmpty()) return refused.get(0).reason();
        if (move.type() == MoveType.RETRACT && setup.sideOfThesis(move.subject()) != null) {
            return Sentence.of("debate.refused.retract-thesis", title(move.subject()));
        }
        String speaker = turns.speakerMember();
        if (speaker != null && role == Protocol.Role.DEBATER && !move.poi() && move.type().argues()
                && turns.side().equals(move.side()) && !speaker.equals(move.by())) {
            return Sentence.of("debate.refused.speaker", turns.speaker(), Sentence.person(speaker));
        }
        return null;
    }

    private String freshId(int index, Move m) {
        return m.id() != null ? m.id() : "m" + index;
    }

    private Protocol.Proposed proposed(int index, Move m, Protocol.Role role) {
        List<String> claims = new ArrayList<>();
        List<String> supports = new ArrayList<>();
        String fresh = null, from = null, target = null;
        switch (m.type()) {
            case CLAIM -> {
                fresh = freshId(index, m);
                target = m.to() != null ? m.to() : m.target();
                if (target != null) claims.add(target);
            }
            case SUPPORT -> { from = m.from(); target = m.to(); }
            case ATTACK -> { from = m.from(); target = m.target(); }
            case UNDERCUT -> { from = m.from(); supports.add(m.undercut()); }
            case CHALLENGE, CONCEDE, RETRACT, VOTE -> target = m.subject();
            case PREFER -> { from = m.preferred(); target = m.over(); }
            case CLOSE, PASS, TIMEOUT -> { }
        }
        if (m.type() != MoveType.CLAIM) {
            if (from != null) claims.add(from);
            if (target != null) claims.add(target);
        }
        return new Protocol.Proposed(index, m.by(), m.side(), role, m.type().word(), claims, supports, fresh, from, target,
                m.poi(), m.value(), setup.bench(m.side()));
    }

    private Protocol.Phase phase(Instant at) {
        String side = turns.side();
        return new Protocol.Phase(setup.format().word(), side, turns.speaker(), setup.bench(side), turns.over(), closed,
                turns.protectedTime(at), setup.debatersVote());
    }

    /** Makes an allowed move on the map and the debate's state; a refusal the map alone can give, or null. */
    private Sentence apply(int index, Move m) {
        switch (m.type()) {
            case CLAIM -> {
                String id = freshId(index, m);
                ClaimKind kind = kind(m.kind());
                if (kind == null) return Sentence.of("debate.refused.needs", word(MoveType.CLAIM), "kind claim, evidence or thesis");
                Claim claim = new Claim(id, m.title(), m.text() != null ? m.text() : m.title(), null, null, kind, null, null,
                        m.source() == null ? null : new Source(m.source(), null, null), null, m.side());
                session.putClaim(claim);
                String before = claimSide.put(id, m.side());
                // a conceded claim's side decides whether it is common ground
                if (!java.util.Objects.equals(before, m.side()) && concessions.values().stream().anyMatch(c -> c.contains(id))) {
                    standingChanged = true;
                }
                protocol.held(held(claim));
                if (m.to() != null) addSupport(new Support(id, m.to()));
                else if (m.target() != null) session.addAttack(Attack.onClaim(id, m.target()));
            }
            case SUPPORT -> addSupport(new Support(m.from(), m.to()));
            case ATTACK -> session.addAttack(Attack.onClaim(m.from(), m.target()));
            case UNDERCUT -> {
                Support support = session.support(m.undercut()).orElseThrow();
                session.addAttack(Attack.onSupport(m.from(), support));
            }
            case CHALLENGE -> {
                String claim = m.subject();
                String challenged = claimSide.get(claim);
                int due = challenged == null ? Integer.MAX_VALUE : turns.taken(challenged) + 1;
                challenges.put(index, new Challenge(index, claim, m.by(), challenged, false));
                standingChanged = true;
                protocol.challenged(new Protocol.Challenged(index, claim, title(claim), challenged, due));
            }
            case CONCEDE -> {
                concessions.get(m.side()).add(m.subject());
                standingChanged = true;
                protocol.conceded(new Protocol.Conceded(m.side(), m.subject()));
                // a side that grants a claim no longer asks for its grounds
                challenges.values().removeIf(c -> c.claim().equals(m.subject())
                        && m.side().equals(transcript.get(c.index() - 1).move().side()) && answered(c));
            }
            case RETRACT -> {
                String claim = m.subject();
                List<String> supportsGone = session.removalOf(claim).orElseThrow().supports().stream().map(Support::id).toList();
                session.removeClaim(claim);
                protocol.dropped(claim);
                supportsGone.forEach(protocol::dropped);
                challenges.values().removeIf(c -> c.claim().equals(claim) && answered(c));
                standingChanged = true;
                votes.remove(claim);
            }
            case PREFER -> prefer(m.preferred(), m.over());
            case VOTE -> {
                votes.computeIfAbsent(m.subject(), k -> new LinkedHashMap<>()).put(m.by(), m.value());
                double mean = votes.get(m.subject()).values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                Claim c = session.claim(m.subject()).orElseThrow();
                session.putClaim(new Claim(c.id(), c.title(), c.text(), c.originalText(), c.language(), c.kind(), c.actors(),
                        c.tags(), c.source(), c.proposition(), c.assertedBy(), mean, c.preferredOver()));
            }
            case CLOSE, PASS, TIMEOUT -> { }
        }
        return null;
    }

    private void addSupport(Support support) {
        session.addSupport(support);
        protocol.held(new Protocol.Held(support.id(), support.id(), null, true));
        // grounds given for a challenged claim answer the challenge
        if (challenges.values().removeIf(c -> c.claim().equals(support.to()) && answered(c))) standingChanged = true;
    }

    private boolean answered(Challenge c) {
        protocol.answered(c.index());
        return true;
    }

    /** A ruling replaces any ruling the other way: the later word of the moderator counts. */
    private void prefer(String preferred, String over) {
        Claim loser = session.claim(over).orElseThrow();
        if (loser.preferredOver().contains(preferred)) {
            session.putClaim(withPreferences(loser, loser.preferredOver().stream().filter(p -> !p.equals(preferred)).toList()));
        }
        Claim winner = session.claim(preferred).orElseThrow();
        List<String> now = new ArrayList<>(winner.preferredOver());
        if (!now.contains(over)) now.add(over);
        session.putClaim(withPreferences(winner, now));
    }

    private static Claim withPreferences(Claim c, List<String> over) {
        return new Claim(c.id(), c.title(), c.text(), c.originalText(), c.language(), c.kind(), c.actors(), c.tags(),
                c.source(), c.proposition(), c.assertedBy(), c.weight(), over);
    }

    /**
     * Lapsed challenges take their claims' grounds; a claim conceded by every side but its own is
     * common ground and stands on its own.
     */
    private void updateStanding() {
        // worked out again only when what it is worked out from changed: most moves change none of it
        long lapses = protocol.lapses();
        if (!standingChanged && lapses == lapsesSeen) return;
        standingChanged = false;
        lapsesSeen = lapses;
        Set<Integer> lapsed = protocol.lapsed();
        challenges.replaceAll((i, c) -> new Challenge(c.index(), c.claim(), c.by(), c.challengedSide(), lapsed.contains(i)));
        Set<String> suspended = new LinkedHashSet<>();
        challenges.values().stream().filter(Challenge::lapsed).forEach(c -> suspended.add(c.claim()));
        Set<String> granted = new LinkedHashSet<>();
        Set<String> conceded = new LinkedHashSet<>();
        concessions.values().forEach(conceded::addAll);
        for (String claim : conceded) {
            String owner = claimSide.get(claim);
            boolean byAllOthers = setup.sides().stream().filter(s -> !s.name().equals(owner))
                    .allMatch(s -> concessions.get(s.name()).contains(claim));
            if (byAllOthers) granted.add(claim);
        }
        session.setStanding(granted, suspended);
    }

    private static ClaimKind kind(String word) {
        if (word == null) return ClaimKind.CLAIM;
        for (ClaimKind k : ClaimKind.values()) if (k.name().equalsIgnoreCase(word)) return k;
        return null;
    }

    private Protocol.Held held(Claim c) {
        return new Protocol.Held(c.id(), c.displayTitle(), claimSide.get(c.id()), false);
    }

    private String title(String claimId) {
        return session.claim(claimId).map(Claim::displayTitle).orElse(claimId);
    }

    /** A claim's title as the debate's map holds it now (a thesis a side has not stated yet: its id). */
    synchronized String titleOf(String claimId) {
        return title(claimId);
    }

    /** A move's type as a reader calls it ("attack", "serangan"). */
    static Sentence word(MoveType type) {
        return Sentence.of("debate.type." + type.word());
    }

    /** What a move does, in words; a move without the fields its type needs, by what it lacks. */
    private Sentence effect(Move m) {
        String missing = m.missing();
        if (missing != null) return Sentence.of("debate.move.incomplete", word(m.type()), missing);
        return switch (m.type()) {
            case CLAIM -> m.to() != null ? Sentence.of("debate.move.claim-supports", m.heading(), title(m.to()))
                    : m.target() != null ? Sentence.of("debate.move.claim-attacks", m.heading(), title(m.target()))
                    : Sentence.of("debate.move.claim", m.heading());
            case SUPPORT -> Sentence.of("debate.move.support", title(m.from()), title(m.to()));
            case ATTACK -> Sentence.of("debate.move.attack", title(m.from()), title(m.target()));
            case UNDERCUT -> {
                String support = m.undercut();
                String[] ends = support.split(" \\+> ", 2);
                // a target that is no "premise +> conclusion" is named as it was given
                yield ends.length == 2 ? Sentence.of("debate.move.undercut", title(m.from()), title(ends[0]), title(ends[1]))
                        : Sentence.of("debate.move.undercut-support", title(m.from()), support);
            }
            case CHALLENGE -> Sentence.of("debate.move.challenge", title(m.subject()));
            case CONCEDE -> Sentence.of("debate.move.concede", title(m.subject()));
            case RETRACT -> Sentence.of("debate.move.retract", title(m.subject()));
            case PREFER -> Sentence.of("debate.move.prefer", title(m.preferred()), title(m.over()));
            case VOTE -> m.value() == null ? Sentence.of("debate.move.vote-no-value", title(m.subject()))
                    : Sentence.of("debate.move.vote", title(m.subject()), m.value());
            case PASS -> Sentence.of("debate.move.pass");
            case TIMEOUT -> Sentence.of("debate.move.timeout", m.side() == null ? "" : m.side());
            case CLOSE -> Sentence.of("debate.move.close");
        };
    }

    /**
     * The sides' theses the map holds now, side by side in the setup's order. Read from the session
     * claim by claim: a snapshot of the whole map after every move made a long debate quadratic.
     */
    private List<ThesisState> theses() {
        List<ThesisState> out = new ArrayList<>();
        for (Side s : setup.sides()) {
            for (String t : s.theses()) {
                session.claim(t).ifPresent(c -> {
                    Double strength = session.strength(t);
                    out.add(new ThesisState(s.name(), t, c.displayTitle(), session.label(t), strength == null ? 0 : strength));
                });
            }
        }
        return out;
    }

    public synchronized List<Played> transcript() {
        return List.copyOf(transcript);
    }

    /** The debate map now, with every status, strength and conflict (for the canvas). */
    public synchronized Analysis analysis() {
        return session.analysis();
    }

    public synchronized boolean closed() {
        return closed;
    }

    /** Computed once per move, however many participants read it. */
    public synchronized Scoreboard scoreboard() {
        if (scoreboard == null) scoreboard = Scores.of(this, session.analysis(), theses());
        return scoreboard;
    }

    // read by Scores, under this debate's lock
    List<Turning> turningMovesNow() { return List.copyOf(turningMoves); }
    List<Challenge> challengesNow() { return List.copyOf(challenges.values()); }
    Map<String, List<String>> concessionsNow() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        concessions.forEach((side, claims) -> out.put(side, List.copyOf(claims)));
        return out;
    }
    Turn turnNow() { return turns.now(); }

    @Override
    public synchronized void close() {
        protocol.close();
        session.close();
    }
}
