package org.dialectica.workspace;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dialectica.people.Person;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The recorded edits of every map, written in the transaction of the edit itself. */
@Component
class EditLog {
    /** The most characters one edit's changes may take, as the column holds (V5). */
    static final int MAX_CHANGES = 1_000_000;
    static final int MAX_DESCRIPTION = 100_000;

    interface Edits extends JpaRepository<MapEditEntity, Long> {
        List<MapEditEntity> findByMapIdOrderByIdDesc(String mapId, Limit limit);

        /** The edits after the given one, newest first: what to undo to see the map as it was then. */
        List<MapEditEntity> findByMapIdAndIdGreaterThanOrderByIdDesc(String mapId, long id);

        Optional<MapEditEntity> findByMapIdAndId(String mapId, long id);

        /** The edits after the given one, oldest first: what another instance committed since. */
        List<MapEditEntity> findByMapIdAndIdGreaterThanOrderByIdAsc(String mapId, long id);

        @Query("select max(e.id) from MapEditEntity e where e.mapId = :mapId")
        Long last(@Param("mapId") String mapId);

        @Query("select e from MapEditEntity e join e.claims c where e.mapId = :mapId and c = :claimId order by e.id desc")
        List<MapEditEntity> touching(@Param("mapId") String mapId, @Param("claimId") String claimId, Limit limit);
    }

    private final Edits edits;

    EditLog(Edits edits) {
        this.edits = edits;
    }

    /**
     * Records an edit; only inside the edit's own transaction, so the two are saved or lost together.
     *
     * @return the entry's number: a map's entries are numbered in the order they commit
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long add(String mapId, Person author, List<EditStep> steps, Set<String> claims, List<Change> changes, List<Change> undo) {
        MapEditEntity edit = new MapEditEntity(mapId, author.login(), author.name());
        edit.description = ChangeJson.writeSteps(steps);
        edit.changes = ChangeJson.write(changes);
        edit.undo = ChangeJson.write(undo);
        if (edit.changes.length() > MAX_CHANGES || edit.undo.length() > MAX_CHANGES || edit.description.length() > MAX_DESCRIPTION) {
            // refused before the commit: the edit is not saved without its history
            throw new IllegalArgumentException("This edit is too large to keep in the map's history; make it in smaller steps.");
        }
        edit.claims.addAll(claims);
        return edits.save(edit).id;
    }

    /** The first entry of a map's history: how it came to be (created, imported, copied). */
    @Transactional(propagation = Propagation.MANDATORY)
    void began(String mapId, Person author, EditStep how) {
        add(mapId, author, List.of(how), Set.of(), List.of(), List.of());
    }

    @Transactional(readOnly = true)
    List<MapEditEntity> newest(String mapId, int limit) {
        return edits.findByMapIdOrderByIdDesc(mapId, Limit.of(limit));
    }

    @Transactional(readOnly = true)
    List<MapEditEntity> touching(String mapId, String claimId, int limit) {
        return edits.touching(mapId, claimId, Limit.of(limit));
    }

    /** One committed entry: its number and its changes. */
    record Committed(long id, List<Change> changes) {}

    /** The entries committed after the given one (0: all), oldest first. */
    @Transactional(readOnly = true)
    List<Committed> since(String mapId, long editId) {
        return edits.findByMapIdAndIdGreaterThanOrderByIdAsc(mapId, editId).stream()
                .map(edit -> new Committed(edit.id, ChangeJson.read(edit.changes)))
                .toList();
    }

    /** The number of the map's newest entry, 0 for none. */
    @Transactional(readOnly = true)
    long last(String mapId) {
        Long last = edits.last(mapId);
        return last == null ? 0 : last;
    }

    @Transactional(readOnly = true)
    List<MapEditEntity> after(String mapId, long editId) {
        return edits.findByMapIdAndIdGreaterThanOrderByIdDesc(mapId, editId);
    }

    @Transactional(readOnly = true)
    Optional<MapEditEntity> find(String mapId, long editId) {
        return edits.findByMapIdAndId(mapId, editId);
    }
}
