package org.dialectica.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.dialectica.base.ClusterNews;
import org.dialectica.base.DialecticaSettings;
import org.dialectica.io.MapFileException;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.people.Classes;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the views work with: the stored maps and, for each map in use, one live reasoning session
 * shared by everyone viewing it. A user's edit is a list of {@link Change}s: checked against a
 * copy of the map, saved in one transaction, and only after the commit applied to the session and
 * announced to every viewer. A session that fails to apply a committed edit is dropped and rebuilt
 * from the database, so the two never stay out of step. Edits of one map are serialised.
 *
 * <p>Every public method acts for the person signed in on the calling thread ({@link
 * CurrentPerson}) and first checks with {@link MapPolicy} that they may: a refused call throws
 * Spring Security's {@link AccessDeniedException} and changes nothing.
 */
@Service
public class Workspace implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(Workspace.class);
    /** The largest map file an import takes. */
    public static final int MAX_IMPORT_BYTES = MapStore.MAX_IMPORT_BYTES;

    private final MapStore store;
    private final RuleBase rules;
    private final TransactionTemplate transactions;
    private final Classes classes;
    private final EditLog editLog;
    private final MapEvents events = new MapEvents(this::toOtherInstances);
    private final Map<String, LiveSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final long idleNanos;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-session-sweeper");
        t.setDaemon(true);
        return t;
    });

    private final SeenMaps seen;
    private final ClusterNews cluster;
    private final Presence presence;

    Workspace(MapStore store, RuleBase rules, TransactionTemplate transactions, DialecticaSettings settings,
            Classes classes, EditLog editLog, SeenMaps seen, ClusterNews cluster, Presence presence) {
        this.store = store;
        this.cluster = cluster;
        this.presence = presence;
        this.seen = seen;
        this.editLog = editLog;
        this.classes = classes;
        this.rules = rules;
        this.transactions = transactions;
        this.idleNanos = settings.sessionIdle().toNanos();
        long every = Math.max(1, Math.min(60_000, settings.sessionIdle().toMillis() / 4));
        sweeper.scheduleWithFixedDelay(this::evictIdle, every, every, TimeUnit.MILLISECONDS);
        sweeper.scheduleWithFixedDelay(events::dropUnanswering, PRESENCE_SWEEP.toMillis(), PRESENCE_SWEEP.toMillis(), TimeUnit.MILLISECONDS);
        if (cluster.shared()) listenToOtherInstances();
    }

    /**
     * The news of the other instances sharing the database, told to the viewers here; an edit is
     * first read from the map's history into the live session, so every instance shows the same
     * map. News missed (a lost connection, an instance killed between its commit and its news) is
     * caught up on reconnection and by a sweep every {@link #CATCH_UP_SWEEP}.
     */
    private void listenToOtherInstances() {
        for (MapEvent.Kind kind : MapEvent.Kind.values()) {
            cluster.subscribe(topic(kind), news -> {
                String mapId = news.subject();
                switch (kind) {
                    case EDITED -> catchUp(mapId);
                    case DELETED -> {
                        synchronized (lock(mapId)) {
                            drop(mapId);
                        }
                    }
                    case VIEWERS -> presence.reload(mapId);
                    case MOVED -> moves.incrementAndGet();
                    default -> { }
                }
                MapEvent.Replaced replaced = kind == MapEvent.Kind.REPLACED && news.detail() != null ? ChangeJson.readReplaced(news.detail()) : null;
                if (kind != MapEvent.Kind.REPLACED || replaced != null) events.tellHere(new MapEvent(mapId, kind, null, replaced));
            });
        }
        cluster.onReconnect(this::catchUpAll);
        sweeper.scheduleWithFixedDelay(this::catchUpAll, CATCH_UP_SWEEP.toMillis(), CATCH_UP_SWEEP.toMillis(), TimeUnit.MILLISECONDS);
        sweeper.scheduleWithFixedDelay(() -> {
            for (String mapId : presence.renew(events.viewed())) events.tellHere(new MapEvent(mapId, MapEvent.Kind.VIEWERS, null));
        }, PRESENCE_SWEEP.toMillis(), PRESENCE_SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How often live sessions check the history for edits whose news never came. */
    static final java.time.Duration CATCH_UP_SWEEP = java.time.Duration.ofSeconds(15);

    private static String topic(MapEvent.Kind kind) {
        return "map-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void toOtherInstances(MapEvent event) {
        if (!cluster.shared()) return;
        if (event.kind() == MapEvent.Kind.VIEWERS) presence.here(event.mapId(), events.names(event.mapId()));
        cluster.publish(topic(event.kind()), event.mapId(), event.replaced() == null ? null : ChangeJson.writeReplaced(event.replaced()));
    }

    /**
     * Applies to the map's live session (if it has one here) the edits committed since it was read,
     * by this instance or another, in the order they committed. A session that cannot apply them is
     * dropped, to be read afresh.
     */
    private void catchUp(String mapId) {
        synchronized (lock(mapId)) {
            LiveSession open = sessions.get(mapId);
            if (open == null) return;
            try {
                for (EditLog.Committed edit : editLog.since(mapId, open.lastEdit)) {
                    edit.changes().forEach(c -> live(open.session, c));
                    open.lastEdit = edit.id();
                }
            } catch (RuntimeException e) {
                log.warn("The live session of map '{}' could not follow the edits of another instance; it is rebuilt: {}", mapId, e.toString());
                drop(mapId);
            }
        }
    }

    /** Catches up every live session here (after news may have been missed). */
    void catchUpAll() {
        for (Map.Entry<String, LiveSession> live : new ArrayList<>(sessions.entrySet())) {
            long before = live.getValue().lastEdit;
            catchUp(live.getKey());
            // followed, or dropped to be read afresh: either way its pages show something new
            if (sessions.get(live.getKey()) != live.getValue() || live.getValue().lastEdit != before) {
                events.tellHere(new MapEvent(live.getKey(), MapEvent.Kind.EDITED, null));
            }
        }
    }

    /** A live session and when it was last used. */
    private static final class LiveSession {
        final ReasoningSession session;
        volatile long lastUsed = System.nanoTime();
        /** the newest entry of the map's history the session holds */
        volatile long lastEdit;
        /** the claims' versions and positions as read at {@link #layoutAt} edits and {@link #layoutMoves} moves */
        private Map<String, MapStore.Layout> layout;
        private long layoutAt, layoutMoves;

        LiveSession(ReasoningSession session, long lastEdit) {
            this.session = session;
            this.lastEdit = lastEdit;
        }

        /**
         * The layout, read again only after an edit or a move: the pages of a map all redraw after
         * each change and would each read the same rows. Called under the map's lock.
         *
         * @param moves the count of moves, taken before reading, so a move committed meanwhile reads again
         */
        Map<String, MapStore.Layout> layout(long moves, java.util.function.Supplier<Map<String, MapStore.Layout>> read) {
            if (layout == null || layoutAt != lastEdit || layoutMoves != moves) {
                long at = lastEdit;
                layout = read.get();
                layoutAt = at;
                layoutMoves = moves;
            }
            return layout;
        }
    }

    /** Claims moved on any map, here or (as its news says) on another instance: a layout read before is read again. */
    private final java.util.concurrent.atomic.AtomicLong moves = new java.util.concurrent.atomic.AtomicLong();

    /** The maps the signed-in person may see, matching the search. */
    public List<MapSummary> list(String search) {
        Person me = CurrentPerson.get();
        java.util.Set<Long> mine = classes.of(me.login());
        return store.list(search, me.login(), facts -> MapPolicy.allowed(me, mine, facts));
    }

    /** Whether the signed-in person may do this with the map. */
    public boolean may(String mapId, MapAction action) {
        return rights(mapId).contains(action);
    }

    /**
     * Everything the signed-in person may do with the map, read at once: for a page that shows or
     * hides several tools (none if nobody is signed in).
     */
    public java.util.Set<MapAction> rights(String mapId) {
        Person me = CurrentPerson.find().orElse(null);
        if (me == null) return java.util.Set.of();
        long checkedAt = seen.epoch();
        java.util.Set<MapAction> known = seen.rights(me, mapId);
        if (known != null) return known;
        java.util.Set<MapAction> now = MapPolicy.allowed(me, classes.of(me.login()), store.facts(mapId));
        seen.rememberRights(me, mapId, now, checkedAt);
        return now;
    }

    /**
     * Whether a person (the one signed in, or another: whether someone put on a debate's side may
     * see its map) may see the map now. Never refuses: a map that is no longer stored, deleted or
     * never made, is seen by nobody, admins included.
     */
    public boolean maySee(Person person, String mapId) {
        if (mapId == null) return false;
        CurrentPerson.get();
        long checkedAt = seen.epoch();
        if (seen.allows(person, mapId)) return true;
        boolean may = seenBy(person, java.util.Set.of(mapId)).contains(mapId);
        if (may) seen.remember(person, mapId, checkedAt);
        return may;
    }

    /** An answer key was hidden from a class (or rights shrank some other way the workspace does not see): allowances are asked afresh. */
    public void rightsMayHaveShrunk() {
        seen.forget();
    }

    /**
     * Which of these maps a person may see now, read at once whatever their number (the maps, the
     * person's sharings and classes: four queries): for a list of things made from maps. Maps no
     * longer stored are left out. Someone must be signed in to ask.
     */
    public java.util.Set<String> seenBy(Person person, java.util.Collection<String> mapIds) {
        CurrentPerson.get();
        java.util.Set<String> ids = new java.util.HashSet<>(mapIds);
        ids.remove(null);
        if (ids.isEmpty()) return java.util.Set.of();
        Map<String, MapPolicy.Facts> facts = store.factsFor(ids, person.login());
        if (facts.isEmpty()) return java.util.Set.of();
        // an admin's classes never matter; everyone else's are read once for all the maps
        java.util.Set<Long> theirs = person.isAdmin() ? java.util.Set.of() : classes.of(person.login());
        java.util.Set<String> seen = new java.util.HashSet<>();
        facts.forEach((id, f) -> {
            if (MapPolicy.allows(person, theirs, f, MapAction.VIEW)) seen.add(id);
        });
        return seen;
    }

    /**
     * Refuses the call unless the signed-in person may do this with the map.
     * @throws UnknownMapException when there is no such map (also to those who may not see it)
     */
    public void check(String mapId, MapAction action) {
        CurrentPerson.get(); // nobody signed in: "sign in first", not a refusal for this map
        if (!may(mapId, action)) {
            throw new AccessDeniedException(refusal(action) + " (map '" + mapId + "').");
        }
    }

    private static String refusal(MapAction action) {
        return switch (action) {
            case VIEW -> "You may not open this map";
            case COMMENT -> "You may not comment on this map";
            case EDIT -> "You may not edit this map; make your own copy to work on it";
            case SHARE -> "Only the map's owner may share it";
            case DELETE -> "Only the map's owner may delete it";
        };
    }

    /** A new empty map owned by the signed-in person, private until they share it. */
    public String create(String title, String description) {
        Person me = CurrentPerson.get();
        org.dialectica.map.TypedText.check("title", title);
        org.dialectica.map.TypedText.check("description", description);
        return transactions.execute(t -> {
            String id = store.create(title, description, me.login());
            editLog.began(id, me, new EditStep(EditStep.Kind.MAP_CREATED, title.strip()));
            return id;
        });
    }

    /**
     * A private copy of a map the signed-in person may see, owned by them, positions included:
     * how a student works on a seed map.
     */
    public String copy(String mapId, String title) {
        check(mapId, MapAction.VIEW);
        Person me = CurrentPerson.get();
        org.dialectica.map.TypedText.check("title", title);
        ArgumentMap map = store.load(mapId);
        ArgumentMap copy = map.copy();
        copy.setTitle(title == null || title.isBlank() ? map.title() : title.strip());
        Map<String, double[]> positions = state(mapId).positions();
        return transactions.execute(t -> {
            String id = store.save(copy, me.login(), Visibility.PRIVATE);
            store.moveClaims(id, positions);
            editLog.began(id, me, new EditStep(EditStep.Kind.MAP_COPIED, map.title()));
            return id;
        });
    }

    /**
     * A new private map owned by the signed-in person from a map the caller already holds, with these
     * places: how a student begins from an assignment's starter, which the caller read on the
     * teacher's behalf (the student may not open where it came from).
     */
    public String createFrom(ArgumentMap map, Map<String, double[]> positions, String from) {
        Person me = CurrentPerson.get();
        org.dialectica.map.TypedText.check("title", map.title());
        ArgumentMap copy = map.copy();
        return transactions.execute(t -> {
            String id = store.save(copy, me.login(), Visibility.PRIVATE);
            store.moveClaims(id, positions);
            editLog.began(id, me, new EditStep(EditStep.Kind.MAP_COPIED, from));
            return id;
        });
    }

    /** A map as stored with its claims' places, read for someone who may see it. */
    public record ReadFor(ArgumentMap map, Map<String, double[]> positions) {}

    /**
     * A map and its places read on another person's behalf (an assignment's teacher, for one of their
     * students): nothing when that person may not see it. The signed-in person's own rights are not
     * asked; the caller has checked they may have what is made of it.
     */
    public java.util.Optional<ReadFor> readFor(Person person, String mapId) {
        if (!maySee(person, mapId)) return java.util.Optional.empty();
        Map<String, double[]> positions = new java.util.HashMap<>();
        store.layout(mapId).forEach((id, l) -> {
            if (l.position() != null) positions.put(id, l.position());
        });
        return java.util.Optional.of(new ReadFor(store.load(mapId), positions));
    }

    /** Who may see and edit a map besides its owner; for those who may share it. */
    public Sharing sharing(String mapId) {
        check(mapId, MapAction.VIEW);
        MapPolicy.Facts facts = store.facts(mapId);
        Map<String, Boolean> people = new java.util.LinkedHashMap<>();
        facts.members().forEach((login, access) -> people.put(login, access == MapPolicy.Sharing.EDITOR));
        return new Sharing(facts.owner(), facts.visibility(), facts.classId(), people);
    }

    /**
     * How a map is shared. @param owner the owner's login, null for the installation's maps
     * @param people each person it is shared with, true for an editor, false for a viewer
     */
    public record Sharing(String owner, Visibility visibility, Long classId, Map<String, Boolean> people) {}

    /** Replaces how a map is shared; its owner (or an admin) only. */
    public void share(String mapId, Visibility visibility, Long classId, Map<String, Boolean> people) {
        check(mapId, MapAction.SHARE);
        Map<String, MapPolicy.Sharing> members = new java.util.LinkedHashMap<>();
        people.forEach((login, editor) -> members.put(login, editor ? MapPolicy.Sharing.EDITOR : MapPolicy.Sharing.VIEWER));
        store.share(mapId, visibility, classId, members);
        events.fire(new MapEvent(mapId, MapEvent.Kind.EDITED, null));
    }

    public void delete(String mapId) {
        check(mapId, MapAction.DELETE);
        synchronized (lock(mapId)) {
            store.delete(mapId);
            drop(mapId);
        }
        events.fire(new MapEvent(mapId, MapEvent.Kind.DELETED, null));
    }

    /** Imports a map owned by the signed-in person, private until they share it. */
    public ImportResult importArgdown(String fileName, String text) throws MapFileException {
        Person me = CurrentPerson.get();
        return imported(fileName, me, () -> store.importArgdown(fileName, text, me.login()));
    }

    /** A map file as uploaded: any format the command line reads, strictly decoded, size-checked. */
    public ImportResult importFile(String fileName, byte[] bytes) throws MapFileException {
        Person me = CurrentPerson.get();
        return imported(fileName, me, () -> store.importFile(fileName, bytes, me.login()));
    }

    private interface MapImport {
        ImportResult run() throws MapFileException;
    }

    /** A file that does not read saves nothing; one that does is saved with its entry in the history. */
    private ImportResult imported(String fileName, Person me, MapImport work) throws MapFileException {
        final class Unread extends RuntimeException {
            Unread(MapFileException e) {
                super(e);
            }
        }
        try {
            return transactions.execute(t -> {
                try {
                    ImportResult result = work.run();
                    editLog.began(result.mapId(), me, new EditStep(EditStep.Kind.MAP_IMPORTED, fileName));
                    return result;
                } catch (MapFileException e) {
                    throw new Unread(e);
                }
            });
        } catch (Unread e) {
            throw (MapFileException) e.getCause();
        }
    }

    public String exportArgdown(String mapId) {
        check(mapId, MapAction.VIEW);
        return store.exportArgdown(mapId);
    }

    /** The live session of a map, loaded from the database on first use (or after eviction). */
    public ReasoningSession session(String mapId) {
        check(mapId, MapAction.VIEW);
        return live(mapId);
    }

    private ReasoningSession live(String mapId) {
        return liveSession(mapId).session;
    }

    private LiveSession liveSession(String mapId) {
        LiveSession open = sessions.get(mapId);
        if (open == null) {
            synchronized (lock(mapId)) {
                open = sessions.computeIfAbsent(mapId, this::read);
            }
        }
        open.lastUsed = System.nanoTime();
        return open;
    }

    /**
     * Reads a map into a new live session, with the newest entry of its history. Where another
     * instance may be editing it, under the map's lock, so that no edit commits between the two reads.
     */
    private LiveSession read(String mapId) {
        return transactions.execute(t -> {
            if (cluster.shared()) store.lockForEdit(mapId);
            long last = editLog.last(mapId);
            return new LiveSession(ReasoningSession.open(rules, store.load(mapId)), last);
        });
    }

    /** True while the map has a live session in memory (for tests of eviction). */
    boolean isLive(String mapId) {
        return sessions.containsKey(mapId);
    }

    public Analysis analysis(String mapId) {
        return session(mapId).analysis();
    }

    /**
     * The map as one page shows it: the analysis with each claim's stored version and position,
     * read together, so a form filled from this claim is checked against this version.
     */
    public MapState state(String mapId) {
        check(mapId, MapAction.VIEW);
        synchronized (lock(mapId)) {
            long moved = moves.get();
            LiveSession open = liveSession(mapId);
            Analysis analysis = open.session.analysis();
            Map<String, MapStore.Layout> layout = open.layout(moved, () -> store.layout(mapId));
            Map<String, Long> versions = new java.util.HashMap<>();
            Map<String, double[]> positions = new java.util.HashMap<>();
            layout.forEach((id, l) -> {
                versions.put(id, l.version());
                if (l.position() != null) positions.put(id, l.position());
            });
            return new MapState(analysis, versions, positions);
        }
    }

    public Map<String, double[]> positions(String mapId) {
        return state(mapId).positions();
    }

    public void moveClaim(String mapId, String claimId, double x, double y, Object origin) {
        check(mapId, MapAction.EDIT);
        store.moveClaim(mapId, claimId, x, y);
        moves.incrementAndGet();
        events.fire(new MapEvent(mapId, MapEvent.Kind.MOVED, origin));
    }

    /** Saves the positions of a finished layout, in one transaction. */
    public void moveClaims(String mapId, Map<String, double[]> positions, Object origin) {
        check(mapId, MapAction.EDIT);
        store.moveClaims(mapId, positions);
        moves.incrementAndGet();
        events.fire(new MapEvent(mapId, MapEvent.Kind.MOVED, origin));
    }


    public long claimVersion(String mapId, String claimId) {
        check(mapId, MapAction.VIEW);
        return store.claimVersion(mapId, claimId);
    }

    /** Starts viewing a map: the listener hears of every later change made by others. */
    public MapEvents.Viewer join(String mapId, String name, Consumer<MapEvent> listener) {
        return join(mapId, name, () -> true, listener);
    }

    /**
     * Starts viewing a map while the page answers: once {@code answering} says no, the viewer is
     * dropped within {@link #PRESENCE_SWEEP} and the others see them gone.
     */
    public MapEvents.Viewer join(String mapId, String name, java.util.function.BooleanSupplier answering, Consumer<MapEvent> listener) {
        check(mapId, MapAction.VIEW);
        return events.join(mapId, name, answering, listener);
    }

    /** How often the viewers whose pages stopped answering are looked for. */
    public static final java.time.Duration PRESENCE_SWEEP = java.time.Duration.ofSeconds(3);

    /** Shutting down: the pages that go away with the server leave without telling anyone. */
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void shuttingDown() {
        events.shutDown();
    }

    /**
     * Tells the other viewers of a map of news that is not an edit of the map (a comment, made by a
     * feature built on the workspace), after it was committed.
     *
     * @param origin the page that made it and has shown it already, or null
     */
    public void announce(String mapId, MapEvent.Kind kind, Object origin) {
        check(mapId, MapAction.VIEW);
        // edits, moves, deletions and viewers are the workspace's own news, told when they happen
        if (kind != MapEvent.Kind.COMMENTED) throw new IllegalArgumentException(kind + " is announced by the workspace itself");
        events.fire(new MapEvent(mapId, kind, origin));
    }

    /** The names of the people viewing a map now, on this instance and the others. */
    public List<String> viewers(String mapId) {
        check(mapId, MapAction.VIEW);
        List<String> elsewhere = presence.elsewhere(mapId);
        if (elsewhere.isEmpty()) return events.names(mapId);
        List<String> all = new ArrayList<>(events.names(mapId));
        all.addAll(elsewhere);
        return all;
    }

    /**
     * Applies one user action: checked, saved in one transaction with its entry in the map's
     * history, then applied to the live session and announced to the other viewers.
     *
     * @param origin the viewer making the edit (not told about it again), or null
     * @return the changes that undo it, worked out from the map as it was
     * @throws ConcurrentEditException when the edit rests on something someone else changed or deleted
     * @throws IllegalArgumentException when the map could not hold the edit; nothing is saved
     */
    public List<Change> apply(String mapId, List<Change> changes, Object origin) {
        return apply(mapId, changes, origin, null);
    }

    /** @param what how the history words the edit; null to word it from the changes */
    List<Change> apply(String mapId, List<Change> changes, Object origin, List<EditStep> what) {
        check(mapId, MapAction.EDIT);
        Person author = CurrentPerson.get();
        List<Change> undo;
        synchronized (lock(mapId)) {
            long[] saved = new long[1];
            try {
                undo = transactions.execute(t -> {
                    if (cluster.shared()) {
                        // another instance may have edited the map: one edit at a time, checked against all before it
                        store.lockForEdit(mapId);
                        catchUp(mapId);
                    }
                    // (read afresh, under the lock, if it could not follow them)
                    ArgumentMap draft = live(mapId).map();
                    // described before the check changes the draft: a deleted claim is still named by its title
                    EditStep.Described described = EditStep.describe(draft, changes);
                    Edit edit = Edit.check(draft, changes);
                    List<Change> reverse = edit.undo(edit.save(store, mapId));
                    saved[0] = editLog.add(mapId, author, what != null ? what : described.steps(), described.claims(), changes, reverse);
                    return reverse;
                });
            } catch (ConcurrentEditException e) {
                throw named(mapId, e);
            }
            LiveSession open = sessions.get(mapId);
            try {
                open.lastEdit = saved[0];
                changes.forEach(c -> live(open.session, c));
            } catch (RuntimeException e) {
                // committed but not applied: rebuild from what was committed rather than show a wrong map
                log.warn("The live session of map '{}' could not apply a committed edit; it is rebuilt: {}", mapId, e.toString());
                drop(mapId);
            }
        }
        events.fire(new MapEvent(mapId, MapEvent.Kind.EDITED, origin));
        return undo;
    }

    public List<Change> apply(String mapId, Change... changes) {
        return apply(mapId, List.of(changes), null);
    }

    /** Creates a claim ({@code expectedVersion} null) or changes one opened at that version. */
    public void putClaim(String mapId, Claim claim, Long expectedVersion) {
        apply(mapId, new Change.PutClaim(claim, expectedVersion));
    }

    /**
     * Saves a claim's form by merging, never overwriting: if the claim changed since the form was
     * opened, the fields only the other person changed keep their values, the fields only this
     * person changed take theirs, and fields both changed differently refuse the save with both
     * versions to choose from. Then it goes through {@link #apply} like every edit. The author of
     * values knowingly replaced ({@link ClaimEdit#replacing()}) is told.
     *
     * @throws MergeConflictException when both changed the same fields; nothing is saved
     * @throws ConcurrentEditException when the claim was deleted meanwhile
     */
    public ClaimEdit.Saved saveClaim(String mapId, ClaimEdit edit, Object origin) {
        check(mapId, MapAction.EDIT);
        Person me = CurrentPerson.get();
        String id = edit.mine().id();
        Claim toSave;
        Merge.Result<ClaimField> merge;
        MapEditEntity last;
        List<Change> undo;
        synchronized (lock(mapId)) {
            Claim theirs = live(mapId).map().claim(id)
                    .orElseThrow(() -> named(mapId, ConcurrentEditException.deleted(id, edit.base().displayTitle())));
            long now = store.claimVersion(mapId, id);
            merge = now == edit.baseVersion() ? ClaimField.merge(edit.base(), edit.mine(), edit.base())
                    : ClaimField.merge(edit.base(), edit.mine(), theirs);
            List<MapEditEntity> touching = edit.replacing().isEmpty() && merge.clean() ? List.of() : editLog.touching(mapId, id, 1);
            last = touching.isEmpty() ? null : touching.getFirst();
            if (!merge.clean()) {
                throw new MergeConflictException(theirs, now, ClaimField.merged(merge, edit.mine(), theirs), merge.conflicts(),
                        last == null ? null : last.authorName);
            }
            toSave = ClaimField.merged(merge, edit.mine(), theirs);
            undo = apply(mapId, List.of(new Change.PutClaim(toSave, now)), origin);
        }
        if (last != null && last.authorLogin != null && !last.authorLogin.equals(me.login())) {
            events.fire(new MapEvent(mapId, MapEvent.Kind.REPLACED, origin,
                    new MapEvent.Replaced(id, toSave.displayTitle(), edit.replacing(), last.authorLogin, me.name())));
        }
        return new ClaimEdit.Saved(undo, merge.fromTheirs());
    }

    /**
     * Saves a map's title and description by merging with what was stored meanwhile, as {@link
     * #saveClaim} does for a claim.
     *
     * @param base the title and description the form was opened with
     * @throws MapText.ConflictException when both changed the same of the two; nothing is saved
     */
    public List<Change> describeMap(String mapId, MapText base, MapText mine, Object origin) {
        check(mapId, MapAction.EDIT);
        synchronized (lock(mapId)) {
            ArgumentMap map = live(mapId).map();
            MapText theirs = new MapText(map.title(), map.description());
            Merge.Result<String> merge = Merge.of(MapText.FIELDS, base::get, mine::get, theirs::get);
            MapText merged = MapText.merged(merge, mine, theirs);
            if (!merge.clean()) throw new MapText.ConflictException(theirs, merged, merge.conflicts());
            return apply(mapId, List.of(new Change.DescribeMap(merged.title(), merged.description())), origin);
        }
    }

    /** How far back the history is searched for who deleted a claim or removed a relation. */
    private static final int SEARCHED_EDITS = 50;

    /**
     * A refusal because a claim was deleted or a relation removed meanwhile, saying who did it (and
     * the deleted claim's title) when the map's recent history tells: the newest edit that removed it.
     */
    private ConcurrentEditException named(String mapId, ConcurrentEditException e) {
        List<String> claims = switch (e.kind()) {
            case DELETED -> List.of(e.claimId());
            case RELATION_GONE, INFERENCE_GONE -> e.ends();
            default -> List.of();
        };
        MapEditEntity newest = null;
        for (String claim : new java.util.LinkedHashSet<>(claims)) {
            for (MapEditEntity edit : editLog.touching(mapId, claim, SEARCHED_EDITS)) {
                if (newest != null && edit.id <= newest.id) break;
                if (ChangeJson.read(edit.changes).stream().anyMatch(c -> removes(e, c))) {
                    newest = edit;
                    break;
                }
            }
        }
        if (newest == null) return e;
        String title = null;
        if (e.kind() == ConcurrentEditException.Kind.DELETED) {
            // the claim's title as the deleting edit named it: its n-th deletion is its n-th "deleted" step
            List<Change> changes = ChangeJson.read(newest.changes);
            List<EditStep> deletions = ChangeJson.readSteps(newest.description).stream()
                    .filter(s -> s.kind() == EditStep.Kind.CLAIM_DELETED).toList();
            List<Change> removals = changes.stream().filter(c -> c instanceof Change.RemoveClaim).toList();
            int at = removals.indexOf(removals.stream().filter(c -> removes(e, c)).findFirst().orElseThrow());
            if (at < deletions.size() && !deletions.get(at).names().isEmpty()) title = deletions.get(at).names().getFirst();
        }
        return e.by(newest.authorName, CurrentPerson.get().login().equals(newest.authorLogin), title);
    }

    /** Whether a recorded change took away what the refusal is about. */
    private static boolean removes(ConcurrentEditException e, Change change) {
        List<String> ends = e.ends();
        if (e.kind() == ConcurrentEditException.Kind.DELETED) {
            return change instanceof Change.RemoveClaim r && r.claimId().equals(e.claimId());
        }
        return switch (change) {
            case Change.RemoveClaim r -> ends.contains(r.claimId());
            case Change.RemoveSupport r -> switch (e.relation()) {
                case SUPPORT -> r.supportId().equals(Support.id(ends.get(0), ends.get(1)));
                case UNDERCUT -> r.supportId().equals(Support.id(ends.get(1), ends.get(2)));
                default -> false;
            };
            case Change.RemoveAttack r -> switch (e.relation()) {
                case ATTACK -> r.attackId().equals(Attack.onClaim(ends.get(0), ends.get(1)).id());
                case UNDERCUT -> r.attackId().equals(Attack.onSupport(ends.get(0), new Support(ends.get(1), ends.get(2))).id());
                default -> false;
            };
            case Change.RemoveOpposition r -> ConcurrentEditException.relationOf(r.opposition()) == e.relation()
                    && java.util.Set.of(r.opposition().a(), r.opposition().b()).equals(java.util.Set.copyOf(ends));
            default -> false;
        };
    }

    public void removeClaim(String mapId, String claimId, long expectedVersion) {
        apply(mapId, new Change.RemoveClaim(claimId, expectedVersion));
    }

    public void addSupport(String mapId, Support support) {
        apply(mapId, new Change.AddSupport(support));
    }

    public void removeSupport(String mapId, String supportId) {
        apply(mapId, new Change.RemoveSupport(supportId));
    }

    public void addAttack(String mapId, Attack attack) {
        apply(mapId, new Change.AddAttack(attack));
    }

    public void removeAttack(String mapId, String attackId) {
        apply(mapId, new Change.RemoveAttack(attackId));
    }

    public void addOpposition(String mapId, Opposition opposition) {
        apply(mapId, new Change.AddOpposition(opposition));
    }

    private static void live(ReasoningSession session, Change change) {
        switch (change) {
            case Change.PutClaim c -> session.putClaim(c.claim());
            case Change.RemoveClaim c -> session.removeClaim(c.claimId());
            case Change.RestoreClaim c -> session.restore(c.removal());
            case Change.AddSupport c -> session.addSupport(c.support());
            case Change.RemoveSupport c -> session.removeSupport(c.supportId());
            case Change.AddAttack c -> session.addAttack(c.attack());
            case Change.RemoveAttack c -> session.removeAttack(c.attackId());
            case Change.AddOpposition c -> session.addOpposition(c.opposition());
            case Change.RemoveOpposition c -> session.removeOpposition(c.opposition());
            case Change.DescribeMap c -> session.describe(c.title(), c.description());
        }
    }

    /** The stored map as it is now (not the session's copy): what a reload shows. */
    public ArgumentMap load(String mapId) {
        check(mapId, MapAction.VIEW);
        return store.load(mapId);
    }

    private void drop(String mapId) {
        LiveSession live = sessions.remove(mapId);
        if (live != null) live.session.close();
    }

    /** Closes the sessions nobody has used for the configured time; they are rebuilt on demand. */
    void evictIdle() {
        long now = System.nanoTime();
        for (var entry : sessions.entrySet()) {
            if (now - entry.getValue().lastUsed < idleNanos) continue;
            synchronized (lock(entry.getKey())) {
                LiveSession live = sessions.get(entry.getKey());
                if (live != null && now - live.lastUsed >= idleNanos) {
                    drop(entry.getKey());
                    log.info("Closed the idle live session of map '{}'", entry.getKey());
                }
            }
        }
    }

    /**
     * Reads under the map's edit lock, so that no edit of the map commits meanwhile: the history
     * reads the stored map and its edits as one.
     */
    <T> T readLocked(String mapId, java.util.function.Supplier<T> read) {
        synchronized (lock(mapId)) {
            return read.get();
        }
    }

    private Object lock(String mapId) {
        return locks.computeIfAbsent(mapId, id -> new Object());
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
        try {
            presence.leaveAll();
        } catch (RuntimeException e) {
            log.debug("Could not remove this instance's viewers: {}", e.toString());
        }
        sessions.values().forEach(l -> l.session.close());
    }
}
