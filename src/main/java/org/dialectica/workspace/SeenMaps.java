package org.dialectica.workspace;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.dialectica.base.ClusterNews;
import org.dialectica.people.AccountChanged;
import org.dialectica.people.ClassesChanged;
import org.dialectica.people.Person;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The maps each person was found allowed to see, and everything they may do with the maps their
 * pages follow, so that the pages told of every move or edit do not ask the database again and
 * again (sixty pages of a seminar asked it eight times each per move; a map's eight pages spent
 * more on asking than on drawing). All is forgotten whenever rights may change (a map shared
 * differently or deleted, an account changed, a class joined, an answer key hidden from
 * a class): at the change and again after its commit, so that nothing read in between outlives it.
 */
@Component
class SeenMaps {
    /** Enough for every page of a busy day; beyond it the memory starts afresh. */
    private static final int KEPT = 50_000;

    private record Key(String login, String role, String mapId) {}

    private final AtomicLong epoch = new AtomicLong();
    private final Map<Key, Long> allowed = new ConcurrentHashMap<>();
    private final Map<Key, Held> rights = new ConcurrentHashMap<>();
    private final ClusterNews cluster;

    SeenMaps(ClusterNews cluster) {
        this.cluster = cluster;
        // rights changed through another instance sharing the database
        cluster.subscribe("rights", news -> forgetNow());
    }

    /** The state of rights a check starts from: an allowance found under it is kept only if it still holds. */
    long epoch() {
        return epoch.get();
    }

    boolean allows(Person person, String mapId) {
        Long at = allowed.get(key(person, mapId));
        return at != null && at == epoch.get();
    }

    void remember(Person person, String mapId, long checkedAt) {
        if (checkedAt != epoch.get()) return;
        if (allowed.size() >= KEPT) allowed.clear();
        allowed.put(key(person, mapId), checkedAt);
    }

    private record Held(long epoch, Set<MapAction> actions) {}

    /** What the person was found allowed to do with the map under the current rights, or null. */
    Set<MapAction> rights(Person person, String mapId) {
        Held held = rights.get(key(person, mapId));
        return held != null && held.epoch == epoch.get() ? held.actions : null;
    }

    void rememberRights(Person person, String mapId, Set<MapAction> actions, long checkedAt) {
        if (checkedAt != epoch.get()) return;
        if (rights.size() >= KEPT) rights.clear();
        rights.put(key(person, mapId), new Held(checkedAt, Set.copyOf(actions)));
    }

    /**
     * Rights may shrink: forget every allowance now and once more when the change is committed;
     * the other instances sharing the database forget theirs when it commits.
     */
    void forget() {
        forgetNow();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetNow();
                    cluster.publish("rights", "");
                }
            });
        } else {
            cluster.publish("rights", "");
        }
    }

    @EventListener
    void on(AccountChanged changed) {
        forget();
    }

    @EventListener
    void on(ClassesChanged changed) {
        forget();
    }

    private void forgetNow() {
        epoch.incrementAndGet();
        allowed.clear();
        rights.clear();
    }

    private static Key key(Person person, String mapId) {
        return new Key(person.login(), String.valueOf(person.role()), mapId);
    }
}
