package org.dialectica.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dialectica.base.DialecticaSettings;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The maps of the {@code arguments/} folder, read at start. A file that does not read is kept
 * out whole and its located error is listed; the other maps load. Each map has one live
 * reasoning session, opened on first use and shared by every viewer.
 */
@Service
public class MapLibrary implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(MapLibrary.class);

    private final RuleBase rules;
    private final Map<String, ArgumentMap> maps = new LinkedHashMap<>();
    private final Map<String, List<MapWarning>> warnings = new LinkedHashMap<>();
    private final List<MapFileException> errors = new ArrayList<>();
    private final Map<String, ReasoningSession> sessions = new ConcurrentHashMap<>();

    MapLibrary(DialecticaSettings settings, RuleBase rules) {
        this.rules = rules;
        load(settings.argumentsDir());
    }

    private void load(Path folder) {
        if (!Files.isDirectory(folder)) {
            log.warn("No map folder at {}: starting with no maps", folder.toAbsolutePath());
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".argdown")).sorted().toList();
        } catch (IOException e) {
            log.error("Cannot list {}: {}", folder, e.getMessage());
            return;
        }
        ArgdownReader reader = new ArgdownReader();
        for (Path file : files) {
            try {
                ReadResult read = reader.read(file);
                maps.put(read.map().id(), read.map());
                warnings.put(read.map().id(), read.warnings());
            } catch (MapFileException e) {
                log.error("Map file not loaded: {}", e.getMessage());
                errors.add(e);
            } catch (IOException e) {
                errors.add(new MapFileException(file.toString(), 1, 1, "cannot read: " + e.getMessage()));
            }
        }
        log.info("Loaded {} maps from {} ({} files failed)", maps.size(), folder, errors.size());
    }

    public List<ArgumentMap> maps() {
        return maps.values().stream().sorted(Comparator.comparing(ArgumentMap::title)).toList();
    }

    public Optional<ArgumentMap> map(String id) {
        return Optional.ofNullable(maps.get(id));
    }

    public List<MapWarning> warnings(String mapId) {
        return warnings.getOrDefault(mapId, List.of());
    }

    public List<MapFileException> loadErrors() {
        return Collections.unmodifiableList(errors);
    }

    /** The live session of a map, opened on first use; every viewer of the map shares it. */
    public ReasoningSession session(String mapId) {
        ArgumentMap map = maps.get(mapId);
        if (map == null) throw new IllegalArgumentException("no map with id '" + mapId + "'");
        return sessions.computeIfAbsent(mapId, id -> ReasoningSession.open(rules, map));
    }

    @Override
    public void destroy() {
        sessions.values().forEach(ReasoningSession::close);
    }
}
