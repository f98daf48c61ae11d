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
    private final SeenMaps seen;
    private final Repositories.Claims claims;
    private final Repositories.Supports supports;
    private final Repositories.Attacks attacks;
    private final Repositories.Oppositions oppositions;
    private final Repositories.Arguments arguments;
    private final Repositories.DeletedMapIds deletedIds;
    private final Repositories.MapMembers members;

    /** who may not open which map although shared with them (none when no feature says so) */
    private final List<AnswerKeys> answerKeys;

    MapStore(Repositories.Maps maps, Repositories.Claims claims, Repositories.Supports supports,
            Repositories.Attacks attacks, Repositories.Oppositions oppositions, Repositories.Arguments arguments,
            Repositories.DeletedMapIds deletedIds, Repositories.MapMembers members, List<AnswerKeys> answerKeys, SeenMaps seen) {
        this.answerKeys = answerKeys;
        this.seen = seen;
        this.maps = maps;
        this.members = members;
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

    /**
     * The maps matching the search that the person may see, each with what they may do with it.
     * @param sharedWith the person whose sharings to read (one query for all maps)
     * @param rights what the person may do with a map so decided
     */
    @Transactional(readOnly = true)
    List<MapSummary> list(String search, String sharedWith, java.util.function.Function<MapPolicy.Facts, Set<MapAction>> rights) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        Map<String, MapPolicy.Sharing> mine = new HashMap<>();
        members.findByLogin(sharedWith).forEach(m -> mine.put(m.mapId, m.access));
        Map<String, Set<Long>> hidden = hidden();
        return maps.findAllByOrderByTitleAsc().stream()
                .filter(m -> needle.isEmpty() || m.title.toLowerCase(Locale.ROOT).contains(needle)
                        || (m.description != null && m.description.toLowerCase(Locale.ROOT).contains(needle))
                        || m.id.contains(needle))
                .map(m -> {
                    Set<MapAction> allowed = rights.apply(new MapPolicy.Facts(m.owner, m.visibility, m.classId,
                            mine.containsKey(m.id) ? Map.of(sharedWith, mine.get(m.id)) : Map.of(), hidden.getOrDefault(m.id, Set.of())));
                    return allowed.contains(MapAction.VIEW) ? new MapSummary(m.id, m.title, m.description,
                            claims.countByMapId(m.id), m.updatedAt, m.owner, m.visibility, allowed) : null;
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** What decides who may do what with a map. */
    @Transactional(readOnly = true)
    MapPolicy.Facts facts(String mapId) {
        MapEntity m = map(mapId);
        Map<String, MapPolicy.Sharing> shared = new java.util.LinkedHashMap<>();
        members.findByMapIdOrderByLoginAsc(mapId).forEach(e -> shared.put(e.login, e.access));
        Set<Long> hiddenFrom = new java.util.HashSet<>();
        answerKeys.forEach(k -> hiddenFrom.addAll(k.hiddenFrom(mapId)));
        return new MapPolicy.Facts(m.owner, m.visibility, m.classId, shared, hiddenFrom);
    }

    /**
     * What decides one person's access to each of these maps, read at once: the maps in one query,
     * the person's sharings of them in another. A map that is not stored (deleted, or never was) is
     * left out, not refused.
     */
    @Transactional(readOnly = true)
    Map<String, MapPolicy.Facts> factsFor(java.util.Collection<String> mapIds, String login) {
        if (mapIds.isEmpty()) return Map.of();
        Map<String, MapPolicy.Sharing> mine = new HashMap<>();
        members.findByLoginAndMapIdIn(login, mapIds).forEach(m -> mine.put(m.mapId, m.access));
        Map<String, MapPolicy.Facts> facts = new HashMap<>();
        Map<String, Set<Long>> hidden = hidden();
        for (MapEntity m : maps.findAllById(mapIds)) {
            facts.put(m.id, new MapPolicy.Facts(m.owner, m.visibility, m.classId,
                    mine.containsKey(m.id) ? Map.of(login, mine.get(m.id)) : Map.of(), hidden.getOrDefault(m.id, Set.of())));
        }
        return facts;
    }

    /** Every map some class may not open, with those classes: read once for a list of maps. */
    private Map<String, Set<Long>> hidden() {
        if (answerKeys.isEmpty()) return Map.of();
        Map<String, Set<Long>> all = new HashMap<>();
        answerKeys.forEach(k -> k.hidden().forEach((id, c) -> all.computeIfAbsent(id, x -> new java.util.HashSet<>()).addAll(c)));
        return all;
    }

    /** Replaces who besides the owner may see and edit a map. */
    @Transactional
    void share(String mapId, Visibility visibility, Long classId, Map<String, MapPolicy.Sharing> people) {
        seen.forget();
        MapEntity m = map(mapId);
        if (visibility == Visibility.CLASS && classId == null) throw new IllegalArgumentException("Pick the class to share the map with.");
        m.visibility = visibility;
        m.classId = visibility == Visibility.CLASS ? classId : null;
        members.deleteAll(members.findByMapIdOrderByLoginAsc(mapId));
        members.flush();
        people.forEach((login, access) -> {
            if (!login.equals(m.owner)) members.save(new MapMemberEntity(mapId, login, access));
        });
        m.updatedAt = OffsetDateTime.now();
    }

    /**
     * Holds the map's row until the transaction ends, so that edits of one map through several
     * instances commit one after the other, their history entries numbered in that order.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void lockForEdit(String mapId) {
        maps.lockById(mapId).orElseThrow(() -> new UnknownMapException(mapId));
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

    /** A new empty map, private to its owner. */
    @Transactional
    String create(String title, String description, String owner) {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("a map needs a title");
        checkMap(title.strip(), description);
        String id = freeId(Text.slug(title));
        MapEntity entity = new MapEntity(id, title.strip(), description);
        entity.owner = owner;
        maps.save(entity);
        return id;
    }

    @Transactional
    void delete(String mapId) {
        seen.forget();
        maps.delete(map(mapId)); // the database cascades to the claims and relations
        deletedIds.save(new DeletedMapId(mapId));
    }

    /**
     * Saves a whole map under its own id, or a free variant of it; returns the id used. Every row is
     * built (and so checked against its column) before the first is saved.
     */
    @Transactional
    String save(ArgumentMap map, String owner, Visibility visibility) {
        checkMap(map.title(), map.description());
        String id = freeId(map.id());
        List<ClaimEntity> claimRows = map.claims().stream().map(c -> new ClaimEntity(id, c)).toList();
        List<ArgumentEntity> argumentRows = map.arguments().stream().map(a -> new ArgumentEntity(id, a)).toList();
        List<AttackEntity> attackRows = map.attacks().stream().map(a -> new AttackEntity(id, a)).toList();
        MapEntity entity = new MapEntity(id, map.title(), map.description());
        entity.abstractFramework = map.isAbstractFramework();
        entity.owner = owner;
        entity.visibility = visibility;
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
    ImportResult importArgdown(String fileName, String text, String owner) throws MapFileException {
        if (text.length() > MAX_IMPORT_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_IMPORT_BYTES) {
            throw tooLarge(fileName);
        }
        return saveRead(fileName, text, MapFiles.read(fileName, text), owner);
    }

    /** A map file as uploaded, in any format the command line reads, known by its extension. */
    @Transactional
    ImportResult importFile(String fileName, byte[] bytes, String owner) throws MapFileException {
        if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(fileName);
        ReadResult read = MapFiles.read(fileName, bytes);
        // read already, so valid: decoded again only to find where a stored field too long stands
        return saveRead(fileName, MapText.decode(fileName, bytes), read, owner);
    }

    private ImportResult saveRead(String fileName, String text, ReadResult read, String owner) throws MapFileException {
        try {
            return new ImportResult(save(read.map(), owner, Visibility.PRIVATE), read.warnings());
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
