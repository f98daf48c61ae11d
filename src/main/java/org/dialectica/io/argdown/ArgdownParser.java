package org.dialectica.io.argdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialectica.io.MapFileException;
import org.dialectica.io.argdown.Syntax.Block;
import org.dialectica.io.argdown.Syntax.Document;
import org.dialectica.io.argdown.Syntax.Element;
import org.dialectica.io.argdown.Syntax.ElementKind;
import org.dialectica.io.argdown.Syntax.Elements;
import org.dialectica.io.argdown.Syntax.Heading;
import org.dialectica.io.argdown.Syntax.Include;
import org.dialectica.io.argdown.Syntax.Inference;
import org.dialectica.io.argdown.Syntax.Reconstruction;
import org.dialectica.io.argdown.Syntax.Relation;
import org.dialectica.io.argdown.Syntax.Step;

/**
 * Second step of reading: groups {@link SourceLine}s into Argdown blocks (separated by empty lines)
 * and each block into its elements, relation trees and premise–conclusion structures.
 */
final class ArgdownParser {
    private static final Pattern HEADING = Pattern.compile("(#+)\\s+(.*)", Pattern.DOTALL);
    private static final Pattern STATEMENT_NUMBER = Pattern.compile("\\((\\d+)\\)");
    private static final Pattern LIST_MARKER = Pattern.compile("(\\*|\\d+\\.)(?=\\s)");
    private static final String SYMBOL_CHARS = "+-<>_";
    // [title] or <title> where Argdown allows only text, links [text](url) and mentions @[title]; an
    // argument title starts with a letter or digit, unlike shortcodes such as .<->. (no bracket
    // inside either, so that a line of unclosed brackets is searched in one pass)
    private static final Pattern REFERENCE_IN_TEXT =
            Pattern.compile("(?<!@)(?:\\[[^\\[\\]\\n]++\\](?!\\()|<[\\p{L}\\p{N}][^<>\\n]*+>)");
    /** Argdown's command-line directive {@code @include(file, …)}, alone on its line. */
    private static final Pattern INCLUDE = Pattern.compile("\\s*@include\\(([^)]*)\\)\\s*");

    private final String file;

    private ArgdownParser(String file) {
        this.file = file;
    }

    static Document parse(String file, ArgdownLexer.Lexed lexed) throws MapFileException {
        ArgdownParser parser = new ArgdownParser(file);
        List<Block> blocks = new ArrayList<>();
        List<SourceLine> block = new ArrayList<>();
        List<Include> includes = new ArrayList<>();
        for (SourceLine line : lexed.lines()) {
            Matcher include = INCLUDE.matcher(line.content().text());
            if (line.data().isEmpty() && include.matches()) {
                // the Argdown command line pastes the named files here; Dialectica reads each file on its own
                includes.add(new Include(line.content().start(), include.group(1).strip()));
            } else if (line.blank()) {
                if (!block.isEmpty()) blocks.add(parser.block(block));
                block = new ArrayList<>();
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) blocks.add(parser.block(block));
        return new Document(lexed.frontMatter(), List.copyOf(blocks), List.copyOf(includes));
    }

    // ---- lines ----

    enum LineKind { TEXT, LIST_ITEM, RELATION, PCS_STATEMENT, INFERENCE, DATA_ONLY }

    /** A line with what starts it: the kind, where its marker stands, and the text after the marker. */
    record Classified(LineKind kind, Position at, int indent, Span rest, RelationSymbol symbol, String marker) {}

    private Classified classify(SourceLine line) throws MapFileException {
        Span content = line.content();
        int k = content.firstNonBlank();
        Position at = content.at(k);
        int indent = at.column() - 1;
        if (k == content.length()) return new Classified(LineKind.DATA_ONLY, at, indent, content.sub(k), null, "");
        String text = content.text().substring(k);
        Matcher number = STATEMENT_NUMBER.matcher(text);
        if (number.lookingAt()) {
            return new Classified(LineKind.PCS_STATEMENT, at, indent, content.sub(k + number.end()), null, number.group(1));
        }
        int run = 0;
        while (run < text.length() && SYMBOL_CHARS.indexOf(text.charAt(run)) >= 0) run++;
        if (run > 0) {
            String symbol = text.substring(0, run);
            boolean spaceAfter = run == text.length() || Character.isWhitespace(text.charAt(run));
            if (run >= 2 && symbol.chars().allMatch(c -> c == '-')) {
                return new Classified(LineKind.INFERENCE, at, indent, content.sub(k), null, symbol);
            }
            boolean markup = symbol.chars().allMatch(c -> c == '_') && !spaceAfter; // _italic_, __bold__
            boolean title = (symbol.equals("<") || symbol.equals(">")) && !spaceAfter; // <Argument>
            if (!markup && !title) {
                RelationSymbol relation = RelationSymbol.of(symbol).orElseThrow(() -> error(at,
                        "relation symbol '" + symbol + "' is not understood (expected one of " + RelationSymbol.ALL + ")"));
                return new Classified(LineKind.RELATION, at, indent, content.sub(k + run), relation, symbol);
            }
        }
        Matcher list = LIST_MARKER.matcher(text);
        if (list.lookingAt()) {
            return new Classified(LineKind.LIST_ITEM, at, indent, content.sub(k + list.end()), null, list.group(1));
        }
        return new Classified(LineKind.TEXT, at, indent, content.sub(k), null, "");
    }

    // ---- blocks ----

    private Block block(List<SourceLine> lines) throws MapFileException {
        Classified first = classify(lines.get(0));
        if (first.kind() == LineKind.TEXT && HEADING.matcher(first.rest().text()).matches()) {
            return heading(lines, first);
        }
        return switch (first.kind()) {
            case PCS_STATEMENT -> reconstruction(lines);
            case RELATION -> throw error(first.at(), "relation '" + first.marker()
                    + "' has nothing to attach to (expected a statement or argument on the line above it; an empty line ends a block)");
            case INFERENCE -> throw error(first.at(),
                    "inference line without premises above it (expected premises '(1) …' before the inference line)");
            case DATA_ONLY -> throw error(lines.get(0).data().get(0).opening(),
                    "data with nothing to describe (expected a statement or argument before the '{')");
            default -> elements(lines);
        };
    }

    private Heading heading(List<SourceLine> lines, Classified first) throws MapFileException {
        Matcher m = HEADING.matcher(first.rest().text());
        m.matches();
        StringBuilder text = new StringBuilder(m.group(2));
        List<DataBlock> data = new ArrayList<>(lines.get(0).data());
        for (SourceLine line : lines.subList(1, lines.size())) {
            Classified c = classify(line);
            if (c.kind() != LineKind.TEXT && c.kind() != LineKind.DATA_ONLY) {
                throw error(c.at(), "expected an empty line after the heading");
            }
            text.append(' ').append(line.content().text());
            data.addAll(line.data());
        }
        return new Heading(first.at(), Tags.collapse(Span.plain(text.toString())), List.copyOf(data));
    }

    private Elements elements(List<SourceLine> lines) throws MapFileException {
        List<Draft> heads = new ArrayList<>();
        boolean listed = false;
        Tree tree = null;
        for (SourceLine line : lines) {
            Classified c = classify(line);
            switch (c.kind()) {
                case TEXT -> {
                    if (tree == null) {
                        Draft head = head(c.rest());
                        heads.add(head);
                        tree = new Tree(head);
                    } else {
                        tree.last().addText(c.rest());
                    }
                }
                case LIST_ITEM -> {
                    Draft head = head(c.rest());
                    if (head == null) throw error(c.at(), "expected a statement after the list marker '" + c.marker() + "'");
                    heads.add(head);
                    tree = new Tree(head);
                    listed = true;
                }
                case RELATION -> {
                    if (tree == null) throw error(c.at(), "relation '" + c.marker() + "' has nothing to attach to");
                    tree.add(c, relationTarget(c));
                }
                case DATA_ONLY -> {
                    if (tree == null) throw error(line.data().get(0).opening(), "data with nothing to describe");
                }
                case PCS_STATEMENT -> throw error(c.at(),
                        "expected an empty line before the premise–conclusion structure starting with (" + c.marker() + ")");
                case INFERENCE -> throw error(c.at(),
                        "inference line outside a premise–conclusion structure (expected premises '(1) …' above it)");
            }
            tree.last().addData(line);
        }
        List<Element> elements = new ArrayList<>();
        for (Draft head : heads) elements.add(head.freeze());
        return new Elements(List.copyOf(elements), listed);
    }

    private Reconstruction reconstruction(List<SourceLine> lines) throws MapFileException {
        List<Step> steps = new ArrayList<>();
        Position start = classify(lines.get(0)).at();
        List<Draft> stepPremises = new ArrayList<>();
        List<InferenceDraft> inferences = new ArrayList<>();
        List<Draft> conclusions = new ArrayList<>();
        InferenceDraft pending = null;
        Tree tree = null;
        InferenceDraft inferenceTree = null;
        Position lastNumber = start;
        List<List<Draft>> premisesPerStep = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            Classified c = classify(line);
            switch (c.kind()) {
                case PCS_STATEMENT -> {
                    Draft statement = head(c.rest());
                    if (statement == null) throw error(c.at(), "expected a statement after (" + c.marker() + ")");
                    lastNumber = c.at();
                    if (statement.kind == ElementKind.ARGUMENT) {
                        throw error(statement.at, "expected a statement after (" + c.marker() + "), not an argument");
                    }
                    if (pending != null) {
                        premisesPerStep.add(stepPremises);
                        inferences.add(pending);
                        conclusions.add(statement);
                        stepPremises = new ArrayList<>();
                        pending = null;
                    } else {
                        stepPremises.add(statement);
                    }
                    tree = new Tree(statement);
                    inferenceTree = null;
                    statement.addData(line);
                }
                case INFERENCE -> {
                    if (pending != null) {
                        throw error(c.at(), "expected a conclusion '(n) …' between two inference lines");
                    }
                    InferenceDraft inference = new InferenceDraft(c.at());
                    i = inference(lines, i, inference);
                    pending = inference;
                    inferenceTree = inference;
                    tree = null;
                }
                case RELATION -> {
                    if (inferenceTree != null) {
                        if (c.symbol().kind() == RelationSymbol.Kind.SUPPORT
                                || c.symbol().direction() != RelationSymbol.Direction.CHILD_ON_PARENT) {
                            throw error(c.at(), "relation '" + c.marker()
                                    + "' cannot start at an inference line (expected an undercut '<_ …')");
                        }
                        inferenceTree.relations.add(new RelationDraft(c.at(), c.symbol(), relationTarget(c)));
                    } else {
                        tree.add(c, relationTarget(c));
                        tree.last().addData(line);
                    }
                }
                case TEXT, LIST_ITEM -> {
                    if (inferenceTree != null) {
                        throw error(c.at(), "expected a conclusion '(n) …' after the inference line");
                    }
                    Span text = c.kind() == LineKind.TEXT ? c.rest() : line.content().sub(line.content().firstNonBlank());
                    tree.last().addText(text);
                    tree.last().addData(line);
                }
                case DATA_ONLY -> {
                    if (inferenceTree != null) inferenceTree.data.addAll(line.data());
                    else tree.last().addData(line);
                }
            }
        }
        if (pending != null) throw error(pending.at, "expected a conclusion '(n) …' after the inference line");
        if (!stepPremises.isEmpty()) {
            throw error(lastNumber, "expected an inference line ('----') and a conclusion after the last premise");
        }
        for (int s = 0; s < conclusions.size(); s++) {
            List<Element> frozen = new ArrayList<>();
            for (Draft premise : premisesPerStep.get(s)) frozen.add(premise.freeze());
            steps.add(new Step(List.copyOf(frozen), inferences.get(s).freeze(), conclusions.get(s).freeze()));
        }
        return new Reconstruction(start, List.copyOf(steps));
    }

    /**
     * Reads the inference line at {@code index} into {@code inference} and returns the index of its
     * last line. {@code ----} is a bare inference; {@code --} opens one whose rule names and data
     * run up to the next dash line. A long dash line followed by text and another dash line is read
     * the second way too, as ArgVu's demo writes it.
     */
    private int inference(List<SourceLine> lines, int index, InferenceDraft inference) throws MapFileException {
        SourceLine line = lines.get(index);
        Span content = line.content();
        int k = content.firstNonBlank();
        int dashes = 0;
        while (k + dashes < content.length() && content.charAt(k + dashes) == '-') dashes++;
        Span rest = content.sub(k + dashes);
        inference.data.addAll(line.data());
        if (rest.isBlank()) {
            boolean opens = dashes == 2 || (index + 1 < lines.size()
                    && classify(lines.get(index + 1)).kind() == LineKind.TEXT && closingDashLine(lines, index + 1) >= 0);
            if (!opens) return index;
        } else {
            String trimmed = rest.text().stripTrailing();
            int trailing = 0;
            while (trailing < trimmed.length() && trimmed.charAt(trimmed.length() - 1 - trailing) == '-') trailing++;
            if (trailing >= 2) {
                inference.annotate(rest.sub(0, trimmed.length() - trailing));
                return index;
            }
            inference.annotate(rest);
        }
        for (int j = index + 1; j < lines.size(); j++) {
            SourceLine next = lines.get(j);
            String trimmed = next.content().text().strip();
            inference.data.addAll(next.data());
            if (trimmed.matches("-{2,}")) return j;
            int trailing = 0;
            while (trailing < trimmed.length() && trimmed.charAt(trimmed.length() - 1 - trailing) == '-') trailing++;
            if (trailing >= 2) {
                Span text = next.content();
                int end = text.text().stripTrailing().length() - trailing;
                inference.annotate(text.sub(0, end));
                return j;
            }
            inference.annotate(next.content());
        }
        throw error(inference.at, "unterminated inference: expected a closing '--' line before the end of the block");
    }

    private int closingDashLine(List<SourceLine> lines, int from) throws MapFileException {
        for (int j = from; j < lines.size(); j++) {
            Classified c = classify(lines.get(j));
            if (c.kind() == LineKind.INFERENCE && c.rest().text().strip().matches("-{2,}")) return j;
            if (c.kind() != LineKind.TEXT && c.kind() != LineKind.DATA_ONLY) return -1;
        }
        return -1;
    }

    // ---- elements ----

    private Draft relationTarget(Classified c) throws MapFileException {
        Draft target = head(c.rest());
        if (target == null) {
            throw error(c.at(), "relation '" + c.marker()
                    + "' has no target (expected a [statement], an <argument> or text after '" + c.marker() + "')");
        }
        return target;
    }

    /**
     * Reads what opens an element: {@code [T]: text}, {@code [T]}, {@code <T>: text}, {@code <T>}
     * or untitled text. Null for nothing at all.
     */
    private Draft head(Span span) throws MapFileException {
        Span s = span.stripLeading();
        if (s.length() == 0) return null;
        char open = s.charAt(0);
        char close = open == '[' ? ']' : open == '<' ? '>' : 0;
        if (close != 0) {
            int end = s.text().indexOf(close, 1);
            boolean link = close == ']' && end + 1 < s.length() && s.charAt(end + 1) == '(';
            if (end > 1 && !link) {
                // whitespace is joined before escapes are resolved: an escaped space or tab stays as written
                String title = Span.plain(Tags.collapse(s.text().substring(1, end)));
                ElementKind kind = open == '[' ? ElementKind.STATEMENT : ElementKind.ARGUMENT;
                Span rest = s.sub(end + 1);
                if (!title.isEmpty()) {
                    Draft draft = new Draft(kind, s.at(0), title);
                    if (rest.length() > 0 && rest.charAt(0) == ':') {
                        draft.defined = true;
                        draft.addText(rest.sub(1));
                    } else {
                        Tags.Tagged tagged = Tags.split(rest.text());
                        if (!tagged.text().isEmpty()) {
                            throw error(rest.start(), "expected ':' after " + draft.display()
                                    + " to define it, or only #tags after a reference");
                        }
                        draft.tags.addAll(tagged.tags());
                    }
                    return draft;
                }
            }
        }
        Draft draft = new Draft(ElementKind.STATEMENT, s.at(0), null);
        draft.defined = true;
        draft.addText(s);
        return draft;
    }

    /**
     * Relation trees deeper than this are refused: no map needs them, and reading one would take
     * stack in proportion to its depth (a file can nest thousands of levels).
     */
    static final int MAX_NESTING = 1_000;

    /**
     * The relation tree under one head, nested as Argdown's lexer nests it: a line indented deeper
     * than the open level opens a level under the line above; a line indented less closes levels
     * while it is indented less than them. A line dedented to a depth that no line above has thus
     * joins the enclosing open level (e.g. levels 2, 6 and a line at 4: it hangs beside the lines at
     * 2), and the next line at 4 opens a level under it.
     */
    private final class Tree {
        private final Draft head;
        /** The open levels, innermost first: their indentation and whose relations they hold. */
        private final Deque<Open> open = new ArrayDeque<>();
        private Draft last;

        Tree(Draft head) {
            this.head = head;
            this.last = head;
            open.push(new Open(0, head));
        }

        Draft last() { return last; }

        void add(Classified line, Draft target) throws MapFileException {
            int indent = line.indent();
            if (indent > open.peek().indent()) {
                if (open.size() > MAX_NESTING) {
                    throw error(line.at(), "relations nested more than " + MAX_NESTING + " levels deep (expected at most "
                            + MAX_NESTING + "; an empty line starts a new tree)");
                }
                open.push(new Open(indent, last));
            } else {
                while (open.size() > 1 && indent < open.peek().indent()) open.pop();
            }
            open.peek().draft().relations.add(new RelationDraft(line.at(), line.symbol(), target));
            last = target;
        }
    }

    private final class Draft {
        final ElementKind kind;
        final Position at;
        final String title;
        boolean defined;
        final List<Span> text = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final List<DataBlock> data = new ArrayList<>();
        final List<RelationDraft> relations = new ArrayList<>();

        Draft(ElementKind kind, Position at, String title) {
            this.kind = kind;
            this.at = at;
            this.title = title;
        }

        String display() {
            return kind == ElementKind.ARGUMENT ? "<" + title + ">" : "[" + title + "]";
        }

        void addText(Span span) throws MapFileException {
            if (span.isBlank()) return;
            if (!defined) {
                throw error(span.start(), "expected a relation or an empty line after the reference " + display());
            }
            if (!data.isEmpty()) {
                throw error(span.start(), "expected a relation or an empty line after the data of "
                        + (title == null ? "this statement" : display()));
            }
            Matcher reference = REFERENCE_IN_TEXT.matcher(span.text());
            if (reference.find()) {
                String found = Span.plain(reference.group());
                throw error(span.at(reference.start()), "expected text, not the reference " + found + " (Argdown has no references"
                        + " inside a text: mention it as @" + found + ", or escape the brackets as \\" + found.charAt(0) + ")");
            }
            text.add(span);
        }

        /** Takes the data written on a line of this element; nothing may follow data on its line. */
        void addData(SourceLine line) throws MapFileException {
            if (line.data().isEmpty()) return;
            Span after = line.content().sub(Math.min(line.data().get(0).offset(), line.content().length()));
            if (!after.isBlank()) {
                throw error(after.start(), "expected the end of the line after the data block");
            }
            data.addAll(line.data());
        }

        Element freeze() {
            StringBuilder raw = new StringBuilder();
            for (Span span : text) raw.append(span.text()).append(' ');
            Tags.Tagged tagged = Tags.split(raw.toString());
            List<String> allTags = new ArrayList<>(tags);
            tagged.tags().stream().filter(t -> !allTags.contains(t)).forEach(allTags::add);
            List<Relation> frozen = new ArrayList<>();
            for (RelationDraft r : relations) frozen.add(new Relation(r.at, r.symbol, r.target.freeze()));
            return new Element(kind, at, title, defined, tagged.text(), List.copyOf(allTags), List.copyOf(data),
                    List.copyOf(frozen));
        }
    }

    private record Open(int indent, Draft draft) {}

    private record RelationDraft(Position at, RelationSymbol symbol, Draft target) {}

    private final class InferenceDraft {
        final Position at;
        final List<Span> annotation = new ArrayList<>();
        final List<DataBlock> data = new ArrayList<>();
        final List<RelationDraft> relations = new ArrayList<>();

        InferenceDraft(Position at) {
            this.at = at;
        }

        void annotate(Span span) {
            if (!span.isBlank()) annotation.add(span);
        }

        Inference freeze() {
            StringBuilder text = new StringBuilder();
            for (Span span : annotation) text.append(span.text()).append(' ');
            Position annotationAt = annotation.isEmpty() ? at : annotation.get(0).start();
            List<Relation> frozen = new ArrayList<>();
            for (RelationDraft r : relations) frozen.add(new Relation(r.at, r.symbol, r.target.freeze()));
            return new Inference(at, Tags.collapse(Span.plain(text.toString())), annotationAt, List.copyOf(data),
                    List.copyOf(frozen));
        }
    }

    private MapFileException error(Position at, String message) {
        return new MapFileException(file, at.line(), at.column(), message);
    }
}
