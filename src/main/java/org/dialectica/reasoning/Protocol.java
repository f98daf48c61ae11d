package org.dialectica.reasoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A debate's protocol as rules ({@code rules/debate.drl}): which moves are allowed now, and which
 * challenges went unanswered. The debate keeps its state here as facts (claims held, concessions,
 * open challenges, turns taken, the phase) and asks about one proposed move at a time; a refused
 * move leaves every fact as it was. One session per debate, fed incrementally: a check costs the
 * claims the move names, not the map.
 */
public final class Protocol implements AutoCloseable {

    /** Who may do what: the moderator rules, debaters argue for a side, the audience may vote. */
    public enum Role { MODERATOR, DEBATER, AUDIENCE }

    /**
     * A move as the rules see it. {@code claims} are the claims it names (they must exist),
     * {@code supports} the supports it names (an undercut's target), {@code fresh} the id of a claim
     * it would add (it must not exist yet), {@code from} the claim it argues from and {@code target}
     * the claim it argues for or against or asks about; {@code bench} the mover's (British Parliamentary).
     */
    public record Proposed(int index, String by, String side, Role role, String type, List<String> claims,
            List<String> supports, String fresh, String from, String target, boolean poi, Double value, String bench) {
        public Proposed {
            claims = List.copyOf(claims);
            supports = List.copyOf(supports);
        }
    }

    /**
     * Where the debate is: whose turn (null: anyone's), the speaker role in British Parliamentary,
     * the speaking side's bench, whether the speeches or rounds are over, whether it was closed,
     * whether a speech is in its protected time, and whether debaters may vote.
     */
    public record Phase(String format, String side, String speaker, String bench, boolean over, boolean closed,
            boolean protectedTime, boolean debatersVote) {}

    /** A claim (or, with {@code support}, a support) the debate map holds, and the side that put it there (null: the starting map). */
    public record Held(String id, String title, String side, boolean support) {}

    public record Conceded(String side, String claim) {}

    /** A challenge of a claim of {@code side}: answered by the end of that side's turn number {@code due}, or it lapses. */
    public record Challenged(int index, String claim, String title, String side, int due) {}

    public record TurnsTaken(String side, int count) {}

    /** Derived: a challenge left unanswered past its turn. */
    public record Lapsed(int index, String claim) {}

    /** Derived: a rule that refuses the move, with its explanation; lower {@code rank} is said first. */
    public record Refused(int index, int rank, String rule, Sentence reason) {
        public Refused(int index, int rank, String rule, String key, Object... args) {
            this(index, rank, rule, Sentence.of(key, args));
        }
    }

    private final KieSession session;
    /** what the rules derive, as they derive and withdraw it: scanning working memory per move made a long debate quadratic */
    private final Derived derived = new Derived();
    private final Map<String, FactHandle> held = new HashMap<>();
    private final Map<Integer, FactHandle> challenges = new HashMap<>();
    private final Map<String, FactHandle> turns = new HashMap<>();
    private final Map<Conceded, FactHandle> concessions = new HashMap<>();
    private FactHandle phase;

    private Protocol(KieSession session) {
        this.session = session;
        session.addEventListener(derived);
    }

    /** The refusals of the move being checked, and the challenges that lapsed. */
    private static final class Derived extends FactCollector {
        final List<Refused> refused = new ArrayList<>();
        final Set<Lapsed> lapsed = new LinkedHashSet<>();
        /** how many times a challenge lapsed or stopped being lapsed */
        long lapses;

        @Override
        void add(Object fact) {
            if (fact instanceof Refused r) refused.add(r);
            else if (fact instanceof Lapsed l && lapsed.add(l)) lapses++;
        }

        @Override
        void remove(Object fact) {
            if (fact instanceof Refused r) refused.remove(r);
            else if (fact instanceof Lapsed l && lapsed.remove(l)) lapses++;
        }
    }

    public static Protocol open(RuleBase rules) {
        KieSession session = rules.newSession();
        session.setGlobal("names", new Names());
        return new Protocol(session);
    }

    /** Every rule that refuses the move, first what matters most; empty when the move is allowed. Changes nothing. */
    public synchronized List<Refused> check(Proposed move) {
        FactHandle handle = session.insert(move);
        session.fireAllRules();
        List<Refused> refusals = new ArrayList<>();
        for (Refused r : derived.refused) if (r.index() == move.index()) refusals.add(r);
        session.delete(handle); // its refusals were logical: they go with it
        session.fireAllRules();
        refusals.sort(Comparator.comparingInt(Refused::rank).thenComparing(Refused::rule));
        return refusals;
    }

    public synchronized void phase(Phase now) {
        if (phase == null) phase = session.insert(now);
        // the same phase: every rule that reads it would be matched again for nothing (all they derive is logical)
        else if (!now.equals(session.getObject(phase))) session.update(phase, now);
        session.fireAllRules();
    }

    public synchronized void held(Held claim) {
        FactHandle h = held.get(claim.id());
        if (h == null) held.put(claim.id(), session.insert(claim));
        else session.update(h, claim);
    }

    public synchronized void dropped(String id) {
        FactHandle h = held.remove(id);
        if (h != null) session.delete(h);
    }

    public synchronized void conceded(Conceded concession) {
        concessions.computeIfAbsent(concession, session::insert);
    }

    public synchronized void challenged(Challenged challenge) {
        challenges.put(challenge.index(), session.insert(challenge));
        session.fireAllRules();
    }

    /** The challenge is over: answered, or its claim retracted or conceded. */
    public synchronized void answered(int challengeIndex) {
        FactHandle h = challenges.remove(challengeIndex);
        if (h != null) session.delete(h);
        session.fireAllRules();
    }

    public synchronized void turnsTaken(String side, int count) {
        FactHandle h = turns.get(side);
        TurnsTaken now = new TurnsTaken(side, count);
        if (h == null) turns.put(side, session.insert(now));
        else if (now.equals(session.getObject(h))) return; // the same count: every open challenge would be matched again for nothing
        else session.update(h, now);
        session.fireAllRules();
    }

    /** A count that changes whenever {@link #lapsed} does: what lapsed can be worked out again only when it moved. */
    public synchronized long lapses() {
        return derived.lapses;
    }

    /** The indexes of the challenges that lapsed, in order. */
    public synchronized Set<Integer> lapsed() {
        Set<Integer> out = new java.util.TreeSet<>();
        for (Lapsed l : derived.lapsed) out.add(l.index());
        return new LinkedHashSet<>(out);
    }

    @Override
    public synchronized void close() {
        session.dispose();
    }
}
