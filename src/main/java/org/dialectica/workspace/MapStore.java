package org.dialectica.workspace;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapFormat;
import org.dialectica.io.MapText;
import org.dialectica.io.ReadResult;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.map.Text;
import org.dialectica.workspace.RelationEntities.ArgumentEntity;
import org.dialectica.workspace.RelationEntities.AttackEntity;
import org.dialectica.workspace.RelationEntities.OppositionEntity;
import org.dialectica.workspace.RelationEntities.SupportEntity;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps in the database. Every method is one transaction and checks its input itself, naming the
 * map or claim it cannot find; a claim edited on a stale version is refused, never overwritten.
 */
@Service
class MapStore {
    static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;
    /** Column sizes of argument_map (V1). */
    static final int MAP_ID = 200, MAP_TITLE = FieldLimits.MAP_TITLE, MAP_DESCRIPTION = FieldLimits.MAP_DESCRIPTION;

    private final Repositories.Maps maps;
    private final Repositories.Claims claims;
    private final Repositories.Supports supports;
    private final Repositories.Attacks attacks;
    private final Repositories.Oppositions oppositions;
    private final Repositories.Arguments arguments;
    private final Repositories.DeletedMapIds deletedIds;

    MapStore(Repositories.Maps maps, Repositories.Claims claims, Repositories.Supports supports,
            Repositories.Attacks attacks, Repositories.Oppositions oppositions, Repositories.Arguments arguments,
            Repositories.DeletedMapIds deletedIds) {
        this.maps = maps;
        this.deletedIds = deletedIds;
        this.claims = claims;
        this.supports = supports;
        this.attacks = attacks;
        this.oppositions = oppositions;
        this.arguments = arguments;
    }

    @Transactional(readOnly = true)
    boolean isEmpty() {
        return maps.count() == 0;
    }

    @Transactional(readOnly = true)
    List<MapSummary> list(String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return maps.findAllByOrderByTitleAsc().stream()
                .filter(m -> needle.isEmpty() || m.title.toLowerCase(Locale.ROOT).contains(needle)
                        || (m.description != null && m.description.toLowerCase(Locale.ROOT).contains(needle))
                        || m.id.contains(needle))
                .map(m -> new MapSummary(m.id, m.title, m.description, claims.countByMapId(m.id), m.updatedAt))
                .toList();
    }

    @Transactional(readOnly = true)
    ArgumentMap load(String mapId) {
        MapEntity entity = map(mapId);
        ArgumentMap map = new ArgumentMap(entity.id, entity.title);
        map.setDescription(entity.description);
        map.setAbstractFramework(entity.abstractFramework);
        claims.findByMapIdOrderByIdAsc(mapId).forEach(c -> map.putClaim(c.toClaim()));
        arguments.findByMapIdOrderByIdAsc(mapId).forEach(a -> map.addArgument(a.toArgument()));
        supports.findByMapIdOrderByIdAsc(mapId).forEach(s -> map.addSupport(s.toSupport()));
        attacks.findByMapIdOrderByIdAsc(mapId).forEach(a -> map.addAttack(a.toAttack()));
        oppositions.findByMapIdOrderByIdAsc(mapId).forEach(o -> map.addOpposition(o.toOpposition()));
        return map;
    }

    @Transactional
    String create(String title, String description) {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("a map needs a title");
        checkMap(title.strip(), description);
        String id = freeId(Text.slug(title));
        maps.save(new MapEntity(id, title.strip(), description));
        return id;
    }

    @Transactional
    void delete(String mapId) {
        maps.delete(map(mapId)); // the database cascades to the claims and relations
        deletedIds.save(new DeletedMapId(mapId));
    }

    /**
     * Saves a whole map under its own id, or a free variant of it; returns the id used. Every row is
     * built (and so checked against its column) before the first is saved.
     */
    @Transactional
    String save(ArgumentMap map) {
        checkMap(map.title(), map.description());
        String id = freeId(map.id());
        List<ClaimEntity> claimRows = map.claims().stream().map(c -> new ClaimEntity(id, c)).toList();
        List<ArgumentEntity> argumentRows = map.arguments().stream().map(a -> new ArgumentEntity(id, a)).toList();
        List<AttackEntity> attackRows = map.attacks().stream().map(a -> new AttackEntity(id, a)).toList();
        MapEntity entity = new MapEntity(id, map.title(), map.description());
        entity.abstractFramework = map.isAbstractFramework();
        maps.save(entity);
        claims.saveAll(claimRows);
        arguments.saveAll(argumentRows);
        map.supports().forEach(s -> supports.save(new SupportEntity(id, s)));
        attacks.saveAll(attackRows);
        map.oppositions().forEach(o -> oppositions.save(new OppositionEntity(id, o)));
        return id;
    }

    private static void checkMap(String title, String description) {
        String owner = "map «" + FieldTooLongException.shortened(String.valueOf(title)) + "»";
        FieldTooLongException.check(owner, "title", title, MAP_TITLE);
        FieldTooLongException.check(owner, "description", description, MAP_DESCRIPTION);
    }

    /** Reads the text completely before anything is saved: a file that fails saves nothing. */
    @Transactional
    ImportResult importArgdown(String fileName, String text) throws MapFileException {
        if (text.length() > MAX_IMPORT_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_IMPORT_BYTES) {
            throw tooLarge(fileName);
        }
        return saveRead(fileName, text, MapFiles.read(fileName, text, MapFormat.ARGDOWN));
    }

    /** A map file as uploaded, in any format the command line reads, known by its extension. */
    @Transactional
    ImportResult importFile(String fileName, byte[] bytes) throws MapFileException {
        if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(fileName);
        MapFormat format = MapFormat.of(fileName).orElseThrow(() -> new MapFileException(fileName, 1, 1,
                "unknown format: expected a file ending in " + MapFormat.KNOWN));
        String text = MapText.decode(fileName, bytes);
        return saveRead(fileName, text, MapFiles.read(fileName, text, format));
    }

    private ImportResult saveRead(String fileName, String text, ReadResult read) throws MapFileException {
        try {
            return new ImportResult(save(read.map()), read.warnings());
        } catch (FieldTooLongException e) {
            // the reader kept no positions for stored fields: the value is found where the file wrote it
            int at = text.indexOf(e.value().substring(0, Math.min(40, e.value().length())));
            throw MapFileException.at(fileName, text, Math.max(0, at), e.getMessage());
        }
    }

    static MapFileException tooLarge(String fileName) {
        return new MapFileException(fileName, 1, 1, "the file is larger than " + (MAX_IMPORT_BYTES >> 20)
                + " MB (expected at most " + (MAX_IMPORT_BYTES >> 20) + " MB)");
    }

    @Transactional(readOnly = true)
    String exportArgdown(String mapId) {
        return new ArgdownWriter().write(load(mapId));
    }

    /** Creates a claim or changes one opened at {@code expectedVersion}; answers its version now. */
    @Transactional
    long putClaim(String mapId, Claim claim, Long expectedVersion) {
        MapEntity map = map(mapId);
        var existing = claims.findByMapIdAndClaimId(mapId, claim.id());
        ClaimEntity entity;
        if (expectedVersion == null) {
            if (existing.isPresent()) throw new IllegalArgumentException("map '" + mapId + "' already has a claim '" + claim.id() + "'");
            entity = claims.saveAndFlush(new ClaimEntity(mapId, claim));
        } else {
            entity = existing.orElseThrow(() -> ConcurrentEditException.deleted(claim.id(), claim.displayTitle()));
            if (entity.version != expectedVersion) throw changed(entity);
            entity.update(claim);
            try {
                entity = claims.saveAndFlush(entity);
            } catch (ObjectOptimisticLockingFailureException e) {
                throw changed(entity);
            }
        }
        map.updatedAt = OffsetDateTime.now();
        return entity.version;
    }

    private static ConcurrentEditException changed(ClaimEntity entity) {
        return ConcurrentEditException.changed(entity.claimId, entity.title != null ? entity.title : entity.claimId);
    }

    /** Deletes a claim seen at {@code expectedVersion} and exactly what the model says goes with it. */
    @Transactional
    void removeClaim(String mapId, ArgumentMap.Removal removal, long expectedVersion) {
        MapEntity map = map(mapId);
        String claimId = removal.claim().id();
        ClaimEntity entity = claims.findByMapIdAndClaimId(mapId, claimId)
                .orElseThrow(() -> ConcurrentEditException.deleted(claimId, removal.claim().displayTitle()));
        if (entity.version != expectedVersion) throw changed(entity);
        removal.attacks().forEach(a -> attacks.findByMapIdAndFromClaimAndTarget(mapId, a.from(), a.target()).ifPresent(attacks::delete));
        removal.supports().forEach(s -> supports.findByMapIdAndFromClaimAndToClaim(mapId, s.from(), s.to()).ifPresent(supports::delete));
        removal.oppositions().forEach(o -> oppositions.findByMapIdAndClaimAAndClaimBAndType(mapId, o.a(), o.b(), o.type())
                .ifPresent(oppositions::delete));
        Set<String> argumentIds = removal.argumentIds();
        argumentIds.forEach(id -> arguments.findByMapIdAndArgumentId(mapId, id).ifPresent(arguments::delete));
        if (!argumentIds.isEmpty()) {
            // as in the model: the remaining premises of a removed argument become drawn supports
            supports.findByMapIdOrderByIdAsc(mapId).stream().filter(s -> argumentIds.contains(s.argumentId))
                    .forEach(s -> s.argumentId = null);
        }
        claims.delete(entity);
        map.updatedAt = OffsetDateTime.now();
    }

    /** Stores again a deleted claim and what went with it (the model has checked it is whole). */
    @Transactional
    void restoreClaim(String mapId, ArgumentMap.Removal removal) {
        MapEntity map = map(mapId);
        claims.save(new ClaimEntity(mapId, removal.claim()));
        for (Argument a : removal.arguments()) {
            arguments.save(new ArgumentEntity(mapId, a));
            if (a.conclusion() == null) continue;
            for (String premise : a.premises()) {
                supports.findByMapIdAndFromClaimAndToClaim(mapId, premise, a.conclusion()).ifPresent(s -> s.argumentId = a.id());
            }
        }
        removal.supports().forEach(s -> supports.save(new SupportEntity(mapId, s)));
        removal.attacks().forEach(a -> attacks.save(new AttackEntity(mapId, a)));
        removal.oppositions().forEach(o -> oppositions.save(new OppositionEntity(mapId, o)));
        map.updatedAt = OffsetDateTime.now();
    }

    @Transactional
    void addSupport(String mapId, Support support) {
        MapEntity map = map(mapId);
        requireClaims(mapId, support.from(), support.to());
        if (supports.findByMapIdAndFromClaimAndToClaim(mapId, support.from(), support.to()).isEmpty()) {
            supports.save(new SupportEntity(mapId, support));
            map.updatedAt = OffsetDateTime.now();
        }
    }

    /** Removes a support and the undercuts aimed at it. */
    @Transactional
    void removeSupport(String mapId, Support support) {
        MapEntity map = map(mapId);
        supports.findByMapIdAndFromClaimAndToClaim(mapId, support.from(), support.to()).ifPresent(supports::delete);
        attacks.deleteAll(attacks.findByMapIdOrderByIdAsc(mapId).stream()
                .filter(a -> a.onSupport && a.target.equals(support.id())).toList());
        map.updatedAt = OffsetDateTime.now();
    }

    @Transactional
    void addAttack(String mapId, Attack attack) {
        MapEntity map = map(mapId);
        requireClaims(mapId, attack.from());
        if (!attack.onSupport()) requireClaims(mapId, attack.target());
        if (attacks.findByMapIdAndFromClaimAndTarget(mapId, attack.from(), attack.target()).isEmpty()) {
            try {
                attacks.saveAndFlush(new AttackEntity(mapId, attack));
            } catch (DataIntegrityViolationException e) {
                throw new ConcurrentEditException("That attack was just drawn by someone else.");
            }
            map.updatedAt = OffsetDateTime.now();
        }
    }

    @Transactional
    void removeAttack(String mapId, Attack attack) {
        MapEntity map = map(mapId);
        attacks.findByMapIdAndFromClaimAndTarget(mapId, attack.from(), attack.target()).ifPresent(attacks::delete);
        map.updatedAt = OffsetDateTime.now();
    }

    @Transactional
    void addOpposition(String mapId, Opposition opposition) {
        MapEntity map = map(mapId);
        requireClaims(mapId, opposition.a(), opposition.b());
        if (oppositions.findByMapIdAndClaimAAndClaimBAndType(mapId, opposition.a(), opposition.b(), opposition.type()).isEmpty()) {
            oppositions.save(new OppositionEntity(mapId, opposition));
            map.updatedAt = OffsetDateTime.now();
        }
    }

    @Transactional
    void removeOpposition(String mapId, Opposition opposition) {
        MapEntity map = map(mapId);
        oppositions.findByMapIdAndClaimAAndClaimBAndType(mapId, opposition.a(), opposition.b(), opposition.type())
                .ifPresent(oppositions::delete);
        map.updatedAt = OffsetDateTime.now();
    }

    @Transactional
    void describe(String mapId, String title, String description) {
        MapEntity map = map(mapId);
        map.title = title.strip();
        map.description = description == null || description.isBlank() ? null : description.strip();
        map.updatedAt = OffsetDateTime.now();
    }

    @Transactional
    void moveClaim(String mapId, String claimId, double x, double y) {
        claims.move(mapId, claimId, x, y);
    }

    @Transactional
    void moveClaims(String mapId, Map<String, double[]> places) {
        places.forEach((claimId, at) -> claims.move(mapId, claimId, at[0], at[1]));
    }

    @Transactional(readOnly = true)
    long claimVersion(String mapId, String claimId) {
        return claims.findByMapIdAndClaimId(mapId, claimId)
                .orElseThrow(() -> new IllegalArgumentException("map '" + mapId + "' has no claim '" + claimId + "'")).version;
    }

    /** Each claim's version and saved position (null when it has none). */
    @Transactional(readOnly = true)
    Map<String, Layout> layout(String mapId) {
        map(mapId);
        Map<String, Layout> layout = new HashMap<>();
        for (Object[] row : claims.layout(mapId)) {
            Double x = (Double) row[2];
            Double y = (Double) row[3];
            layout.put((String) row[0], new Layout(((Number) row[1]).longValue(), x == null || y == null ? null : new double[] {x, y}));
        }
        return layout;
    }

    record Layout(long version, double[] position) {}

    private MapEntity map(String mapId) {
        return maps.findById(mapId).orElseThrow(() -> new UnknownMapException(mapId));
    }

    private void requireClaims(String mapId, String... claimIds) {
        for (String claimId : claimIds) {
            if (claims.findByMapIdAndClaimId(mapId, claimId).isEmpty()) {
                throw new IllegalArgumentException("map '" + mapId + "' has no claim '" + claimId + "'");
            }
        }
    }

    /** The wanted id, or a variant of it that no map has and no deleted map had. */
    private String freeId(String wanted) {
        String base = wanted == null || wanted.isBlank() ? "map" : wanted;
        if (base.length() > MAP_ID - 10) base = base.substring(0, MAP_ID - 10); // room for "-n"
        String id = base;
        for (int n = 2; maps.existsById(id) || deletedIds.existsById(id); n++) id = base + "-" + n;
        return id;
    }
}
