package org.dialectica.io.argdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.io.argdown.Syntax.Block;
import org.dialectica.io.argdown.Syntax.Document;
import org.dialectica.io.argdown.Syntax.Element;
import org.dialectica.io.argdown.Syntax.Elements;
import org.dialectica.io.argdown.Syntax.Heading;
import org.dialectica.io.argdown.Syntax.Inference;
import org.dialectica.io.argdown.Syntax.Reconstruction;
import org.dialectica.io.argdown.Syntax.Relation;
import org.dialectica.io.argdown.Syntax.Step;
import org.dialectica.io.argdown.YamlData.Entry;
import org.dialectica.io.argdown.YamlData.Value;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.dialectica.map.Text;
import org.dialectica.map.TimeSpan;

/**
 * Last step of reading: turns Argdown's elements into the map. Statements with one title are one
 * claim (Argdown's equivalence class); a reconstructed argument gives one {@link Argument} per
 * inference step; a sketched argument, having no premises to point at, becomes a claim itself.
 * Everything read but not used is reported as a located warning.
 */
final class MapBuilder {
    static final String ARGUMENT_TAG = "argument";
    static final String DRAWN = "drawn";
    static final String STEP = "-step-";
    /** Data key of the claims a claim is contrary to: how a contrary outside Argdown's strict mode is written. */
    static final String CONTRARY = "contrary";
    /** Data key of a text Argdown's one line cannot hold exactly: one with line breaks, or an empty one. */
    static final String TEXT = "text";

    private static final Set<String> CLAIM_KEYS = Set.of("id", "kind", "actors", "paper", "locator", "quote",
            "original", "lang", "subject", "dimension", "direction", "from", "to", "side", "weight", "preferred-over",
            CONTRARY, TEXT);
    private static final Set<String> ARGUMENT_KEYS = Set.of("id", DRAWN, TEXT);
    private static final Set<String> FRONT_MATTER_KEYS = Set.of("title", "description", "paper", "lang", "model");
    private static final Map<String, String> SYNONYMS = Map.of("language", "lang", "author", "side");
    private static final List<String> DESCRIPTOR_KEYS = List.of("subject", "dimension", "direction", "from", "to");

    private final String file;
    private final List<MapWarning> warnings = new ArrayList<>();
    private final Map<String, Titled> statements = new LinkedHashMap<>();
    private final Map<String, Titled> arguments = new LinkedHashMap<>();
    private final List<Titled> firstSeen = new ArrayList<>();
    private final Map<Element, Titled> owners = new IdentityHashMap<>();
    private final List<Titled> reconstructed = new ArrayList<>();
    private final List<Use> uses = new ArrayList<>();
    private final Set<String> explicitTitles = new HashSet<>();
    private int untitled;
    private String defaultPaper;
    private String defaultLanguage;
    /** Argdown's strict mode: an attack between two statements says they are contraries. */
    private boolean strict;
    private ArgumentMap map;

    private MapBuilder(String file, int untitledBefore) {
        this.file = file;
        this.untitled = untitledBefore;
    }

    static ReadResult build(String file, String mapId, Document document) throws MapFileException {
        return build(file, mapId, document, 0);
    }

    /** Untitled statements are numbered from {@code untitledBefore + 1}: files read before this one used the numbers below. */
    static ReadResult build(String file, String mapId, Document document, int untitledBefore) throws MapFileException {
        return new MapBuilder(file, untitledBefore).run(mapId, document);
    }

    // ---- what the file names ----

    private enum Role { STATEMENT, SKETCHED, RECONSTRUCTED, DRAWN }

    /** A statement title (equivalence class) or argument title, with everything said about it. */
    private static final class Titled {
        final String title;
        final boolean argument;
        final List<Element> occurrences = new ArrayList<>();
        Reconstruction pcs;
        Role role;
        Map<String, Entry> data;
        /** The claim's id, or for a reconstructed argument the id of its last inference step. */
        String id;
        String description;
        List<Argument> steps = List.of();
        String conclusion;
        Support drawn;

        Titled(String title, boolean argument) {
            this.title = title;
            this.argument = argument;
        }

        Position at() {
            return pcs != null && occurrences.isEmpty() ? pcs.at() : occurrences.get(0).at();
        }

        /** Where its text is given: the first definition with a text, else the first definition (an empty text), else the first mention. */
        Position definedAt() {
            return occurrences.stream().filter(o -> o.defined() && !o.text().isEmpty()).findFirst()
                    .or(() -> occurrences.stream().filter(Element::defined).findFirst())
                    .map(Element::at).orElseGet(this::at);
        }

        String display() {
            return argument ? "<" + title + ">" : "[" + title + "]";
        }
    }

    private sealed interface Ref permits ClaimRef, ArgumentRef, InferenceRef {}

    private record ClaimRef(Titled statement) implements Ref {}

    private record ArgumentRef(Titled argument) implements Ref {}

    private record InferenceRef(Titled argument, Reconstruction pcs, int step) implements Ref {}

    private record Use(Ref parent, Ref child, Relation relation) {}

    private ReadResult run(String mapId, Document document) throws MapFileException {
        map = new ArgumentMap(mapId, null);
        frontMatter(document.frontMatter());
        for (Syntax.Include include : document.includes()) {
            // only a file read from its folder (the command line) has files beside it to include
            warn(include.at(), "@include(" + include.files() + ") is not followed: this file was read on its own, without"
                    + " its folder (the command line follows it: analyze the file where it lies)");
        }
        collectTitles(document);
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            switch (block) {
                case Heading heading -> heading(heading);
                case Elements elements -> {
                    for (Element head : elements.heads()) visit(head);
                }
                case Reconstruction pcs -> reconstruction(pcs, i > 0 ? blocks.get(i - 1) : null);
            }
        }
        for (Titled t : firstSeen) classify(t);
        assignClaimIds();
        // claims in the order they are defined, so that writing what was read keeps the order
        // (each place found once, not at every comparison: finding it walks the title's occurrences)
        Map<Titled, Position> definedAt = new IdentityHashMap<>();
        List<Titled> claims = new ArrayList<>();
        for (Titled t : firstSeen) {
            if (t.role != Role.STATEMENT && t.role != Role.SKETCHED) continue;
            claims.add(t);
            definedAt.put(t, t.definedAt());
        }
        claims.sort(Comparator.comparingInt((Titled t) -> definedAt.get(t).line()).thenComparingInt(t -> definedAt.get(t).column()));
        for (Titled t : claims) {
            Claim claim = claim(t);
            model(t.at(), () -> map.putClaim(claim));
        }
        assignArgumentIds();
        for (Titled t : reconstructed) addArgument(t);
        for (Use use : uses) relation(use);
        for (Titled t : claims) contraries(t);
        warnings.sort(Comparator.comparingInt(MapWarning::line).thenComparingInt(MapWarning::column));
        return new ReadResult(map, warnings);
    }

    private void frontMatter(DataBlock block) throws MapFileException {
        if (block == null) return;
        for (Entry entry : YamlData.mapping(file, block).values()) {
            String key = SYNONYMS.getOrDefault(entry.key(), entry.key());
            if (!FRONT_MATTER_KEYS.contains(key)) {
                warn(entry.keyAt(), "front matter key '" + entry.key() + "' is not used by Dialectica");
                continue;
            }
            if (key.equals("model")) {
                model(entry);
                continue;
            }
            String value = text(entry);
            switch (key) {
                case "title" -> map.setTitle(value);
                case "description" -> map.setDescription(value);
                case "paper" -> defaultPaper = value;
                default -> defaultLanguage = value;
            }
        }
    }

    /** Argdown's model settings: {@code mode: strict} or {@code loose} (the default). */
    private void model(Entry model) throws MapFileException {
        for (Entry entry : YamlData.mapping(file, model).values()) {
            if (!entry.key().equals("mode")) {
                warn(entry.keyAt(), "front matter key 'model: " + entry.key() + "' is not used by Dialectica");
                continue;
            }
            String mode = text(entry);
            if ("strict".equals(mode)) {
                strict = true;
            } else if (!"loose".equals(mode)) {
                warn(entry.value().at(), "model mode '" + mode + "' is not known (expected strict or loose); loose is used");
            }
        }
    }

    /** Untitled statements are named "Untitled N", skipping titles the file uses itself. */
    private void collectTitles(Document document) {
        for (Block block : document.blocks()) {
            if (block instanceof Elements elements) elements.heads().forEach(this::collectTitles);
            if (block instanceof Reconstruction pcs) {
                for (Step step : pcs.steps()) {
                    step.premises().forEach(this::collectTitles);
                    collectTitles(step.conclusion());
                    step.inference().relations().forEach(r -> collectTitles(r.target()));
                }
            }
        }
    }

    private void collectTitles(Element element) {
        if (element.title() != null) explicitTitles.add(element.title());
        element.relations().forEach(r -> collectTitles(r.target()));
    }

    private String untitled() {
        String title;
        do {
            title = "Untitled " + ++untitled;
        } while (explicitTitles.contains(title));
        return title;
    }

    private void heading(Heading heading) throws MapFileException {
        warn(heading.at(), "heading '" + heading.text() + "' is not used (Dialectica maps have no sections)");
        for (DataBlock data : heading.data()) {
            YamlData.mapping(file, data);
            warn(data.opening(), "data on a heading is not used");
        }
    }

    private Ref visit(Element element) throws MapFileException {
        Ref ref = register(element);
        relations(ref, element);
        return ref;
    }

    private void relations(Ref parent, Element element) throws MapFileException {
        for (Relation relation : element.relations()) {
            Ref child = register(relation.target());
            uses.add(new Use(parent, child, relation));
            relations(child, relation.target());
        }
    }

    private Ref register(Element element) {
        boolean argument = element.isArgument();
        String title = element.title() != null ? element.title() : untitled();
        Map<String, Titled> named = argument ? arguments : statements;
        Titled titled = named.get(title);
        if (titled == null) {
            titled = new Titled(title, argument);
            named.put(title, titled);
            firstSeen.add(titled);
        }
        titled.occurrences.add(element);
        owners.put(element, titled);
        return argument ? new ArgumentRef(titled) : new ClaimRef(titled);
    }

    /** A premise–conclusion structure belongs to the argument written in the block just before it. */
    private void reconstruction(Reconstruction pcs, Block previous) throws MapFileException {
        Titled owner;
        if (previous instanceof Elements e && !e.listed() && e.heads().size() == 1 && e.heads().get(0).isArgument()) {
            owner = arguments.get(e.heads().get(0).title());
        } else {
            owner = new Titled(untitled(), true);
            arguments.put(owner.title, owner);
            firstSeen.add(owner);
        }
        if (owner.pcs != null) {
            warn(pcs.at(), "a second premise–conclusion structure for " + owner.display()
                    + " is ignored; the first (line " + owner.pcs.at().line() + ") is kept");
        } else {
            owner.pcs = pcs;
            reconstructed.add(owner);
        }
        List<Step> steps = pcs.steps();
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            for (Element premise : step.premises()) pcsStatement(premise, null);
            Inference inference = step.inference();
            if (!inference.annotation().isEmpty()) {
                warn(inference.annotationAt(), "inference annotation '" + inference.annotation() + "' is not used");
            }
            for (DataBlock data : inference.data()) {
                YamlData.mapping(file, data);
                warn(data.opening(), "data on an inference is not used");
            }
            InferenceRef inferenceRef = new InferenceRef(owner, pcs, s);
            for (Relation relation : inference.relations()) {
                Ref child = register(relation.target());
                uses.add(new Use(inferenceRef, child, relation));
                relations(child, relation.target());
            }
            pcsStatement(step.conclusion(), inferenceRef);
        }
    }

    /** Undercuts written under a conclusion aim at the inference that leads to it (Argdown's rule). */
    private void pcsStatement(Element statement, InferenceRef leadingInference) throws MapFileException {
        Ref ref = register(statement);
        for (Relation relation : statement.relations()) {
            boolean undercut = relation.symbol().kind() == RelationSymbol.Kind.UNDERCUT
                    && relation.symbol().direction() == RelationSymbol.Direction.CHILD_ON_PARENT;
            Ref parent = undercut && leadingInference != null ? leadingInference : ref;
            Ref child = register(relation.target());
            uses.add(new Use(parent, child, relation));
            relations(child, relation.target());
        }
    }

    // ---- data ----

    private void classify(Titled t) throws MapFileException {
        if (!t.argument) {
            t.role = Role.STATEMENT;
        } else if (t.pcs == null) {
            t.role = Role.SKETCHED;
        } else {
            t.role = Role.RECONSTRUCTED;
        }
        Set<String> known = t.role == Role.RECONSTRUCTED ? ARGUMENT_KEYS : CLAIM_KEYS;
        t.data = new LinkedHashMap<>();
        for (Element occurrence : t.occurrences) {
            for (DataBlock block : occurrence.data()) {
                for (Entry entry : YamlData.mapping(file, block).values()) {
                    String key = SYNONYMS.getOrDefault(entry.key(), entry.key());
                    if (!known.contains(key)) {
                        warn(entry.keyAt(), "data key '" + entry.key() + "' of " + t.display() + " is not used by Dialectica");
                        continue;
                    }
                    Entry first = t.data.get(key);
                    if (first == null) {
                        t.data.put(key, entry);
                    } else if (!first.value().describe().equals(entry.value().describe())) {
                        warn(entry.keyAt(), "data key '" + entry.key() + "' of " + t.display() + " is given again with '"
                                + entry.value().shown() + "'; the first value '" + first.value().shown()
                                + "' (line " + first.keyAt().line() + ") is kept");
                    }
                }
            }
        }
        if (t.argument) {
            t.description = exactText(t, firstText(t, "described"));
            Entry drawn = t.data.get(DRAWN);
            if (drawn != null && flag(drawn) && t.role == Role.RECONSTRUCTED) {
                List<Step> steps = t.pcs.steps();
                if (steps.size() == 1 && steps.get(0).premises().size() == 1) {
                    t.role = Role.DRAWN;
                } else {
                    warn(drawn.keyAt(), "'drawn: true' on " + t.display()
                            + " is ignored: a drawn support is written as one premise and one conclusion");
                }
            }
        }
    }

    /** The first non-empty text of a title's definitions; a different later one is reported. */
    private String firstText(Titled t, String verb) {
        Element first = null;
        for (Element occurrence : t.occurrences) {
            if (!occurrence.defined() || occurrence.text().isEmpty()) continue;
            if (first == null) {
                first = occurrence;
            } else if (!first.text().equals(occurrence.text())) {
                warn(occurrence.at(), t.display() + " is " + verb + " again with a different text; the first (line "
                        + first.at().line() + ") is kept");
            }
        }
        return first == null ? null : first.text();
    }

    /**
     * The text of the data key {@code text} where the text after the colon is its one-line form (the
     * same words, whitespace aside); else, as when a person edited one but not the other, the text
     * after the colon, with a warning.
     */
    private String exactText(Titled t, String read) throws MapFileException {
        Entry exact = t.data.get(TEXT);
        if (exact == null || exact.value().isNullWord()) return read;
        if (!exact.value().isScalar()) throw error(exact.value().at(), "expected text for '" + TEXT + "', not a list or mapping");
        String value = exact.value().scalar().strip();
        if (Tags.collapse(value).equals(read == null ? "" : Tags.collapse(read))) return value;
        warn(exact.keyAt(), "data key '" + TEXT + "' of " + t.display() + " is not the text after its colon; the text after"
                + " the colon is kept");
        return read;
    }

    private void assignClaimIds() throws MapFileException {
        Map<String, Titled> taken = new LinkedHashMap<>();
        List<Titled> claims = firstSeen.stream().filter(t -> t.role == Role.STATEMENT || t.role == Role.SKETCHED).toList();
        for (Titled t : claims) {
            Entry id = t.data.get("id");
            if (id == null) continue;
            String value = required(id);
            Titled other = taken.get(value);
            if (other != null) {
                throw error(id.value().at(), "duplicate id '" + value + "': " + other.display() + " (line "
                        + other.at().line() + ") has it already (expected an id unique in the file)");
            }
            taken.put(value, t);
            t.id = value;
        }
        for (Titled t : claims) {
            if (t.id == null) t.id = derivedId(t, taken, "claim");
        }
    }

    private void assignArgumentIds() throws MapFileException {
        Map<String, Titled> taken = new LinkedHashMap<>();
        List<Titled> built = reconstructed.stream().filter(t -> t.role == Role.RECONSTRUCTED).toList();
        for (Titled t : built) {
            Entry id = t.data.get("id");
            if (id == null) continue;
            String value = required(id);
            if (taken.containsKey(value)) {
                throw error(id.value().at(), "duplicate argument id '" + value + "': " + taken.get(value).display()
                        + " has it already (expected an id unique in the file)");
            }
            taken.put(value, t);
            t.id = value;
        }
        for (Titled t : built) {
            if (t.id == null) t.id = derivedId(t, taken, "argument");
            for (int s = 1; s < t.pcs.steps().size(); s++) {
                String stepId = t.id + STEP + s;
                if (taken.containsKey(stepId)) {
                    throw error(t.pcs.at(), "argument id '" + stepId + "' of a step of " + t.display()
                            + " is the id of " + taken.get(stepId).display() + " (expected another title or id)");
                }
                taken.put(stepId, t);
            }
        }
    }

    private String derivedId(Titled t, Map<String, Titled> taken, String fallback) {
        String base = Text.slug(t.title);
        if (base == null) base = fallback;
        String id = base;
        for (int n = 2; taken.containsKey(id); n++) id = base + "-" + n;
        if (!id.equals(base)) {
            warn(t.at(), "id '" + base + "' is taken by " + taken.get(base).display() + "; " + t.display() + " gets '" + id + "'");
        }
        taken.put(id, t);
        return id;
    }

    private Claim claim(Titled t) throws MapFileException {
        Map<String, Entry> d = t.data;
        String text = t.argument ? t.description : exactText(t, firstText(t, "defined"));
        if (text == null) {
            warn(t.at(), t.display() + (t.argument ? " has no description" : " is never defined with a text")
                    + "; its title is used as its text");
            text = t.title;
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        if (t.argument) tags.add(ARGUMENT_TAG);
        t.occurrences.forEach(o -> tags.addAll(o.tags()));
        ClaimKind kind = null;
        if (d.containsKey("kind")) {
            Entry entry = d.get("kind");
            String word = text(entry);
            kind = ClaimKind.parse(word);
            if (word != null && kind == null) {
                throw error(entry.value().at(), "invalid kind '" + word + "' (expected thesis, claim or evidence)");
            }
        }
        List<String> actors = new ArrayList<>();
        if (d.containsKey("actors")) {
            for (Value actor : YamlData.items(d.get("actors"))) {
                if (!actor.isScalar()) throw error(actor.at(), "expected an actor's name in 'actors'");
                if (!actor.isNull()) actors.add(actor.scalar().strip());
            }
        }
        String paper = d.containsKey("paper") ? text(d.get("paper")) : defaultPaper;
        String quote = text(d.get("quote"));
        String original = text(d.get("original"));
        String language = text(d.get("lang"));
        if (language == null && (original != null || quote != null)) language = defaultLanguage;
        Source source = new Source(paper, text(d.get("locator")), quote);
        List<String> preferredOver = new ArrayList<>();
        if (d.containsKey("preferred-over")) {
            for (Value over : YamlData.items(d.get("preferred-over"))) {
                if (!over.isScalar()) throw error(over.at(), "expected a claim id in 'preferred-over'");
                if (!over.isNull()) {
                    if (over.scalar().strip().equals(t.id)) throw error(over.at(), t.display() + " cannot be preferred over itself");
                    preferredOver.add(over.scalar().strip());
                }
            }
        }
        return new Claim(t.id, t.title, text, original, language, kind, actors, List.copyOf(tags), source,
                proposition(t), text(d.get("side")), weight(d.get("weight")), preferredOver);
    }

    private Double weight(Entry entry) throws MapFileException {
        if (entry == null || entry.value().isNull()) return null;
        String value = entry.value().isScalar() ? entry.value().scalar().strip() : entry.value().describe();
        try {
            double weight = Double.parseDouble(value);
            if (weight >= 0 && weight <= 1) return weight;
        } catch (NumberFormatException notANumber) {
            // reported below, with the value
        }
        throw error(entry.value().at(), "'weight' must be a number from 0 to 1 (found '" + value + "')");
    }

    private Proposition proposition(Titled t) throws MapFileException {
        List<Entry> given = DESCRIPTOR_KEYS.stream().map(t.data::get).filter(e -> e != null && !e.value().isNull()).toList();
        if (given.isEmpty()) return null;
        List<String> missing = new ArrayList<>();
        for (String key : DESCRIPTOR_KEYS.subList(0, 3)) {
            if (text(t.data.get(key)) == null) missing.add(key);
        }
        if (!missing.isEmpty()) {
            throw error(given.get(0).keyAt(), "incomplete proposition descriptor of " + t.display()
                    + ": expected subject, dimension and direction together (missing " + String.join(", ", missing) + ")");
        }
        Integer from = year(t.data.get("from"));
        Integer to = year(t.data.get("to"));
        if (from != null && to != null && to < from) {
            throw error(t.data.get("to").value().at(), "'to' year " + to + " is before 'from' year " + from
                    + " (expected to ≥ from)");
        }
        return new Proposition(text(t.data.get("subject")), text(t.data.get("dimension")),
                text(t.data.get("direction")), new TimeSpan(from, to));
    }

    private Integer year(Entry entry) throws MapFileException {
        if (entry == null || entry.value().isNull()) return null;
        String value = entry.value().isScalar() ? entry.value().scalar().strip() : entry.value().shown();
        // ten digits at most, so that the check below cannot overflow; any int is a year the model holds
        long year = entry.value().isScalar() && value.matches("-?\\d{1,10}") ? Long.parseLong(value) : Long.MAX_VALUE;
        if (year < Integer.MIN_VALUE || year > Integer.MAX_VALUE) {
            throw error(entry.value().at(), "'" + entry.key() + "' must be a year (expected a whole number, found '" + value + "')");
        }
        return (int) year;
    }

    private String text(Entry entry) throws MapFileException {
        if (entry == null || entry.value().isNull()) return null;
        if (!entry.value().isScalar()) {
            throw error(entry.value().at(), "expected text for '" + entry.key() + "', not a list or mapping");
        }
        String value = entry.value().scalar().strip();
        return value.isEmpty() ? null : value;
    }

    private String required(Entry entry) throws MapFileException {
        String value = text(entry);
        if (value == null) throw error(entry.keyAt(), "expected a value for '" + entry.key() + "'");
        return value;
    }

    private boolean flag(Entry entry) throws MapFileException {
        String value = required(entry).toLowerCase(java.util.Locale.ROOT);
        if (Set.of("true", "yes", "on").contains(value)) return true;
        if (Set.of("false", "no", "off").contains(value)) return false;
        throw error(entry.value().at(), "'" + entry.key() + "' must be true or false, found '" + value + "'");
    }

    // ---- arguments ----

    private void addArgument(Titled t) throws MapFileException {
        List<Step> steps = t.pcs.steps();
        t.conclusion = claimOf(steps.get(steps.size() - 1).conclusion());
        if (t.role == Role.DRAWN) {
            String premise = claimOf(steps.get(0).premises().get(0));
            String conclusion = t.conclusion;
            if (premise.equals(conclusion)) {
                warn(t.pcs.at(), "drawn support " + t.display() + " leads from a claim to itself and is ignored");
                return;
            }
            t.drawn = model(t.pcs.at(), () -> map.addSupport(new Support(premise, conclusion)));
            return;
        }
        for (Element occurrence : t.occurrences) {
            if (!occurrence.tags().isEmpty()) {
                warn(occurrence.at(), "tags " + occurrence.tags() + " on argument " + t.display()
                        + " are not kept (only claims carry tags)");
            }
        }
        List<Argument> built = new ArrayList<>();
        String previousConclusion = null;
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            LinkedHashSet<String> premises = new LinkedHashSet<>();
            if (previousConclusion != null) premises.add(previousConclusion);
            for (Element premise : step.premises()) premises.add(claimOf(premise));
            String conclusion = claimOf(step.conclusion());
            boolean last = s == steps.size() - 1;
            String id = last ? t.id : t.id + STEP + (s + 1);
            String title = last ? t.title : t.title + " (step " + (s + 1) + ")";
            Argument argument = new Argument(id, title, last ? t.description : null, List.copyOf(premises), conclusion);
            for (String premise : premises) {
                map.support(Support.id(premise, conclusion)).filter(existing -> existing.argumentId() != null)
                        .ifPresent(existing -> warn(step.inference().at(), "the support of '" + premise + "' for '"
                                + conclusion + "' belongs to argument '" + existing.argumentId() + "' already; "
                                + t.display() + " shares it"));
            }
            built.add(model(step.inference().at(), () -> map.addArgument(argument)));
            previousConclusion = conclusion;
        }
        t.steps = List.copyOf(built);
    }

    private String claimOf(Element element) {
        return owners.get(element).id;
    }

    // ---- relations ----

    private void relation(Use use) throws MapFileException {
        Relation relation = use.relation();
        RelationSymbol symbol = relation.symbol();
        boolean childActs = symbol.direction() == RelationSymbol.Direction.CHILD_ON_PARENT;
        Ref source = childActs ? use.child() : use.parent();
        Ref target = childActs ? use.parent() : use.child();
        Position at = relation.at();
        switch (symbol.kind()) {
            case SUPPORT -> {
                String from = claimOf(source);
                String to = claimOf(target);
                if (from.equals(to)) {
                    warn(at, display(source) + " and " + display(target) + " are the same claim '" + from
                            + "'; a support of a claim for itself is ignored");
                } else {
                    model(at, () -> map.addSupport(new Support(from, to)));
                }
            }
            case ATTACK -> {
                // a statement contrary to itself is no opposition the model can hold, but it is a self-attack
                if (strict && isStatement(source) && target instanceof ClaimRef && !claimOf(source).equals(claimOf(target))) {
                    oppose(claimOf(source), claimOf(target), Opposition.Type.CONTRARY, at);
                } else {
                    attack(source, target, false, at);
                }
            }
            case UNDERCUT -> attack(source, target, true, at);
            case CONTRADICTION -> oppose(claimOf(use.parent()), claimOf(use.child()), Opposition.Type.CONTRADICTORY, at);
        }
    }

    /** What Argdown takes for a statement: a statement, or a reconstructed argument by its conclusion. */
    private static boolean isStatement(Ref ref) {
        return ref instanceof ClaimRef || (ref instanceof ArgumentRef a && a.argument().role != Role.SKETCHED);
    }

    /** A declared opposition; symmetric, so written either way round it is one. */
    private void oppose(String a, String b, Opposition.Type type, Position at) throws MapFileException {
        if (a.equals(b)) {
            warn(at, "'" + a + "' cannot be opposed to itself; relation ignored");
        } else if (!map.oppositions().contains(new Opposition(b, a, type))) {
            model(at, () -> {
                map.addOpposition(new Opposition(a, b, type));
                return null;
            });
        }
    }

    /** The {@code contrary} data key: claims this one is contrary to, by id. */
    private void contraries(Titled t) throws MapFileException {
        Entry entry = t.data.get(CONTRARY);
        if (entry == null) return;
        for (Value other : YamlData.items(entry)) {
            if (!other.isScalar() || other.isNull()) throw error(other.at(), "expected a claim's id in '" + CONTRARY + "'");
            String id = other.scalar().strip();
            if (!map.hasClaim(id)) {
                throw error(other.at(), "'" + CONTRARY + "' names claim '" + id + "', which the file does not define");
            }
            oppose(t.id, id, Opposition.Type.CONTRARY, other.at());
        }
    }

    /** An attack on a reconstructed argument or an inference attacks each support of that inference. */
    private void attack(Ref source, Ref target, boolean undercut, Position at) throws MapFileException {
        String from = claimOf(source);
        List<Support> inference = inferenceSupports(target, at);
        if (inference != null) {
            if (inference.isEmpty()) warn(at, "the undercut inference has no support to attack; relation ignored");
            for (Support support : inference) model(at, () -> map.addAttack(Attack.onSupport(from, support)));
            return;
        }
        if (target instanceof InferenceRef) return;
        String to = claimOf(target);
        if (undercut && target instanceof ClaimRef claim) {
            warn(at, "undercut of statement " + claim.statement().display() + " is read as an attack on it");
        }
        if (undercut && target instanceof ArgumentRef sketched) {
            warn(at, "undercut of sketched argument " + sketched.argument().display() + " is read as an attack on it"
                    + " (it has no premise–conclusion structure whose inference could be undercut)");
        }
        // a claim may attack itself, as an argument of a framework may: it can then never stand
        model(at, () -> map.addAttack(Attack.onClaim(from, to)));
    }

    /** The supports of the inference a relation aims at, or null when it aims at a claim. */
    private List<Support> inferenceSupports(Ref ref, Position at) {
        Titled argument;
        int step;
        if (ref instanceof InferenceRef inference) {
            argument = inference.argument();
            if (argument.pcs != inference.pcs()) {
                warn(at, "relation to an inference of the ignored reconstruction of " + argument.display() + " is ignored");
                return null;
            }
            step = inference.step();
        } else if (ref instanceof ArgumentRef a && a.argument().role != Role.SKETCHED) {
            argument = a.argument();
            step = argument.pcs.steps().size() - 1;
        } else {
            return null;
        }
        if (argument.role == Role.DRAWN) return argument.drawn == null ? List.of() : List.of(argument.drawn);
        Argument inference = argument.steps.get(step);
        List<Support> supports = new ArrayList<>();
        for (String premise : inference.premises()) {
            map.support(Support.id(premise, inference.conclusion())).ifPresent(supports::add);
        }
        return supports;
    }

    private static String display(Ref ref) {
        return switch (ref) {
            case ClaimRef c -> c.statement().display();
            case ArgumentRef a -> a.argument().display() + (a.argument().role == Role.SKETCHED ? "" : " (by its conclusion)");
            case InferenceRef i -> "the inference of " + i.argument().display();
        };
    }

    private String claimOf(Ref ref) {
        return switch (ref) {
            case ClaimRef c -> c.statement().id;
            case ArgumentRef a -> a.argument().role == Role.SKETCHED ? a.argument().id : a.argument().conclusion;
            case InferenceRef i -> i.argument().conclusion;
        };
    }

    // ---- helpers ----

    private interface ModelCall<T> {
        T call();
    }

    /** The model refuses what would leave a map half-connected; that is a located error here. */
    private <T> T model(Position at, ModelCall<T> call) throws MapFileException {
        try {
            return call.call();
        } catch (IllegalArgumentException e) {
            throw error(at, e.getMessage());
        }
    }

    private void warn(Position at, String message) {
        warnings.add(new MapWarning(file, at.line(), at.column(), message));
    }

    private MapFileException error(Position at, String message) {
        return new MapFileException(file, at.line(), at.column(), message);
    }
}
