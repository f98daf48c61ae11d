package org.dialectica.io.argdown;

import java.util.List;

/**
 * What the parser makes of a file: Argdown's elements in order, still named by title. Deciding which
 * titles are the same claim, and what a relation to an argument means, is left to {@link MapBuilder}.
 */
final class Syntax {
    private Syntax() {}

    record Document(DataBlock frontMatter, List<Block> blocks, List<Include> includes) {}

    /** An {@code @include(…)} directive of Argdown's command line: what it names is not read. */
    record Include(Position at, String files) {}

    sealed interface Block permits Heading, Elements, Reconstruction {}

    /** A {@code #} heading; Dialectica maps have no sections, so it is only reported. */
    record Heading(Position at, String text, List<DataBlock> data) implements Block {}

    /** A paragraph (one statement or argument with its relation tree) or a list of them. */
    record Elements(List<Element> heads, boolean listed) implements Block {}

    /** A premise–conclusion structure: one or more inference steps, each ending in a conclusion. */
    record Reconstruction(Position at, List<Step> steps) implements Block {}

    /**
     * @param premises the statements written since the previous inference line; the previous
     *     step's conclusion is a premise too
     */
    record Step(List<Element> premises, Inference inference, Element conclusion) {}

    /** An inference line; its rule names and data are Argdown annotations Dialectica does not keep. */
    record Inference(Position at, String annotation, Position annotationAt, List<DataBlock> data,
            List<Relation> relations) {}

    enum ElementKind { STATEMENT, ARGUMENT }

    /**
     * One occurrence of a statement ({@code [Title]: text}) or argument ({@code <Title>: text}).
     *
     * @param title null for an untitled statement
     * @param defined true for a definition ({@code [T]: …}) or untitled text, false for a reference
     */
    record Element(ElementKind kind, Position at, String title, boolean defined, String text,
            List<String> tags, List<DataBlock> data, List<Relation> relations) {

        boolean isArgument() {
            return kind == ElementKind.ARGUMENT;
        }

        String display() {
            if (title == null) return "'" + text + "'";
            return isArgument() ? "<" + title + ">" : "[" + title + "]";
        }
    }

    record Relation(Position at, RelationSymbol symbol, Element target) {}
}
