package org.dialectica.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.dialectica.base.DialecticaSettings;
import org.dialectica.io.MapFileException;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the views work with: the stored maps and, for each map in use, one live reasoning session
 * shared by everyone viewing it. A user's edit is a list of {@link Change}s: checked against a
 * copy of the map, saved in one transaction, and only after the commit applied to the session and
 * announced to every viewer. A session that fails to apply a committed edit is dropped and rebuilt
 * from the database, so the two never stay out of step. Edits of one map are serialised.
 */
@Service
public class Workspace implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(Workspace.class);
    /** The largest map file an import takes. */
    public static final int MAX_IMPORT_BYTES = MapStore.MAX_IMPORT_BYTES;

    private final MapStore store;
    private final RuleBase rules;
    private final TransactionTemplate transactions;
    private final MapEvents events = new MapEvents();
    private final Map<String, LiveSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final long idleNanos;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-session-sweeper");
        t.setDaemon(true);
        return t;
    });

    Workspace(MapStore store, RuleBase rules, TransactionTemplate transactions, DialecticaSettings settings) {
        this.store = store;
        this.rules = rules;
        this.transactions = transactions;
        this.idleNanos = settings.sessionIdle().toNanos();
        long every = Math.max(1, Math.min(60_000, settings.sessionIdle().toMillis() / 4));
        sweeper.scheduleWithFixedDelay(this::evictIdle, every, every, TimeUnit.MILLISECONDS);
    }

    /** A live session and when it was last used. */
    private static final class LiveSession {
        final ReasoningSession session;
        volatile long lastUsed = System.nanoTime();

        LiveSession(ReasoningSession session) {
            this.session = session;
        }
    }

    public List<MapSummary> list(String search) {
        return store.list(search);
    }

    public String create(String title, String description) {
        return store.create(title, description);
    }

    public void delete(String mapId) {
        synchronized (lock(mapId)) {
            store.delete(mapId);
            drop(mapId);
        }
        events.fire(new MapEvent(mapId, MapEvent.Kind.DELETED, null));
    }

    public ImportResult importArgdown(String fileName, String text) throws MapFileException {
        return store.importArgdown(fileName, text);
    }

    /** A map file as uploaded: any format the command line reads, strictly decoded, size-checked. */
    public ImportResult importFile(String fileName, byte[] bytes) throws MapFileException {
        return store.importFile(fileName, bytes);
    }

    public String exportArgdown(String mapId) {
        return store.exportArgdown(mapId);
    }

    /** The live session of a map, loaded from the database on first use (or after eviction). */
    public ReasoningSession session(String mapId) {
        LiveSession open = sessions.get(mapId);
        if (open == null) {
            synchronized (lock(mapId)) {
                open = sessions.computeIfAbsent(mapId, id -> new LiveSession(ReasoningSession.open(rules, store.load(id))));
            }
        }
        open.lastUsed = System.nanoTime();
        return open.session;
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
        synchronized (lock(mapId)) {
            Analysis analysis = analysis(mapId);
            Map<String, MapStore.Layout> layout = store.layout(mapId);
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
        store.moveClaim(mapId, claimId, x, y);
        events.fire(new MapEvent(mapId, MapEvent.Kind.MOVED, origin));
    }

    /** Saves the positions of a finished layout, in one transaction. */
    public void moveClaims(String mapId, Map<String, double[]> positions, Object origin) {
        store.moveClaims(mapId, positions);
        events.fire(new MapEvent(mapId, MapEvent.Kind.MOVED, origin));
    }


    public long claimVersion(String mapId, String claimId) {
        return store.claimVersion(mapId, claimId);
    }

    /** Starts viewing a map: the listener hears of every later change made by others. */
    public MapEvents.Viewer join(String mapId, String name, Consumer<MapEvent> listener) {
        return events.join(mapId, name, listener);
    }

    /** The names of the people viewing a map now. */
    public List<String> viewers(String mapId) {
        return events.names(mapId);
    }

    /**
     * Applies one user action: checked, saved in one transaction, then applied to the live session
     * and announced to the other viewers.
     *
     * @param origin the viewer making the edit (not told about it again), or null
     * @return the changes that undo it, worked out from the map as it was
     * @throws ConcurrentEditException when the edit rests on something someone else changed or deleted
     * @throws IllegalArgumentException when the map could not hold the edit; nothing is saved
     */
    public List<Change> apply(String mapId, List<Change> changes, Object origin) {
        List<Change> undo;
        synchronized (lock(mapId)) {
            ReasoningSession session = session(mapId);
            Edit edit = Edit.check(session.map(), changes);
            List<Long> versions = transactions.execute(t -> edit.save(store, mapId));
            undo = edit.undo(versions);
            try {
                changes.forEach(c -> live(session, c));
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

    private Object lock(String mapId) {
        return locks.computeIfAbsent(mapId, id -> new Object());
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
        sessions.values().forEach(l -> l.session.close());
    }
}
