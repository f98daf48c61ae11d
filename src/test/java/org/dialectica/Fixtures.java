package org.dialectica;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The third-party files in {@code ../shared/fixtures}, read in place. A user's clone has no
 * {@code ../shared}; tests that need it are skipped there with a message saying so.
 */
public final class Fixtures {
    public static final Path ROOT = Path.of("..", "shared", "fixtures");

    private Fixtures() {}

    public static Path folder(String relative) {
        Path folder = ROOT.resolve(relative);
        assumeTrue(Files.isDirectory(folder),
                "skipped: third-party fixtures not found at " + folder.toAbsolutePath().normalize()
                        + " (they sit beside the project in CI, not in a clone)");
        return folder;
    }
}
