package org.dialectica.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dialectica.base.ClusterNews;
import org.dialectica.base.DialecticaSettings;
import org.dialectica.io.MapFileException;
import org.dialectica.io.ReadResult;
import org.dialectica.io.argdown.ArgdownReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On the first start (no map stored yet) imports every map file of {@code arguments/}. A file
 * that does not read is logged with its place and skipped; stored maps are never overwritten.
 * It runs once the beans are ready and before the web server opens, so no visitor ever sees a
 * half-imported list.
 */
@Component
class SampleMaps implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(SampleMaps.class);
    private final MapStore store;
    private final DialecticaSettings settings;
    private final ClusterNews cluster;

    SampleMaps(MapStore store, DialecticaSettings settings, ClusterNews cluster) {
        this.store = store;
        this.settings = settings;
        this.cluster = cluster;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // one transaction: instances started together on an empty database import the samples once
        cluster.firstStart(() -> {
            try {
                importSamples();
            } catch (IOException e) {
                log.error("Sample maps not imported: cannot list {}: {}", settings.argumentsDir(), e.getMessage());
            }
        });
    }

    private void importSamples() throws IOException {
        Path folder = settings.argumentsDir();
        if (!store.isEmpty() || !Files.isDirectory(folder)) return;
        int imported = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".argdown")).sorted().toList()) {
                try {
                    ReadResult read = new ArgdownReader().read(file);
                    store.save(read.map(), null, Visibility.PUBLIC); // the installation's: everyone reads, students copy
                    imported++;
                } catch (MapFileException e) {
                    log.error("Sample map not imported: {}", e.getMessage());
                }
            }
        }
        log.info("Imported {} sample maps from {} into the empty database", imported, folder.toAbsolutePath());
    }
}
