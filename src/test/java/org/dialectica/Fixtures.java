package org.dialectica;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

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

    /** The ICCMA fixtures that come with published solutions: asgl's .apx and probo's .apx and .tgf. */
    public static List<Path> solvedFrameworks() throws IOException {
        List<Path> solved = new ArrayList<>();
        for (String relative : List.of("af/asgl-apx-with-solutions", "af/probo-examples")) {
            try (Stream<Path> files = Files.list(folder(relative))) {
                files.filter(p -> p.toString().endsWith(".apx") || p.toString().endsWith(".tgf")).sorted().forEach(solved::add);
            }
        }
        return solved;
    }

    /**
     * The published grounded extension of an ICCMA fixture, {@code [[a,b]]}: asgl names it X.EE-GR
     * beside X.apx, probo exN.apx.EE-GR, which exN.tgf shares.
     */
    public static Set<String> groundedSolution(Path framework) throws IOException {
        String stem = framework.getFileName().toString().replaceFirst("\\.(apx|tgf)$", "");
        Path solution = framework.resolveSibling(stem + ".EE-GR");
        if (!Files.exists(solution)) solution = framework.resolveSibling(stem + ".apx.EE-GR");
        Set<String> members = new TreeSet<>();
        for (String name : Files.readString(solution).replaceAll("[\\[\\]\\s]", "").split(",")) {
            if (!name.isEmpty()) members.add(name);
        }
        return members;
    }
}
