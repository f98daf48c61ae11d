package org.dialectica.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

@Entity
@Table(name = "class_group")
class ClassEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    String name;
    String teacher;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected ClassEntity() {}

    ClassEntity(String name, String teacher) {
        this.name = name;
        this.teacher = teacher;
        this.createdAt = OffsetDateTime.now();
    }

    /** One member of a class. */
    @Entity
    @Table(name = "class_member")
    @IdClass(Member.Key.class)
    static class Member {
        @Id
        @Column(name = "class_id")
        Long classId;
        @Id
        String login;

        protected Member() {}

        Member(Long classId, String login) {
            this.classId = classId;
            this.login = login;
        }

        record Key(Long classId, String login) implements Serializable {
            Key() {
                this(null, null);
            }
        }
    }
}
