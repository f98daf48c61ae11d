package org.dialectica.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "account")
class AccountEntity {
    @Id
    String login;
    @Column(nullable = false)
    String name;
    String email;
    @Column(name = "password_hash", nullable = false)
    String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Role role;
    boolean enabled;
    @Column(name = "must_change_password")
    boolean mustChangePassword;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected AccountEntity() {}

    AccountEntity(String login, String name, String email, String passwordHash, Role role) {
        this.login = login;
        this.name = name;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = OffsetDateTime.now();
    }

    Person person() {
        return new Person(login, name, role);
    }

    Account account() {
        return new Account(login, name, email, role, enabled, mustChangePassword, createdAt);
    }
}
