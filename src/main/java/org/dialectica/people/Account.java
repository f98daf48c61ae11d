package org.dialectica.people;

import java.time.OffsetDateTime;

/** An account as the admin page lists it (never its password hash). */
public record Account(String login, String name, String email, Role role, boolean enabled,
        boolean mustChangePassword, OffsetDateTime createdAt) {}
