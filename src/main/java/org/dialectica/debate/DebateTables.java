package org.dialectica.debate;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The repositories of debates and their moves; nested, so Spring Data is told where to look. */
@Configuration
@EnableJpaRepositories(basePackageClasses = DebateTables.class, considerNestedRepositories = true)
class DebateTables {
    interface DebateRows extends JpaRepository<DebateRow, Long> {
        List<DebateRow> findAllByOrderByIdDesc();
    }

    interface MoveRows extends JpaRepository<MoveRow, Long> {
        List<MoveRow> findByDebateIdOrderByIndexAsc(long debateId);
    }
}
