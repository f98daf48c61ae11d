package org.dialectica.debate;

import java.util.function.UnaryOperator;

/**
 * How a reader is told who took part: a person's display name by login. The application knows its
 * accounts; the command line, replaying a file, knows only the logins written in it. An answer of
 * null keeps the login (a person without an account).
 */
@FunctionalInterface
public interface Names extends UnaryOperator<String> {
    /** Everyone by login: the command line, and whoever knows no accounts. */
    Names LOGINS = login -> login;

    /** The name to show for a login, the login itself when there is no other. */
    default String of(String login) {
        if (login == null) return "";
        String name = apply(login);
        return name == null || name.isBlank() ? login : name;
    }
}
