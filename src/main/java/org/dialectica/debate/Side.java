package org.dialectica.debate;

import java.util.List;
import java.util.Objects;

/**
 * A side of the debate: its name ("Proposition", "Opening Government" …), the theses it defends
 * (claim ids; a thesis may also be stated later by a move) and its members (participants' names;
 * in the application, logins).
 */
public record Side(String name, List<String> theses, List<String> members) {
    public Side {
        Objects.requireNonNull(name, "side name");
        name = name.strip();
        if (name.isEmpty()) throw new SetupException("debate.setup.side-name");
        theses = theses == null ? List.of() : List.copyOf(theses);
        members = members == null ? List.of() : List.copyOf(members);
    }
}
