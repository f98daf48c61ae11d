package org.dialectica.workspace;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.springframework.stereotype.Service;

/**
 * The history of every edit of a map: who did what and when, newest first; a claim's own history,
 * with the claim as each edit left it, to put it back; and the map as it was after any edit,
 * rebuilt from the stored map by undoing the later edits one by one, newest first (the undo of
 * each was recorded with it), so the cost grows with the number of later edits only. Every call
 * is checked for the signed-in person: reading needs {@link MapAction#VIEW}, restoring
 * {@link MapAction#EDIT}.
 */
@Service
public class MapHistory {
    /** The most entries one history shows; older ones still count when the map is rebuilt. */
    public static final int SHOWN = 500;

    private final Workspace workspace;
    private final EditLog log;
    private final MapStore store;
    private final RuleBase rules;

    MapHistory(Workspace workspace, EditLog log, MapStore store, RuleBase rules) {
        this.workspace = workspace;
        this.log = log;
        this.store = store;
        this.rules = rules;
    }

    /** The map's edits, newest first. */
    public List<MapEdit> of(String mapId) {
        workspace.check(mapId, MapAction.VIEW);
        return log.newest(mapId, SHOWN).stream().map(MapEdit::of).toList();
    }

    /** One edit of a map. */
    public MapEdit edit(String mapId, long editId) {
        workspace.check(mapId, MapAction.VIEW);
        return MapEdit.of(stored(mapId, editId));
    }

    /**
     * An edit that touched a claim, and the claim as that edit left it.
     * @param claim null when the edit deleted it
     */
    public record ClaimVersion(MapEdit edit, Claim claim) {}

    /** The edits of one claim and of the relations that touch it, newest first, each with the claim as it left it. */
    public List<ClaimVersion> ofClaim(String mapId, String claimId) {
        workspace.check(mapId, MapAction.VIEW);
        List<MapEditEntity> touching = log.touching(mapId, claimId, SHOWN);
        if (touching.isEmpty()) return List.of();
        Set<Long> wanted = new HashSet<>();
        touching.forEach(e -> wanted.add(e.id));
        Map<Long, Claim> left = new HashMap<>();
        walkBack(mapId, touching.getLast().id - 1, (edit, map) -> {
            if (wanted.contains(edit.id)) left.put(edit.id, map.claim(claimId).orElse(null));
        });
        return touching.stream().map(e -> new ClaimVersion(MapEdit.of(e), left.get(e.id))).toList();
    }

    /** The map as it was right after the given edit. */
    public ArgumentMap mapAt(String mapId, long editId) {
        workspace.check(mapId, MapAction.VIEW);
        stored(mapId, editId);
        return walkBack(mapId, editId, (edit, map) -> {});
    }

    /** The rules' analysis of the map as it was right after the given edit, from a fresh session. */
    public Analysis analysisAt(String mapId, long editId) {
        return ReasoningSession.analyze(rules, mapAt(mapId, editId));
    }

    public String exportArgdownAt(String mapId, long editId) {
        return new ArgdownWriter().write(mapAt(mapId, editId));
    }

    /**
     * Puts a claim back as the given edit left it: one edit like any other, checked against the
     * claim as it is now (refused if someone changes it meanwhile), live for every viewer and in
     * the history itself. A claim deleted since comes back without its relations.
     *
     * @param origin the viewer making the edit, or null
     * @return the changes that undo it
     */
    public List<Change> restoreClaim(String mapId, String claimId, long editId, Object origin) {
        workspace.check(mapId, MapAction.EDIT);
        MapEdit version = MapEdit.of(stored(mapId, editId));
        Claim earlier = walkBack(mapId, editId, (edit, map) -> {}).claim(claimId).orElseThrow(() ->
                new IllegalArgumentException("The claim '" + claimId + "' was not in the map after that edit; there is nothing to restore."));
        MapStore.Layout current = store.layout(mapId).get(claimId);
        Long now = current == null ? null : current.version();
        if (current != null && store.load(mapId).claim(claimId).orElseThrow().equals(earlier)) {
            throw new IllegalArgumentException("«" + earlier.displayTitle() + "» is already as it was then; nothing was changed.");
        }
        EditStep what = new EditStep(EditStep.Kind.CLAIM_REVERTED, earlier.displayTitle(), version.at().toString());
        return workspace.apply(mapId, List.of(new Change.PutClaim(earlier, now)), origin, List.of(what));
    }

    private MapEditEntity stored(String mapId, long editId) {
        return log.find(mapId, editId).orElseThrow(() ->
                new IllegalArgumentException("Map '" + mapId + "' has no edit " + editId + " in its history."));
    }

    /**
     * The map as the given edit left it: the stored map with the recorded undo of every later edit
     * applied to it, newest first; each later edit is shown to {@code visit} with the map as that
     * edit left it. The map and the edits are read together, while no edit of the map commits.
     */
    private ArgumentMap walkBack(String mapId, long editId, BiConsumer<MapEditEntity, ArgumentMap> visit) {
        record Now(ArgumentMap map, List<MapEditEntity> later) {}
        Now now = workspace.readLocked(mapId, () -> new Now(store.load(mapId), log.after(mapId, editId)));
        ArgumentMap map = now.map();
        for (MapEditEntity edit : now.later()) {
            visit.accept(edit, map);
            try {
                Edit.replay(map, ChangeJson.read(edit.undo));
            } catch (RuntimeException e) {
                throw new IllegalStateException("The history of map '" + mapId + "' cannot be followed back past edit "
                        + edit.id + ": " + e.getMessage(), e);
            }
        }
        return map;
    }
}
