package org.dialectica.debate;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dialectica.base.AfterReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages showing each debate, told after every stored move so they follow it without a reload.
 * Each page is told on a thread of its own: the mover's answer does not wait for sixty pages to redraw.
 */
final class DebateListeners implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DebateListeners.class);
    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService tellers = Executors.newVirtualThreadPerTaskExecutor();

    Listener join(long debateId, Runnable onMove) {
        Listener listener = new Listener(debateId, onMove);
        listeners.computeIfAbsent(debateId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return listener;
    }

    /**
     * Tells every page of the debate but the one that made the move (it has updated itself), once
     * the reply to the request that made it is sent: the mover's page shows the move first.
     */
    void fire(long debateId, Object origin) {
        AfterReply.run(() -> tell(debateId, origin));
    }

    private void tell(long debateId, Object origin) {
        for (Listener listener : listeners.getOrDefault(debateId, Set.of())) {
            if (listener == origin) continue;
            tellers.execute(() -> {
                try {
                    listener.onMove.run();
                } catch (RuntimeException e) {
                    // one broken page must not keep the news from the others
                    log.warn("A page of debate {} could not take an update: {}", debateId, e.toString());
                }
            });
        }
    }

    @Override
    public void close() {
        tellers.shutdownNow();
    }

    /** One page following one debate; closing it stops the news. */
    public final class Listener implements AutoCloseable {
        private final long debateId;
        private final Runnable onMove;

        private Listener(long debateId, Runnable onMove) {
            this.debateId = debateId;
            this.onMove = onMove;
        }

        @Override
        public void close() {
            Set<Listener> set = listeners.get(debateId);
            if (set != null) set.remove(this);
        }
    }
}
