package org.dialectica.workspace;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dialectica.io.MapFileException;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * What the views work with: the stored maps and, for each open map, one live reasoning session
 * shared by everyone viewing it. An edit is checked against the map, saved in one transaction,
 * and only then applied to the session, so a refused or failed edit leaves both as they were.
 * Edits of one map are serialised; the session then re-evaluates incrementally.
 */
@Service
public class Workspace implements DisposableBean {
    /** The largest map file an import takes. */
    public static final int MAX_IMPORT_BYTES = MapStore.MAX_IMPORT_BYTES;

    private final MapStore store;
    private final RuleBase rules;
    private final Map<String, ReasoningSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    Workspace(MapStore store, RuleBase rules) {
        this.store = store;
        this.rules = rules;
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
            ReasoningSession session = sessions.remove(mapId);
            if (session != null) session.close();
        }
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

    /** The live session of a map, loaded from the database on first use. */
    public ReasoningSession session(String mapId) {
        ReasoningSession open = sessions.get(mapId);
        if (open != null) return open;
        synchronized (lock(mapId)) {
            return sessions.computeIfAbsent(mapId, id -> ReasoningSession.open(rules, store.load(id)));
        }
    }

    public Analysis analysis(String mapId) {
        return session(mapId).analysis();
    }

    public Map<String, double[]> positions(String mapId) {
        return store.positions(mapId);
    }

    public void moveClaim(String mapId, String claimId, double x, double y) {
        store.moveClaim(mapId, claimId, x, y);
    }

    public long claimVersion(String mapId, String claimId) {
        return store.claimVersion(mapId, claimId);
    }

    /** Creates a claim ({@code expectedVersion} null) or changes one opened at that version. */
    public void putClaim(String mapId, Claim claim, Long expectedVersion) {
        synchronized (lock(mapId)) {
            ReasoningSession session = session(mapId);
            store.putClaim(mapId, claim, expectedVersion);
            session.putClaim(claim);
        }
    }

    public void removeClaim(String mapId, String claimId, long expectedVersion) {
        synchronized (lock(mapId)) {
            ReasoningSession session = session(mapId);
            store.removeClaim(mapId, claimId, expectedVersion);
            session.removeClaim(claimId);
        }
    }

    public void addSupport(String mapId, Support support) {
        synchronized (lock(mapId)) {
            ReasoningSession session = session(mapId);
            session.check(support); // the model's own check, before anything is saved
            store.addSupport(mapId, support);
            session.addSupport(support);
        }
    }

    public void removeSupport(String mapId, String supportId) {
        synchronized (lock(mapId)) {
            ReasoningSession session = session(mapId);
            Support support = session.support(supportId)
                    .orElseThrow(() -> new ConcurrentEditException("The support " + supportId + " was already removed."));
            store.removeSupport(mapId, support);
            session.removeSupport(supportId);
        }
    }

    public void addAttack(String mapId, Attack attack) {
        synchronized (lock(mapId)) {
            ReasoningSession session = session(mapId);
            session.check(attack);
            store.addAttack(mapId, attack);
            session.addAttack(attack);
        }
    }

    public void removeAttack(String mapId, String attackId) {
        synchronized (lock(mapId)) {
            ReasoningSession session = session(mapId);
            Attack attack = session.attack(attackId)
                    .orElseThrow(() -> new ConcurrentEditException("The attack " + attackId + " was already removed."));
            store.removeAttack(mapId, attack);
            session.removeAttack(attackId);
        }
    }

    public void addOpposition(String mapId, Opposition opposition) {
        synchronized (lock(mapId)) {
            ReasoningSession session = session(mapId);
            session.check(opposition);
            store.addOpposition(mapId, opposition);
            session.addOpposition(opposition);
        }
    }

    /** The stored map as it is now (not the session's copy): what a reload shows. */
    public ArgumentMap load(String mapId) {
        return store.load(mapId);
    }

    private Object lock(String mapId) {
        return locks.computeIfAbsent(mapId, id -> new Object());
    }

    @Override
    public void destroy() {
        sessions.values().forEach(ReasoningSession::close);
    }
}
