package org.dialectica.map;

import java.util.List;
import java.util.Objects;

/**
 * A premise–conclusion structure: the premises are linked, they support the conclusion together.
 * In the map every premise also appears as a {@link Support} to the conclusion carrying this
 * argument's id, so rules see one kind of support whether it was drawn or reconstructed.
 */
public record Argument(String id, String title, String description, List<String> premises, String conclusion) {
    public Argument {
        Objects.requireNonNull(id, "argument id");
        premises = premises == null ? List.of() : List.copyOf(premises);
        title = Text.oneLine(title);
        description = Text.blankToNull(description);
    }

    public boolean isReconstructed() {
        return conclusion != null && !premises.isEmpty();
    }
}
