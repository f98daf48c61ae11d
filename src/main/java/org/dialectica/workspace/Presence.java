package org.dialectica.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dialectica.base.ClusterNews;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The viewers of each map on the other instances that share the database, kept in the database
 * (V13) with an expiry: each instance writes its own viewers of a map when they change and renews
 * its rows every {@link Workspace#PRESENCE_SWEEP}, so an instance that dies leaves every list
 * within {@link #KEPT_SECONDS} seconds. Times are the database's, not the instances' clocks.
 * Nothing is written on the embedded H2 database, which has one instance.
 */
@Component
class Presence {
    static final int KEPT_SECONDS = 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final ClusterNews cluster;
    /** the others' viewers of the maps viewed here, read when their news comes and at each renewal */
    private final Map<String, List<String>> elsewhere = new ConcurrentHashMap<>();

    Presence(JdbcTemplate jdbc, ClusterNews cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
    }

    /** This instance's viewers of the map are now these (none: its row goes). */
    synchronized void here(String mapId, List<String> names) {
        if (!cluster.shared()) return;
        jdbc.update("delete from map_presence where instance_id = ? and map_id = ?", cluster.instance(), mapId);
        if (names.isEmpty()) return;
        jdbc.update("insert into map_presence (instance_id, map_id, names, expires_at) values (?, ?, ?, current_timestamp + interval '"
                + KEPT_SECONDS + "' second)", cluster.instance(), mapId, JSON.writeValueAsString(names));
    }

    /** Reads the other instances' viewers of the map again (their news says they changed). */
    void reload(String mapId) {
        if (!cluster.shared()) return;
        List<String> names = new ArrayList<>();
        for (String json : jdbc.queryForList("select names from map_presence where map_id = ? and instance_id <> ?"
                + " and expires_at > current_timestamp order by instance_id", String.class, mapId, cluster.instance())) {
            names.addAll(JSON.readValue(json, NAMES));
        }
        if (names.isEmpty()) elsewhere.remove(mapId);
        else elsewhere.put(mapId, List.copyOf(names));
    }

    /** The map's viewers on the other instances. */
    List<String> elsewhere(String mapId) {
        return elsewhere.getOrDefault(mapId, List.of());
    }

    /**
     * Renews this instance's rows, removes the expired ones (of instances that died) and reads the
     * others' viewers again for the maps viewed here.
     *
     * @return the maps whose viewers elsewhere changed
     */
    synchronized List<String> renew(java.util.Collection<String> viewedHere) {
        if (!cluster.shared()) return List.of();
        jdbc.update("update map_presence set expires_at = current_timestamp + interval '" + KEPT_SECONDS + "' second where instance_id = ?",
                cluster.instance());
        jdbc.update("delete from map_presence where expires_at < current_timestamp");
        List<String> changed = new ArrayList<>();
        for (String mapId : new java.util.HashSet<>(viewedHere)) {
            List<String> before = elsewhere(mapId);
            reload(mapId);
            if (!before.equals(elsewhere(mapId))) changed.add(mapId);
        }
        elsewhere.keySet().retainAll(viewedHere);
        return changed;
    }

    /** This instance stops: its viewers leave every list at once. */
    synchronized void leaveAll() {
        if (!cluster.shared()) return;
        jdbc.update("delete from map_presence where instance_id = ?", cluster.instance());
    }
}
