package org.dialectica.debate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dialectica.base.ClusterNews;
import org.dialectica.io.MapFileException;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.people.Accounts;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.reasoning.Sentence;
import org.dialectica.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seminar debates for the pages: open one on a map, assign its sides, play moves as the signed-in
 * person, and follow it live. The database keeps what a debate started from and every move played;
 * its state is that starting map with the moves replayed through the engine, held as one live
 * {@link Debate} per debate (rebuilt on first use after a restart). Every public method acts for the
 * person signed in on the calling thread and refuses with {@link AccessDeniedException}; the server
 * decides who moves and for which side, never the page.
 *
 * <p>Who sees a debate: a debate carries the claims of the map it was opened on, so it is no more
 * public than that map. It is seen by those who may see the source map now (checked on every call
 * against the map's current sharing, so sharing it or taking it back applies at once), and always by
 * its moderator, the members of its sides and admins; once the source map is deleted, by those
 * alone. Everyone on a side must be able to see the map when put there, or the setup is refused
 * naming them. To anyone else a debate does not exist: every call about it (the list, its state and
 * replay, following it, its moves, playing or voting, the three exports, the sides) answers as for
 * an unknown debate, {@link UnknownDebateException}, never a refusal that would tell it is there.
 */
@Service
public class Debates implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(Debates.class);
    private static final Set<Role> OPENERS = EnumSet.of(Role.ADMIN, Role.TEACHER, Role.MODERATOR);
    /** What a debater may play; the audience only votes, the moderator rules and closes. */
    private static final Set<MoveType> DEBATER_MOVES = EnumSet.of(MoveType.CLAIM, MoveType.SUPPORT, MoveType.ATTACK,
            MoveType.UNDERCUT, MoveType.CHALLENGE, MoveType.CONCEDE, MoveType.RETRACT, MoveType.PASS);

    private final DebateTables.DebateRows debates;
    private final DebateTables.MoveRows moves;
    private final TransactionTemplate transactions;
    private final RuleBase rules;
    private final Workspace workspace;
    private final Accounts accounts;
    private final DebateListeners listeners = new DebateListeners();
    private final Map<Long, Live> live = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "debate-turn-timer");
        t.setDaemon(true);
        return t;
    });

    /** The news of other instances: a debate's moves stored, its sides changed. */
    private static final String MOVED = "debate-moved", SIDES = "debate-sides";
    private final ClusterNews cluster;

    Debates(DebateTables.DebateRows debates, DebateTables.MoveRows moves, TransactionTemplate transactions, RuleBase rules,
            Workspace workspace, Accounts accounts, ClusterNews cluster) {
        this.cluster = cluster;
        this.debates = debates;
        this.moves = moves;
        this.transactions = transactions;
        this.rules = rules;
        this.workspace = workspace;
        this.accounts = accounts;
        if (cluster.shared()) listenToOtherInstances();
    }

    /** One debate in memory: the engine's debate and what the timer of the current turn is. */
    private static final class Live {
        final long id;
        final Debate debate;
        final Setup setup;
        final String sourceMapId;
        final String startingArgdown;
        final Map<String, double[]> positions;
        final Instant opened;
        ScheduledFuture<?> timer;
        String timedTurn;
        Instant deadline;
        /** turns in a row the timer ended with nobody moving: after a whole round of them the clock stops */
        int idleTurns;
        /** when a move started the stopped clock again: that turn's time counts from then */
        Instant resumed;

        Live(long id, Debate debate, String sourceMapId, String startingArgdown, Map<String, double[]> positions, Instant opened) {
            this.id = id;
            this.opened = opened;
            this.debate = debate;
            this.setup = debate.setup();
            this.sourceMapId = sourceMapId;
            this.startingArgdown = startingArgdown;
            this.positions = positions;
        }
    }

    /**
     * The debates the signed-in person may see, newest first; they may watch each as audience. The
     * source maps are asked about at once, not debate by debate.
     */
    public List<DebateSummary> list() {
        Person me = CurrentPerson.get();
        List<DebateRow> rows = debates.findAllByOrderByIdDesc();
        Map<Long, Setup> setups = new java.util.HashMap<>();
        Set<String> ask = new HashSet<>();
        for (DebateRow r : rows) {
            Setup setup = StoredJson.setup(r.setup);
            setups.put(r.id, setup);
            if (!takesPart(me, setup) && r.sourceMapId != null) ask.add(r.sourceMapId);
        }
        Set<String> seenMaps = workspace.seenBy(me, ask);
        return rows.stream().filter(r -> takesPart(me, setups.get(r.id)) || seenMaps.contains(r.sourceMapId)).map(r -> {
            Setup setup = setups.get(r.id);
            return new DebateSummary(r.id, r.title, setup.format(), r.moderator, r.createdAt, r.closed);
        }).toList();
    }

    /** Admins, the moderator and the sides' members see a debate whatever became of its map. */
    private static boolean takesPart(Person person, Setup setup) {
        return person.isAdmin() || person.login().equals(setup.moderator()) || setup.sideOf(person.login()) != null;
    }

    private boolean sees(Person person, String sourceMapId, Setup setup) {
        return takesPart(person, setup) || workspace.maySee(person, sourceMapId);
    }

    /**
     * The live debate, if the signed-in person may see it; to anyone else it is unknown. Checked
     * before a debate not in memory is rebuilt, so nobody else learns even that it would not rebuild.
     */
    private Live seen(long debateId) {
        Person me = CurrentPerson.get();
        Live current = live.get(debateId);
        if (current == null) {
            DebateRow row = debates.findById(debateId).orElseThrow(() -> new UnknownDebateException(debateId));
            if (!sees(me, row.sourceMapId, StoredJson.setup(row.setup))) throw new UnknownDebateException(debateId);
            return live(debateId);
        }
        if (!sees(me, current.sourceMapId, current.setup)) throw new UnknownDebateException(debateId);
        return current;
    }

    /**
     * Opens a debate on a copy of a map the signed-in person may see; they become its moderator.
     * Teachers, moderators and admins only.
     *
     * @param setup the setup; its moderator is ignored (the opener is)
     * @throws IllegalArgumentException naming what is wrong with the setup, or where the map's
     *     Argdown does not read back as a starting map; nothing is saved
     */
    public long open(String mapId, Setup setup) {
        Person me = CurrentPerson.get();
        if (!OPENERS.contains(me.role())) throw new AccessDeniedException("Only a teacher or a moderator may open a debate.");
        String argdown = workspace.exportArgdown(mapId); // refuses a map the person may not see
        Map<String, double[]> positions = workspace.positions(mapId);
        String title = setup.title() == null || setup.title().isBlank() ? null : setup.title().strip();
        if (title == null) throw new SetupException("debate.setup.title");
        Sentence typed = TypedFields.problem("debate-title", title, TypedFields.DEBATE_TITLE);
        if (typed != null) throw new SetupException(typed);
        checkSideNames(setup.sides());
        Setup mine = new Setup(title, setup.format(), me.login(), setup.sides(), setup.rounds(), setup.movesPerTurn(),
                setup.turnSeconds(), setup.debatersVote());
        checkPeople(mine, mapId, Set.of());
        Instant at = now();
        ArgumentMap start;
        try {
            start = read(mapId, argdown);
        } catch (MapFileException e) {
            // the map as our writer wrote it does not read back: say where, rather than open nothing
            log.warn("The map '{}' does not read back as a debate's starting map: {}", mapId, e.getMessage());
            throw new SetupException(Sentence.of("debate.setup.unreadable", e.getMessage()));
        }
        Debate debate = Debate.start(rules, mine, start);
        try {
            long id = transactions.execute(t -> debates.save(new DebateRow(title, mapId, argdown, StoredJson.write(mine),
                    StoredJson.write(positions), me.login(), at.atOffset(ZoneOffset.UTC))).id);
            Live opened = new Live(id, debate, mapId, argdown, positions, at);
            live.put(id, opened);
            synchronized (lock(id)) {
                retime(opened);
            }
            return id;
        } catch (RuntimeException e) {
            debate.close();
            throw e;
        }
    }

    /**
     * Puts people on the sides (and may change the sides' theses): the moderator only, before the
     * first move, so no move is judged again under other sides.
     */
    public void assign(long debateId, List<Side> sides) {
        Person me = CurrentPerson.get();
        synchronized (lock(debateId)) {
            Live current = seen(debateId);
            if (!me.login().equals(current.setup.moderator())) throw new AccessDeniedException("Only the moderator assigns the sides.");
            if (!current.debate.transcript().isEmpty()) throw new SetupException("debate.setup.sides-fixed");
            Setup s = current.setup;
            checkSideNames(sides);
            Setup changed = new Setup(s.title(), s.format(), s.moderator(), sides, s.rounds(), s.movesPerTurn(), s.turnSeconds(), s.debatersVote());
            // whoever is on a side already sees the debate anyway: only newcomers must see the map
            Set<String> already = new HashSet<>();
            s.sides().forEach(side -> already.addAll(side.members()));
            checkPeople(changed, current.sourceMapId, already);
            Debate debate = Debate.start(rules, changed, stored(current.id, current.sourceMapId, current.startingArgdown));
            transactions.executeWithoutResult(t -> {
                DebateRow row = debates.findById(debateId).orElseThrow(() -> new UnknownDebateException(debateId));
                row.setup = StoredJson.write(changed);
            });
            drop(debateId);
            Live replaced = new Live(debateId, debate, current.sourceMapId, current.startingArgdown, current.positions, now());
            live.put(debateId, replaced);
            retime(replaced);
        }
        cluster.publish(SIDES, String.valueOf(debateId));
        listeners.fire(debateId, null);
    }

    private static void checkSideNames(List<Side> sides) {
        for (Side side : sides) {
            Sentence typed = TypedFields.problem("side-name", side.name(), TypedFields.SIDE_NAME);
            if (typed != null) throw new SetupException(typed);
        }
    }

    /**
     * Every member is an account and may see the source map: a side member sees the debate, and so
     * the map's claims (the setup itself refuses a member on two sides, or the moderator on one).
     *
     * @param already members who were on a side before and keep seeing the debate anyway
     */
    private void checkPeople(Setup setup, String mapId, Set<String> already) {
        Map<String, Person> known = new java.util.HashMap<>();
        accounts.directory().forEach(p -> known.put(p.login(), p));
        for (Side side : setup.sides()) {
            for (String member : side.members()) {
                Person person = known.get(member);
                if (person == null) throw new SetupException("debate.setup.no-account", member);
                if (!already.contains(member) && !workspace.maySee(person, mapId)) {
                    throw new SetupException("debate.setup.may-not-see", person.name(), member);
                }
            }
        }
    }

    /**
     * Plays a move as the signed-in person: the server fills in who moves and for which side, and the
     * engine judges it. A move the protocol refuses is stored and returned as refused; a move the person
     * may not make at all (a debater's move from the audience, a ruling from a debater) is refused here,
     * and so is one whose typed text no claim could hold (too long, or with an invisible control):
     * those are neither judged nor stored.
     *
     * @param origin the page making the move (it is not told again), or null
     * @throws MoveTextException naming the field, its limit or the character refused
     */
    public Played play(long debateId, Move requested, Object origin) {
        Person me = CurrentPerson.get();
        Played played;
        synchronized (lock(debateId)) {
            Live current = seen(debateId);
            Setup setup = current.setup;
            String side = sideOf(setup, me.login());
            MoveType type = requested.type();
            if (!mayPlay(setup, me.login(), type)) {
                throw new AccessDeniedException(type.moderatorOnly() ? "Only the moderator may " + type.word() + "."
                        : "You may not make a " + type.word() + " move in this debate.");
            }
            Sentence typed = TypedFields.problem(requested);
            if (typed != null) throw new MoveTextException(typed);
            // whatever the page said: the mover is the signed-in person, for their own side (none for the
            // moderator, whose pass ends the turn of the side in turn, and for the audience)
            Move move = requested.by(me.login(), side);
            if (current.idleTurns >= setup.sides().size()) current.resumed = now();
            current.idleTurns = 0;
            played = record(current, move);
        }
        listeners.fire(debateId, origin);
        return played;
    }

    /** What the signed-in person may play in this debate now (nothing once it is closed). */
    public Set<MoveType> moves(long debateId) {
        Person me = CurrentPerson.get();
        Live current = seen(debateId);
        if (current.debate.closed()) return Set.of();
        // every round played: only the moderator's ruling and close are left
        boolean over = current.debate.scoreboard().turn() != null && current.debate.scoreboard().turn().over();
        Set<MoveType> allowed = EnumSet.noneOf(MoveType.class);
        for (MoveType type : MoveType.values()) {
            if (over && !type.moderatorOnly()) continue;
            if (mayPlay(current.setup, me.login(), type)) allowed.add(type);
        }
        return allowed;
    }

    private static boolean mayPlay(Setup setup, String login, MoveType type) {
        boolean moderator = login.equals(setup.moderator());
        String side = sideOf(setup, login);
        if (type.moderatorOnly()) return moderator;
        if (type == MoveType.VOTE) return side == null ? !moderator : setup.debatersVote();
        if (type == MoveType.PASS) return side != null || moderator;
        return side != null && DEBATER_MOVES.contains(type);
    }

    /** The side a person argues for, or null (moderator, audience). */
    public static String sideOf(Setup setup, String login) {
        Side side = setup.sideOf(login);
        return side == null ? null : side.name();
    }

    /** Plays the move on the live debate and stores it; a move that cannot be stored rebuilds the debate. */
    private Played record(Live current, Move move) {
        return record(current, () -> move);
    }

    /**
     * Plays a move on the live debate and stores it. Where other instances share the database, the
     * debate's row is held meanwhile and the moves they stored are played first, so each move is
     * judged after all before it and gets the next number (which the database keeps unique).
     *
     * @param due the move, asked for once the debate has caught up; null when it is no longer due
     * @return the move as played, or null when none was due
     */
    private Played record(Live current, Supplier<Move> due) {
        Played[] played = new Played[1];
        try {
            transactions.executeWithoutResult(t -> {
                if (cluster.shared()) {
                    debates.lockById(current.id).orElseThrow(() -> new UnknownDebateException(current.id));
                    catchUp(current);
                }
                Move move = due.get();
                if (move == null) return;
                Instant at = now();
                Played p = current.debate.play(move, at);
                int index = current.debate.transcript().size();
                moves.save(new MoveRow(current.id, index, StoredJson.write(move), move.by(), at.atOffset(ZoneOffset.UTC),
                        p.accepted(), p.reason() == null ? null : p.reason().key(),
                        p.reason() == null ? null : clip(p.reason().text(Locale.ENGLISH))));
                if (p.accepted() && move.type() == MoveType.CLOSE) debates.findById(current.id).ifPresent(row -> row.closed = true);
                played[0] = p;
            });
        } catch (RuntimeException e) {
            // played but not stored: rebuild from what was stored rather than show a move nobody kept
            log.warn("A move of debate {} could not be stored; the debate is rebuilt: {}", current.id, e.toString());
            drop(current.id);
            throw e;
        }
        if (played[0] != null) cluster.publish(MOVED, String.valueOf(current.id));
        retime(current);
        return played[0];
    }

    /** Plays the moves another instance stored since the debate was read here. */
    private void catchUp(Live current) {
        for (MoveRow row : moves.findByDebateIdAndIndexGreaterThanOrderByIndexAsc(current.id, current.debate.transcript().size())) {
            current.debate.play(StoredJson.move(row.move), row.playedAt.toInstant());
        }
    }

    /**
     * News from another instance: the debate's new moves are played here too (if it is in memory
     * here) and its pages here follow.
     *
     * @param always tell the pages even if nothing new was found
     */
    private void follow(long debateId, boolean always) {
        Live current = live.get(debateId);
        boolean moved = false;
        if (current != null) {
            synchronized (lock(debateId)) {
                if (live.get(debateId) != current) return;
                int before = current.debate.transcript().size();
                try {
                    transactions.executeWithoutResult(t -> catchUp(current));
                } catch (RuntimeException e) {
                    log.warn("Debate {} could not follow the moves of another instance; it is rebuilt: {}", debateId, e.toString());
                    drop(debateId);
                }
                moved = current.debate.transcript().size() != before;
                if (live.get(debateId) == current) retime(current);
            }
        }
        if (always || moved) listeners.fire(debateId, null);
    }

    /** News of other instances sharing the database: moves stored and sides changed there. */
    private void listenToOtherInstances() {
        cluster.subscribe(MOVED, news -> follow(Long.parseLong(news.subject()), true));
        cluster.subscribe(SIDES, news -> {
            long debateId = Long.parseLong(news.subject());
            synchronized (lock(debateId)) {
                drop(debateId);
            }
            listeners.fire(debateId, null);
        });
        // news missed (a lost connection, an instance killed between its commit and its news)
        Runnable all = () -> new ArrayList<>(live.keySet()).forEach(id -> follow(id, false));
        cluster.onReconnect(all);
        timers.scheduleWithFixedDelay(all, 15, 15, TimeUnit.SECONDS);
    }

    private static String clip(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 4000);
    }

    /**
     * Starts the timer of a new turn: when its time runs out the moderator passes for the side in
     * turn. A move within the same turn keeps the timer; a turn that ends before cancels it.
     */
    private void retime(Live current) {
        Setup setup = current.setup;
        Turn turn = current.debate.scoreboard().turn();
        String key = timedTurn(current);
        if (key != null && key.equals(current.timedTurn)) return;
        if (current.timer != null) current.timer.cancel(false);
        current.timer = null;
        current.timedTurn = key;
        current.deadline = null;
        if (key == null) return;
        // the first turn's clock starts with its first move, not when the debate was opened
        Instant began = turn.startedAt();
        if (current.resumed != null && current.resumed.isAfter(began)) began = current.resumed;
        current.deadline = began.plusSeconds(setup.turnSeconds());
        long delay = Math.max(0, current.deadline.toEpochMilli() - System.currentTimeMillis());
        current.timer = timers.schedule(() -> timeUp(current, key), delay, TimeUnit.MILLISECONDS);
    }

    /** The turn the clock runs for, or null when none does. */
    private static String timedTurn(Live current) {
        Setup setup = current.setup;
        Scoreboard scoreboard = current.debate.scoreboard();
        Turn turn = scoreboard.turn();
        // a debate everyone left is not passed on turn after turn for ever: the next move starts the clock again
        boolean timed = setup.turnSeconds() > 0 && setup.format() != Format.FREE && turn != null && !turn.over() && turn.startedAt() != null
                && turn.side() != null && !scoreboard.result().closed() && current.idleTurns < setup.sides().size();
        // a turn is known by when it began: the next turn of the same side is another turn
        return timed ? turn.side() + "/" + turn.round() + "/" + turn.speaker() + "/" + turn.startedAt() : null;
    }

    private void timeUp(Live current, String turnKey) {
        try {
            synchronized (lock(current.id)) {
                if (live.get(current.id) != current || !turnKey.equals(current.timedTurn)) return;
                // its own entry, naming the side whose time ran out: not a pass someone made; not
                // due if another instance's clock (or a move made there) ended the turn first
                Played played = record(current, () -> {
                    if (!turnKey.equals(timedTurn(current))) return null;
                    current.idleTurns++;
                    return Move.of(current.setup.moderator(), current.debate.scoreboard().turn().side(), MoveType.TIMEOUT);
                });
                if (played == null) return;
            }
            listeners.fire(current.id, null);
        } catch (RuntimeException e) {
            log.warn("The turn timer of debate {} could not pass the turn: {}", current.id, e.toString());
        }
    }

    /**
     * The debate now, as one page shows it.
     *
     * @throws UnreadableDebateException when the debate is not in memory and its stored starting map
     *     no longer reads (so for every call about it; the exports, the moves and the sides alike)
     */
    public DebateState state(long debateId) {
        return stateOf(seen(debateId));
    }

    private DebateState stateOf(Live current) {
        long debateId = current.id;
        synchronized (lock(debateId)) {
            List<Played> transcript = current.debate.transcript();
            return new DebateState(debateId, current.setup, current.sourceMapId, current.debate.scoreboard(), transcript,
                    current.debate.analysis(), current.positions, transcript.size(), current.deadline);
        }
    }

    /** The debate as it was after its first {@code upTo} moves (0: before any), replayed on its own. */
    public DebateState state(long debateId, int upTo) {
        Live current = seen(debateId);
        List<Played> transcript = current.debate.transcript();
        int at = Math.max(0, Math.min(upTo, transcript.size()));
        if (at == transcript.size()) return stateOf(current);
        try (Debate then = Debate.replay(rules, current.setup, stored(current.id, current.sourceMapId, current.startingArgdown), transcript, at)) {
            return new DebateState(debateId, current.setup, current.sourceMapId, then.scoreboard(), transcript, then.analysis(),
                    current.positions, at, null);
        }
    }

    /** The transcript as JSON (the format the command line replays). */
    public String exportJson(long debateId) {
        return Transcript.of(seen(debateId).debate, startingMapFile(debateId)).json();
    }

    /** The debate as Markdown in the reader's language, people by their display names. */
    public String exportMarkdown(long debateId, Locale locale) {
        Debate debate = seen(debateId).debate;
        return Transcript.markdown(debate, locale, names());
    }

    /**
     * People's display names for the signed-in reader: the accounts they may share with (the enabled
     * ones), then, for a login not among them (a disabled account), its own; a login without an
     * account stays a login. Each login is looked up once.
     */
    public Names names() {
        Map<String, String> known = new java.util.HashMap<>();
        accounts.directory().forEach(p -> known.put(p.login(), p.name()));
        return login -> known.computeIfAbsent(login, l -> accounts.person(l).map(Person::name).orElse(l));
    }

    /** The map the debate started from, as Argdown. */
    public String exportStartingMap(long debateId) {
        return seen(debateId).startingArgdown;
    }

    /** The file name the starting map is exported under; the JSON transcript names it. */
    public static String startingMapFile(long debateId) {
        return "debate-" + debateId + "-start.argdown";
    }

    /** Follows a debate: {@code onMove} runs after every later move, on a thread of its own. */
    public AutoCloseable join(long debateId, Runnable onMove) {
        seen(debateId);
        return listeners.join(debateId, onMove);
    }

    /** The live debate, rebuilt from the database on first use: the starting map with every stored move replayed. */
    private Live live(long debateId) {
        Live current = live.get(debateId);
        if (current != null) return current;
        synchronized (lock(debateId)) {
            current = live.get(debateId);
            if (current != null) return current;
            DebateRow row = debates.findById(debateId).orElseThrow(() -> new UnknownDebateException(debateId));
            Setup setup = StoredJson.setup(row.setup);
            Debate debate = Debate.start(rules, setup, stored(debateId, row.sourceMapId, row.startingMap));
            for (MoveRow move : moves.findByDebateIdOrderByIndexAsc(debateId)) {
                debate.play(StoredJson.move(move.move), move.playedAt.toInstant());
            }
            current = new Live(debateId, debate, row.sourceMapId, row.startingMap, StoredJson.positions(row.positions),
                    row.createdAt.toInstant());
            live.put(debateId, current);
            retime(current);
            return current;
        }
    }

    private static ArgumentMap read(String mapId, String argdown) throws MapFileException {
        return new ArgdownReader().read((mapId == null ? "debate" : mapId) + ".argdown", argdown).map();
    }

    /** A stored debate's starting map; one that no longer reads is said so, with where and why. */
    private static ArgumentMap stored(long debateId, String mapId, String argdown) {
        try {
            return read(mapId, argdown);
        } catch (MapFileException e) {
            log.warn("The starting map of debate {} does not read back: {}", debateId, e.getMessage());
            throw new UnreadableDebateException(debateId, e);
        }
    }

    private void drop(long debateId) {
        Live gone = live.remove(debateId);
        if (gone == null) return;
        if (gone.timer != null) gone.timer.cancel(false);
        gone.debate.close();
    }

    private Object lock(long debateId) {
        return locks.computeIfAbsent(debateId, id -> new Object());
    }

    private static Instant now() {
        // as the database keeps it, so a debate rebuilt after a restart replays the same times
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** For tests: removes a debate and its moves. */
    void delete(long debateId) {
        synchronized (lock(debateId)) {
            drop(debateId);
            transactions.executeWithoutResult(t -> debates.deleteById(debateId));
        }
    }

    /** For tests: forgets the live debates, as a restart does. */
    void forgetLive() {
        new ArrayList<>(live.keySet()).forEach(this::drop);
    }

    @Override
    public void destroy() {
        timers.shutdownNow();
        listeners.close();
        forgetLive();
    }
}
