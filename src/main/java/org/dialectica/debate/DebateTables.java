package org.dialectica.debate;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.repository.query.Param;

/** The repositories of debates and their moves; nested, so Spring Data is told where to look. */
@Configuration
@EnableJpaRepositories(basePackageClasses = DebateTables.class, considerNestedRepositories = true)
class DebateTables {
    interface DebateRows extends JpaRepository<DebateRow, Long> {
        List<DebateRow> findAllByOrderByIdDesc();

        /** Holds the debate's row until the transaction ends: one move at a time, across instances. */
        @Lock(LockModeType.PESSIMISTIC_WRITE)
        @Query("select d from DebateRow d where d.id = :id")
        Optional<DebateRow> lockById(@Param("id") long id);
    }

    interface MoveRows extends JpaRepository<MoveRow, Long> {
        List<MoveRow> findByDebateIdOrderByIndexAsc(long debateId);

        /** The moves stored after the first {@code index} ones (stored by another instance), in order. */
        List<MoveRow> findByDebateIdAndIndexGreaterThanOrderByIndexAsc(long debateId, int index);
    }
}
