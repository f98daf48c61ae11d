package org.dialectica.people;

import java.util.Objects;

/**
 * Someone signed in: their login (the key of everything they own and do) and the name shown to
 * others.
 */
public record Person(String login, String name, Role role) {
    public Person {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) name = login;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isTeacher() {
        return role == Role.TEACHER || role == Role.ADMIN;
    }
}
