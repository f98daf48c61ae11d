package org.dialectica.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats read, known by their extension; any other extension is refused, never guessed. */
public enum MapFormat {
    ARGDOWN(".argdown", false),
    /** ASPARTIX facts {@code arg(a).} and {@code att(a,b).} (ICCMA 2015–2021). */
    APX(".apx", true),
    /** Trivial graph format (ICCMA 2015–2021). */
    TGF(".tgf", true),
    /** ICCMA 2023: {@code p af N}, then one attack {@code i j} per line. */
    ICCMA_AF(".af", true),
    /** The Argument Interchange Format as AIFdb and OVA3 write it: JSON nodes and edges. */
    AIF(".json", false);

    /** The extensions, for messages: ".argdown, .apx, .tgf, .af, .json". */
    public static final String KNOWN = Arrays.stream(values()).map(MapFormat::extension).collect(Collectors.joining(", "));

    private final String extension;
    private final boolean abstractFramework;

    MapFormat(String extension, boolean abstractFramework) {
        this.extension = extension;
        this.abstractFramework = abstractFramework;
    }

    public String extension() { return extension; }

    /** An abstract argumentation framework: arguments and attacks, nothing else. */
    public boolean isAbstractFramework() { return abstractFramework; }

    public static Optional<MapFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> name.endsWith(f.extension)).findFirst();
    }

    public static Optional<MapFormat> of(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : of(name.toString());
    }
}
