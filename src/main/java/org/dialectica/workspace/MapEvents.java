package org.dialectica.workspace;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.dialectica.base.AfterReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is viewing each map, and the news every viewer gets after a change is committed: so each
 * page follows everyone's edits without reloading, and shows who else is there. A viewer is there
 * while its page answers: one that stops answering is dropped by {@link #dropUnanswering()}, and
 * once the application shuts down nobody is told anything (the pages going away then would
 * otherwise ask a closed database who is left). News made here also goes to the other instances
 * sharing the database (through the hook given); theirs is told here by {@link #tellHere}.
 */
public final class MapEvents {
    private final Consumer<MapEvent> toOtherInstances;

    MapEvents(Consumer<MapEvent> toOtherInstances) {
        this.toOtherInstances = toOtherInstances;
    }

    private static final Logger log = LoggerFactory.getLogger(MapEvents.class);

    private final Map<String, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    private volatile boolean shutDown;

    /** @param answering whether the page still answers (its browser sends its heartbeat) */
    Viewer join(String mapId, String name, BooleanSupplier answering, Consumer<MapEvent> listener) {
        Viewer viewer = new Viewer(mapId, name, answering, listener);
        viewers.computeIfAbsent(mapId, id -> new CopyOnWriteArraySet<>()).add(viewer);
        fire(new MapEvent(mapId, MapEvent.Kind.VIEWERS, viewer));
        return viewer;
    }

    List<String> names(String mapId) {
        return viewers.getOrDefault(mapId, Set.of()).stream().map(Viewer::name).toList();
    }

    /** The maps someone views here. */
    Set<String> viewed() {
        Set<String> viewed = new java.util.HashSet<>();
        viewers.forEach((mapId, set) -> {
            if (!set.isEmpty()) viewed.add(mapId);
        });
        return viewed;
    }

    boolean isViewed(String mapId) {
        return !viewers.getOrDefault(mapId, Set.of()).isEmpty();
    }

    /** Drops the viewers whose pages no longer answer; the others viewing the map are told. */
    void dropUnanswering() {
        for (Set<Viewer> set : viewers.values()) {
            for (Viewer viewer : set) {
                boolean answering;
                try {
                    answering = viewer.answering.getAsBoolean();
                } catch (RuntimeException e) {
                    answering = false;
                }
                if (!answering) viewer.close();
            }
        }
    }

    /** The application is shutting down: pages leave without news to anyone. */
    void shutDown() {
        shutDown = true;
        viewers.clear();
    }

    /**
     * Tells every viewer of the map but the one who caused it (that page has updated itself), once
     * the reply to the request that caused it is sent: the person who made a change sees it first.
     */
    void fire(MapEvent event) {
        if (shutDown) return;
        AfterReply.run(() -> tell(event));
        try {
            toOtherInstances.accept(event);
        } catch (RuntimeException e) {
            // the change is committed all the same: the other instances catch up at their next sweep
            log.warn("The other instances could not be told of a change of map '{}': {}", event.mapId(), e.toString());
        }
    }

    /**
     * News from another instance, for the viewers on this one: each page is told on a thread of its
     * own, so the one thread that receives every instance's news in order is never held up by pages
     * redrawing (it was the bottleneck of two instances under load).
     */
    void tellHere(MapEvent event) {
        if (shutDown) return;
        for (Viewer viewer : viewers.getOrDefault(event.mapId(), Set.of())) {
            Thread.ofVirtual().name("news-for-a-page").start(() -> tellOne(viewer, event));
        }
    }

    private void tell(MapEvent event) {
        if (shutDown) return;
        for (Viewer viewer : viewers.getOrDefault(event.mapId(), Set.of())) {
            if (viewer != event.origin()) tellOne(viewer, event);
        }
    }

    private static void tellOne(Viewer viewer, MapEvent event) {
        try {
            viewer.listener.accept(event);
        } catch (RuntimeException e) {
            // one broken page must not keep the news from the others
            log.warn("A viewer of map '{}' could not take an update: {}", event.mapId(), e.toString());
        }
    }

    /** One page viewing one map; closing it leaves the map. */
    public final class Viewer implements AutoCloseable {
        private final String mapId;
        private final String name;
        private final BooleanSupplier answering;
        private final Consumer<MapEvent> listener;

        private Viewer(String mapId, String name, BooleanSupplier answering, Consumer<MapEvent> listener) {
            this.mapId = mapId;
            this.name = name;
            this.answering = answering;
            this.listener = listener;
        }

        public String name() { return name; }

        /** False once it left, or was dropped for not answering. */
        public boolean isPresent() {
            return viewers.getOrDefault(mapId, Set.of()).contains(this);
        }

        @Override
        public void close() {
            Set<Viewer> set = viewers.get(mapId);
            if (set != null && set.remove(this)) fire(new MapEvent(mapId, MapEvent.Kind.VIEWERS, this));
        }
    }
}
