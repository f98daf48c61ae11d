package org.dialectica.workspace;

import java.util.List;
import java.util.Optional;
import org.dialectica.workspace.RelationEntities.ArgumentEntity;
import org.dialectica.workspace.RelationEntities.AttackEntity;
import org.dialectica.workspace.RelationEntities.OppositionEntity;
import org.dialectica.workspace.RelationEntities.SupportEntity;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Spring Data repositories of the stored maps: derived queries, one per need. */
final class Repositories {
    private Repositories() {}

    interface Maps extends JpaRepository<MapEntity, String> {
        List<MapEntity> findAllByOrderByTitleAsc();

        /** Holds the map's row until the transaction ends: one edit of a map at a time, across instances. */
        @Lock(LockModeType.PESSIMISTIC_WRITE)
        @Query("select m from MapEntity m where m.id = :id")
        Optional<MapEntity> lockById(@Param("id") String id);
    }

    interface MapMembers extends JpaRepository<MapMemberEntity, MapMemberEntity.Key> {
        List<MapMemberEntity> findByMapIdOrderByLoginAsc(String mapId);

        List<MapMemberEntity> findByLogin(String login);

        List<MapMemberEntity> findByLoginAndMapIdIn(String login, java.util.Collection<String> mapIds);
    }

    interface DeletedMapIds extends JpaRepository<DeletedMapId, String> {}

    interface DismissedSuggestions extends JpaRepository<DismissedSuggestionEntity, DismissedSuggestionEntity.Key> {
        List<DismissedSuggestionEntity> findByMapId(String mapId);
    }

    interface Claims extends JpaRepository<ClaimEntity, Long> {
        List<ClaimEntity> findByMapIdOrderByIdAsc(String mapId);

        Optional<ClaimEntity> findByMapIdAndClaimId(String mapId, String claimId);

        long countByMapId(String mapId);

        /** What a view needs besides the analysis: each claim's version and position, not its texts. */
        @Query("select c.claimId, c.version, c.x, c.y from ClaimEntity c where c.mapId = :mapId")
        List<Object[]> layout(@Param("mapId") String mapId);

        // positions are not content: moving a claim must not count as an edit that others conflict with
        @Modifying
        @Query("update ClaimEntity c set c.x = :x, c.y = :y where c.mapId = :mapId and c.claimId = :claimId")
        int move(@Param("mapId") String mapId, @Param("claimId") String claimId, @Param("x") double x, @Param("y") double y);
    }

    interface Supports extends JpaRepository<SupportEntity, Long> {
        List<SupportEntity> findByMapIdOrderByIdAsc(String mapId);

        Optional<SupportEntity> findByMapIdAndFromClaimAndToClaim(String mapId, String fromClaim, String toClaim);
    }

    interface Attacks extends JpaRepository<AttackEntity, Long> {
        List<AttackEntity> findByMapIdOrderByIdAsc(String mapId);

        Optional<AttackEntity> findByMapIdAndFromClaimAndTarget(String mapId, String fromClaim, String target);
    }

    interface Oppositions extends JpaRepository<OppositionEntity, Long> {
        List<OppositionEntity> findByMapIdOrderByIdAsc(String mapId);

        Optional<OppositionEntity> findByMapIdAndClaimAAndClaimBAndType(String mapId, String claimA, String claimB,
                org.dialectica.map.Opposition.Type type);
    }

    interface Arguments extends JpaRepository<ArgumentEntity, Long> {
        List<ArgumentEntity> findByMapIdOrderByIdAsc(String mapId);

        Optional<ArgumentEntity> findByMapIdAndArgumentId(String mapId, String argumentId);
    }
}
