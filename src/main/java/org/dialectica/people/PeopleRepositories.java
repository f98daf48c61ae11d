package org.dialectica.people;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Spring Data repositories of accounts, classes and the audit log. */
@Configuration
@EnableJpaRepositories(basePackageClasses = PeopleRepositories.class, considerNestedRepositories = true)
class PeopleRepositories {
    interface Accounts extends JpaRepository<AccountEntity, String> {
        List<AccountEntity> findAllByOrderByLoginAsc();

        Optional<AccountEntity> findByLoginIgnoreCase(String login);
    }

    interface Classes extends JpaRepository<ClassEntity, Long> {
        List<ClassEntity> findAllByOrderByNameAsc();

        Optional<ClassEntity> findByName(String name);

        List<ClassEntity> findByTeacher(String teacher);
    }

    interface ClassMembers extends JpaRepository<ClassEntity.Member, ClassEntity.Member.Key> {
        List<ClassEntity.Member> findByLogin(String login);

        List<ClassEntity.Member> findByClassIdOrderByLoginAsc(Long classId);
    }

    interface Audit extends JpaRepository<AuditEntity, Long> {
        List<AuditEntity> findAllByOrderByIdDesc(Pageable page);
    }
}
