package org.dialectica.papers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.base.ClusterNews;
import org.dialectica.base.DialecticaSettings;
import org.dialectica.people.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * When no paper is stored (the first start, or the first since papers came in), adds every paper of
 * {@code arguments/papers/}, with the titles and languages its {@code papers.tsv} gives (file, language,
 * title; a paper not listed gets its file name and a guessed language). Under the first-start lock,
 * so instances started together add them once; before the web server opens.
 */
@Component
class SeedPapers implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(SeedPapers.class);
    static final String FOLDER = "papers", INDEX = "papers.tsv";
    private final PaperStore store;
    private final DialecticaSettings settings;
    private final ClusterNews cluster;

    SeedPapers(PaperStore store, DialecticaSettings settings, ClusterNews cluster) {
        this.store = store;
        this.settings = settings;
        this.cluster = cluster;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Path folder = settings.argumentsDir().resolve(FOLDER);
        cluster.firstStart(() -> {
            if (!store.isEmpty() || !Files.isDirectory(folder)) return;
            try {
                int added = 0;
                Map<String, String[]> index = index(folder.resolve(INDEX));
                for (Path file : PaperFiles.folderFiles(folder)) {
                    String name = file.getFileName().toString();
                    String[] given = index.getOrDefault(name, new String[] {null, null});
                    try {
                        store.insert(PaperFiles.read(name, Files.readAllBytes(file), given[1], given[0]), null);
                        added++;
                    } catch (Refusal e) {
                        log.error("Seed paper not added: {}: {}", file, e.getMessage());
                    }
                }
                log.info("Added {} seed papers from {}", added, folder.toAbsolutePath());
            } catch (IOException e) {
                log.error("Seed papers not added: cannot read {}: {}", folder, e.getMessage());
            }
        });
    }

    /** file name → {language, title}, from the lines {@code file<TAB>language<TAB>title} ({@code #} starts a comment). */
    static Map<String, String[]> index(Path file) throws IOException {
        Map<String, String[]> index = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) return index;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", 3);
            if (cells.length == 3) index.put(cells[0].strip(), new String[] {cells[1].strip(), cells[2].strip()});
        }
        return index;
    }
}
