package org.dialectica.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code dialectica.*}.
 *
 * @param argumentsDir the folder of sample maps loaded at start ({@code arguments/})
 * @param rulesDir the folder of .drl files; the packaged copy is used when it does not exist
 * @param dataDir the folder of the embedded H2 database (absolute, or starting with ./)
 */
@ConfigurationProperties("dialectica")
public record DialecticaSettings(Path argumentsDir, Path rulesDir, Path dataDir) {
    public DialecticaSettings {
        argumentsDir = argumentsDir == null ? Path.of("arguments") : argumentsDir;
        rulesDir = rulesDir == null ? Path.of("rules") : rulesDir;
        dataDir = dataDir == null ? Path.of("./data") : dataDir;
    }
}
