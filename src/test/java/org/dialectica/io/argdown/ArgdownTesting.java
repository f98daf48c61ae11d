package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;

/** Small helpers shared by the Argdown tests. */
final class ArgdownTesting {
    static final String FILE = "test.argdown";

    private ArgdownTesting() {}

    /** Joins lines with LF, so that test texts read like the file they stand for. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static ReadResult read(String text) {
        try {
            return new ArgdownReader().read(FILE, text);
        } catch (MapFileException e) {
            throw new AssertionError("expected the text to read, but: " + e.getMessage(), e);
        }
    }

    static ArgumentMap map(String text) {
        return read(text).map();
    }

    static MapFileException failure(String text) {
        MapFileException e = catchThrowableOfType(MapFileException.class, () -> new ArgdownReader().read(FILE, text));
        assertThat(e).as("reading should fail").isNotNull();
        return e;
    }

    static Claim claim(ArgumentMap map, String id) {
        return map.claim(id).orElseThrow(() -> new AssertionError("no claim '" + id + "' in " + map.claimIds()));
    }

    static Support drawn(String from, String to) {
        return new Support(from, to);
    }

    static List<String> messages(ReadResult result) {
        return result.warnings().stream().map(MapWarning::message).toList();
    }

    static MapWarning warning(ReadResult result, String fragment) {
        return result.warnings().stream().filter(w -> w.message().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no warning containing '" + fragment + "' in " + result.warnings()));
    }
}
