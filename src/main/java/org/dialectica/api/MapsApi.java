package org.dialectica.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapFormat;
import org.dialectica.io.MapWarning;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Source;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Comparison;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.LabelReason;
import org.dialectica.reasoning.Sentence;
import org.dialectica.workspace.ImportResult;
import org.dialectica.workspace.MapAction;
import org.dialectica.workspace.MapState;
import org.dialectica.workspace.MapSummary;
import org.dialectica.workspace.Visibility;
import org.dialectica.workspace.Workspace;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Maps: those the caller may see, one with its claims, relations and statuses, import, export, analysis, comparison. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "maps", description = "Argument maps, with the rights of the token's person on each")
class MapsApi {
    private final Workspace workspace;
    private final Map<String, MapExport> exports = new LinkedHashMap<>();

    MapsApi(Workspace workspace, List<MapExport> exports) {
        this.workspace = workspace;
        exports.forEach(e -> this.exports.put(e.format(), e));
    }

    record MapLine(String id, String title, String description, long claims, OffsetDateTime updatedAt, String owner,
            Visibility visibility, Set<MapAction> allowed) {
        static MapLine of(MapSummary m) {
            return new MapLine(m.id(), m.title(), m.description(), m.claimCount(), m.updatedAt(), m.owner(), m.visibility(), m.allowed());
        }
    }

    @Operation(summary = "The maps you may open, matching the search (title or description) if one is given")
    @GetMapping("/maps")
    List<MapLine> list(@RequestParam(required = false) String search) {
        return workspace.list(search == null ? "" : search).stream().map(MapLine::of).toList();
    }

    record ClaimJson(String id, String title, String text, String originalText, String language, ClaimKind kind,
            List<String> actors, List<String> tags, Source source, Double weight, Label label, Double strength, double[] position) {}

    record SupportJson(String id, String from, String to, String argument) {}

    record AttackJson(String id, String from, String target, boolean onSupport) {}

    record OppositionJson(String a, String b, Opposition.Type type) {}

    record MapJson(String id, String title, String description, boolean abstractFramework, Set<MapAction> allowed,
            List<ClaimJson> claims, List<SupportJson> supports, List<AttackJson> attacks, List<OppositionJson> oppositions) {}

    @Operation(summary = "A map: its claims with their status (label) and strength, its supports, attacks and oppositions")
    @GetMapping("/maps/{id}")
    MapJson get(@PathVariable String id) {
        MapState state = workspace.state(id);
        Analysis analysis = state.analysis();
        ArgumentMap map = analysis.map();
        return new MapJson(map.id(), map.title(), map.description(), map.isAbstractFramework(), workspace.rights(id),
                map.claims().stream().map(c -> new ClaimJson(c.id(), c.title(), c.text(), c.originalText(), c.language(), c.kind(),
                        c.actors(), c.tags(), c.source(), c.weight(), analysis.label(c.id()), analysis.strength(c.id()),
                        state.positions().get(c.id()))).toList(),
                map.supports().stream().map(s -> new SupportJson(s.id(), s.from(), s.to(), s.argumentId())).toList(),
                map.attacks().stream().map(a -> new AttackJson(a.id(), a.from(), a.target(), a.onSupport())).toList(),
                map.oppositions().stream().map(o -> new OppositionJson(o.a(), o.b(), o.type())).toList());
    }

    record Imported(String id, List<MapWarning> warnings) {}

    @Operation(summary = "Imports a map file as a new private map of yours",
            description = "The body is the file as it is (at most 5 MB; UTF-8, or UTF-16 with a byte-order mark); its format is"
                    + " known by the extension of 'file', one of GET /api/formats' imports. A file that does not read saves nothing"
                    + " and is answered 422 with file, line, column and problem.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")))
    @PostMapping(path = "/maps", consumes = MediaType.ALL_VALUE)
    ResponseEntity<Imported> importMap(@Parameter(description = "the file's name, e.g. seminar.argdown") @RequestParam String file,
            @Parameter(hidden = true) InputStream body) throws IOException, MapFileException {
        // counted while it arrives, as the page's upload: a larger file is refused without being held
        byte[] bytes = body.readNBytes(Workspace.MAX_IMPORT_BYTES + 1);
        if (bytes.length > Workspace.MAX_IMPORT_BYTES) {
            throw new MapFileException(file, 1, 1, "larger than " + Workspace.MAX_IMPORT_BYTES / (1024 * 1024) + " MB");
        }
        ImportResult result = workspace.importFile(file, bytes);
        return ResponseEntity.created(URI.create("/api/maps/" + result.mapId())).body(new Imported(result.mapId(), result.warnings()));
    }

    record ExportFormat(String format, String mediaType, String extension) {}

    record Formats(List<String> imports, List<ExportFormat> exports) {}

    @Operation(summary = "The file formats maps are imported from (by extension) and exported to (by name)")
    @GetMapping("/formats")
    Formats formats() {
        return new Formats(Arrays.stream(MapFormat.values()).map(MapFormat::extension).toList(),
                exports.values().stream().map(e -> new ExportFormat(e.format(), e.mediaType(), e.extension())).toList());
    }

    @Operation(summary = "A map as a file, in one of GET /api/formats' exports")
    @GetMapping(path = "/maps/{id}/export", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "argdown") String format, Locale locale) {
        MapExport export = exports.get(format.toLowerCase(Locale.ROOT));
        if (export == null) {
            throw new IllegalArgumentException("No export format '" + format + "'; there are: " + String.join(", ", exports.keySet()) + ".");
        }
        ArgumentMap map = workspace.load(id);
        Supplier<Analysis> analysis = () -> workspace.analysis(id);
        byte[] file = export.write(map, analysis, Words.language(locale));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + export.extension()).build().toString())
                .body(file);
    }

    record ClaimStatus(String id, Label label, Double strength, String strengthMeaning, List<String> reasons) {}

    record ThesisJson(String id, String title, Label label, Double strength, String reason, int grounds) {}

    record FindingJson(String claim, String kind, String subject, String rule, String message) {}

    record ConflictJson(String a, String b, String kind, String rule, String explanation) {}

    record AnalysisJson(String mapId, List<ThesisJson> theses, List<ClaimStatus> claims, List<ConflictJson> conflicts,
            List<FindingJson> findings) {}

    @Operation(summary = "What the rules concluded: every claim's status and strength with the reasons, the theses, conflicts and findings",
            description = "Sentences are in the language of Accept-Language: English, or Indonesian (id).")
    @GetMapping("/maps/{id}/analysis")
    AnalysisJson analysis(@PathVariable String id, Locale locale) {
        Locale language = Words.language(locale);
        Analysis analysis = workspace.analysis(id);
        List<ThesisJson> theses = analysis.claims().stream().filter(c -> c.kind() == ClaimKind.THESIS)
                .map(c -> new ThesisJson(c.id(), c.displayTitle(), analysis.label(c.id()), analysis.strength(c.id()),
                        analysis.reasons(c.id()).stream().findFirst().map(r -> r.explanation().text(language)).orElse(null),
                        analysis.grounds(c.id()).size()))
                .toList();
        List<ClaimStatus> claims = analysis.claims().stream()
                .map(c -> new ClaimStatus(c.id(), analysis.label(c.id()), analysis.strength(c.id()),
                        Words.text(analysis.strengthMeaning(c.id()), language),
                        analysis.reasons(c.id()).stream().map(LabelReason::explanation).map(s -> s.text(language)).toList()))
                .toList();
        return new AnalysisJson(analysis.map().id(), theses, claims,
                analysis.conflicts().stream().map(c -> new ConflictJson(c.getA(), c.getB(), Words.name(c.getKind()), c.getRule(),
                        c.explanation().text(language))).toList(),
                analysis.findings().stream().map(f -> new FindingJson(f.getClaim(), Words.name(f.getKind()), f.getSubject(), f.getRule(),
                        f.message().text(language))).toList());
    }

    @Operation(summary = "Rival theses side by side, as the compare page shows them: statuses, the conflicts between the"
            + " positions and the cruxes that decide between them")
    @GetMapping("/maps/{id}/comparison")
    Words.ComparisonJson compare(@PathVariable String id, @Parameter(description = "two or more thesis ids") @RequestParam List<String> thesis,
            Locale locale) {
        Locale language = Words.language(locale);
        Analysis analysis = workspace.analysis(id);
        Sentence problem = Comparison.problem(analysis.map(), thesis);
        if (problem != null) throw new IllegalArgumentException(problem.text(language));
        Comparison comparison = Comparison.of(analysis, thesis);
        return Words.comparison(comparison, language, null);
    }
}
