package org.dialectica.base;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code dialectica.*}.
 *
 * @param argumentsDir the folder of sample maps loaded at start ({@code arguments/})
 * @param rulesDir the folder of .drl files; the packaged copy is used when it does not exist
 * @param dataDir the folder of the embedded H2 database (absolute, or starting with ./)
 * @param sessionIdle how long a map's live rule session is kept after its last use; it is rebuilt
 *     from the database when the map is used again
 */
@ConfigurationProperties("dialectica")
public record DialecticaSettings(Path argumentsDir, Path rulesDir, Path dataDir, Duration sessionIdle) {
    public DialecticaSettings {
        argumentsDir = argumentsDir == null ? Path.of("arguments") : argumentsDir;
        rulesDir = rulesDir == null ? Path.of("rules") : rulesDir;
        dataDir = dataDir == null ? Path.of("./data") : dataDir;
        sessionIdle = sessionIdle == null ? Duration.ofMinutes(30) : sessionIdle;
    }
}
