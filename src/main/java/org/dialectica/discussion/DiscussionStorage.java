package org.dialectica.discussion;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The repository of comments; nested, so Spring Data is told where to look. */
@Configuration
@EnableJpaRepositories(basePackageClasses = DiscussionStorage.class, considerNestedRepositories = true)
class DiscussionStorage {
    interface Comments extends JpaRepository<CommentEntity, Long> {
        List<CommentEntity> findByMapIdOrderByIdAsc(String mapId);

        List<CommentEntity> findByMapIdAndTargetOrderByIdAsc(String mapId, String target);

        List<CommentEntity> findByParentIdOrderByIdAsc(Long parentId);

        /** For each target of the map, how many comments its open threads hold: [target, count]. */
        @Query("""
                select t.target, count(c) from CommentEntity c join CommentEntity t on t.id = coalesce(c.parentId, c.id)
                where c.mapId = :mapId and t.resolvedAt is null group by t.target""")
        List<Object[]> openCounts(@Param("mapId") String mapId);
    }
}
