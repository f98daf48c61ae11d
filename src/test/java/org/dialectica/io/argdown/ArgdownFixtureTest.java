package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dialectica.io.argdown.ArgdownTesting.claim;
import static org.dialectica.io.argdown.ArgdownTesting.drawn;
import static org.dialectica.io.argdown.ArgdownTesting.lines;
import static org.dialectica.io.argdown.ArgdownTesting.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dialectica.Fixtures;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Argdown files written by the Argdown project itself ({@code ../shared/fixtures/argdown}), read in
 * place. A clone without {@code ../shared} skips these tests with a message.
 */
class ArgdownFixtureTest {

    record Located(int line, int column, String problem) {}

    /**
     * Lexer fixtures of argdown-core that are not well-formed documents by design: Argdown's own
     * parser rejects them too (relations without a statement above or without target, a reference
     * followed by a definition without empty line, a commented-out syntax, inference data that is no YAML).
     */
    static final Map<String, Located> MALFORMED = Map.of(
            "lexer-relations.argdown", new Located(1, 1, "relation '+' has nothing to attach to"),
            "lexer-relation-after-emptyline.argdown", new Located(3, 5, "relation '+' has nothing to attach to"),
            "lexer-definitions-references.argdown",
            new Located(2, 1, "expected a relation or an empty line after the reference [Statement-Title]"),
            "lexer-statements-by-number.argdown", new Located(1, 4, "expected ':' after <A>"),
            "lexer-argument.argdown", new Located(3, 57, "data is not valid YAML"));

    private static Path fixture(String relative) {
        return Fixtures.folder("argdown").resolve(relative);
    }

    private static ReadResult read(String relative) throws IOException, MapFileException {
        return new ArgdownReader().read(fixture(relative));
    }

    @TestFactory
    Stream<DynamicTest> every_argdown_fixture_loads_or_fails_with_a_located_error() throws IOException {
        Path folder = Fixtures.folder("argdown");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> p.toString().endsWith(".argdown")).sorted().forEach(files::add);
        }
        assertThat(files).extracting(p -> folder.relativize(p).getName(0).toString())
                .contains("core-test", "examples", "docs-syntax-snippets");
        return files.stream().map(file -> DynamicTest.dynamicTest(folder.relativize(file).toString(), () -> {
            String name = file.getFileName().toString();
            Located expected = MALFORMED.get(name);
            if (expected == null) {
                ReadResult result = new ArgdownReader().read(file);
                assertThat(result.map().id()).isEqualTo(name.substring(0, name.length() - ".argdown".length()));
                assertThat(result.warnings()).allSatisfy(w -> {
                    assertThat(w.file()).isEqualTo(name);
                    assertThat(w.line()).isPositive();
                    assertThat(w.column()).isPositive();
                });
            } else {
                MapFileException e = catchThrowableOfType(MapFileException.class, () -> new ArgdownReader().read(file));
                assertThat(e).as(name + " should fail").isNotNull();
                assertThat(e).extracting(MapFileException::file, MapFileException::line, MapFileException::column)
                        .containsExactly(name, expected.line(), expected.column());
                assertThat(e.problem()).contains(expected.problem());
            }
        }));
    }

    @Test
    void the_argdown_primer_gives_its_statements_arguments_and_relations() throws Exception {
        // when
        ReadResult result = read("examples/argdown-primer.argdown");
        ArgumentMap map = result.map();
        // then the statements
        assertThat(claim(map, "intro").text())
                .isEqualTo("Argdown is a simple syntax for defining argumentative structures, inspired by Markdown.");
        assertThat(claim(map, "untitled-1").text()).startsWith("Writing a list of **pros & cons** in Argdown");
        assertThat(claim(map, "statement-1")).extracting(Claim::tags).isEqualTo(List.of("Another tag"));
        assertThat(claim(map, "statement-2").text()).isEqualTo("Let's do that now: The previous statement was @[Statement 1].");
        assertThat(claim(map, "yet-another-argument")).extracting(Claim::text, Claim::tags)
                .containsExactly("Arguments can also be supported or attacked.", List.of("argument", "yet-another-tag"));
        // the reconstructed argument
        assertThat(map.arguments()).singleElement().satisfies(argument -> {
            assertThat(argument.id()).isEqualTo("argument-1");
            assertThat(argument.premises()).hasSize(2).containsExactly("untitled-11", "statement-2");
            assertThat(claim(map, "untitled-11").text()).startsWith("First premise (this is is a normal statement");
            assertThat(claim(map, argument.conclusion()).text()).isEqualTo("And now the conclusion");
        });
        // the relations the file states
        assertThat(map.supports()).contains(drawn("untitled-1", "intro"), drawn("untitled-2", "intro"),
                drawn("untitled-3", "intro"), drawn("argument-title", "statement-2"), drawn("untitled-12", "yet-another-argument"));
        assertThat(map.attacks()).contains(
                Attack.onClaim("another-argument", "statement-2"),
                Attack.onClaim("yet-another-argument", "another-argument"),
                Attack.onClaim("untitled-12", "statement-1"),
                new Attack("intro", Support.id("untitled-11", "untitled-12"), true),
                new Attack("intro", Support.id("statement-2", "untitled-12"), true));
        // and what it holds that Dialectica does not use
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::column).contains(
                tuple(1, 1), tuple(22, 1), tuple(55, 1), tuple(66, 5), tuple(73, 1), tuple(73, 46));
        assertThat(result.warnings()).filteredOn(w -> w.message().startsWith("heading ")).extracting(MapWarning::message)
                .containsExactly("heading ':heart: Welcome to Argdown! :heart:' is not used (Dialectica maps have no sections)",
                        "heading 'Argdown Basics' is not used (Dialectica maps have no sections)",
                        "heading 'Argument reconstructions' is not used (Dialectica maps have no sections)");
    }

    @Test
    void the_soft_drugs_debate_gives_its_pros_and_cons() throws Exception {
        // when
        ReadResult result = read("examples/legalisation-softdrugs.argdown");
        ArgumentMap map = result.map();
        // then
        assertThat(map.title()).isEqualTo("Pros and Cons Legalisation of Soft Drugs");
        assertThat(claim(map, "legalisation-of-soft-drugs").text()).isEqualTo("Soft drugs should be legal.");
        assertThat(map.claims()).hasSize(18);
        assertThat(map.arguments()).isEmpty();
        assertThat(claim(map, "no-harm-no-ban")).satisfies(c -> {
            assertThat(c.tags()).containsExactly("argument", "pro");
            assertThat(c.text()).startsWith("The role of legislation is to protect society from harm, but not to protect")
                    .endsWith("As such, it should not be a crime at all.");
        });
        assertThat(map.supports()).containsExactlyInAnyOrder(
                drawn("no-harm-no-ban", "legalisation-of-soft-drugs"),
                drawn("lifestyle-decision", "legalisation-of-soft-drugs"),
                drawn("alcohol-and-tobacco-analogy", "legalisation-of-soft-drugs"),
                drawn("listen-to-society", "legalisation-of-soft-drugs"),
                drawn("tax-revenue", "legalisation-of-soft-drugs"),
                drawn("soft-drugs-are-harmful", "law-must-protect"),
                drawn("tobacco-and-alcohol-more-dangerous", "alcohol-and-tobacco-analogy"),
                drawn("soft-drugs-are-harmful", "minimize-destructive-activity"),
                drawn("soft-drugs-are-addictive", "argument-from-addiction"));
        assertThat(map.attacks()).containsExactlyInAnyOrder(
                Attack.onClaim("law-must-protect", "legalisation-of-soft-drugs"),
                Attack.onClaim("minimize-destructive-activity", "legalisation-of-soft-drugs"),
                Attack.onClaim("argument-from-addiction", "legalisation-of-soft-drugs"),
                Attack.onClaim("slippery-slope", "legalisation-of-soft-drugs"),
                Attack.onClaim("soft-drugs-are-harmful", "no-harm-no-ban"),
                Attack.onClaim("moral-leadership", "lifestyle-decision"),
                Attack.onClaim("major-differences", "alcohol-and-tobacco-analogy"),
                Attack.onClaim("poor-reason", "alcohol-and-tobacco-analogy"),
                Attack.onClaim("addiction-no-reason-to-ban", "argument-from-addiction"),
                Attack.onClaim("coffee-houses", "slippery-slope"));
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::message).containsExactly(
                tuple(3, "front matter key 'subTitle' is not used by Dialectica"),
                tuple(4, "front matter key 'author' is not used by Dialectica"),
                tuple(5, "front matter key 'date' is not used by Dialectica"),
                tuple(6, "front matter key 'color' is not used by Dialectica"),
                tuple(82, "undercut of sketched argument <Alcohol and tobacco analogy> is read as an attack on it"
                        + " (it has no premise–conclusion structure whose inference could be undercut)"),
                tuple(116, "undercut of sketched argument <Argument from addiction> is read as an attack on it"
                        + " (it has no premise–conclusion structure whose inference could be undercut)"));
    }

    @Test
    void the_relation_lexer_fixture_holds_every_relation_symbol_once() throws Exception {
        // given
        Path file = fixture("core-test/lexer-relations.argdown");
        List<String> symbols = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(l -> l.strip().split("\\s+")[0]).toList();
        // then the symbols are Argdown's ten
        assertThat(symbols).containsExactlyInAnyOrder("+", "-", "<+", "<-", "+>", "->", "><", "_>", "<_", "_");
        for (String symbol : symbols) {
            // when each stands under a statement with a target
            ArgumentMap map = map(lines("[S]: s", "  " + symbol + " [T]: t"));
            // then it gives the relation it names
            RelationSymbol relation = RelationSymbol.of(symbol).orElseThrow();
            boolean targetActs = relation.direction() == RelationSymbol.Direction.CHILD_ON_PARENT;
            String from = targetActs ? "t" : "s";
            String to = targetActs ? "s" : "t";
            switch (relation.kind()) {
                case SUPPORT -> assertThat(map.supports()).as(symbol).containsExactly(drawn(from, to));
                case ATTACK, UNDERCUT -> assertThat(map.attacks()).as(symbol).containsExactly(Attack.onClaim(from, to));
                case CONTRADICTION -> assertThat(map.oppositions()).as(symbol)
                        .containsExactly(new Opposition("s", "t", Opposition.Type.CONTRADICTORY));
            }
        }
    }

    @Test
    void the_argument_parser_fixture_gives_its_reconstructions_and_relations() throws Exception {
        // when
        ReadResult result = read("core-test/parser-arguments.argdown");
        ArgumentMap map = result.map();
        // then
        assertThat(map.arguments()).extracting(Argument::id, Argument::description, Argument::premises, Argument::conclusion)
                .containsExactly(
                        tuple("argument-1", "Test", List.of("untitled-1", "untitled-2"), "untitled-3"),
                        tuple("untitled-4-step-1", null, List.of("untitled-5", "untitled-6"), "untitled-7"),
                        tuple("untitled-4-step-2", null, List.of("untitled-7"), "untitled-8"),
                        tuple("untitled-4", null, List.of("untitled-8", "untitled-9"), "untitled-10"));
        assertThat(map.claims()).extracting(Claim::id, Claim::text).contains(
                tuple("untitled-1", "A"), tuple("untitled-3", "C"), tuple("argument-2", "description"),
                tuple("untitled-5", "D"), tuple("untitled-10", "I"));
        assertThat(map.supports()).filteredOn(s -> s.argumentId() == null)
                .containsExactlyInAnyOrder(drawn("argument-2", "untitled-1"), drawn("argument-3", "statement-1"));
        assertThat(map.attacks()).containsExactly(Attack.onClaim("argument-3", "argument-2"));
        assertThat(result.warnings()).containsExactly(new MapWarning("parser-arguments.argdown", 5, 7,
                "<Argument 3> has no description; its title is used as its text"));
    }

    @Test
    void headings_in_a_file_are_reported_where_they_stand() throws Exception {
        // when
        ReadResult result = read("core-test/lexer-heading.argdown");
        // then
        assertThat(result.map().claims()).extracting(Claim::text).containsExactly("Some text", "Some text");
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::column, MapWarning::message).containsExactly(
                tuple(1, 1, "heading 'First title' is not used (Dialectica maps have no sections)"),
                tuple(5, 1, "heading 'Second title' is not used (Dialectica maps have no sections)"));
    }

    @Test
    void the_line_endings_fixture_reads_the_same_with_windows_line_endings() throws Exception {
        // given the fixture, whose CRLF line endings were normalized on the way here, and a CRLF copy
        String text = Files.readString(fixture("core-test/lexer-windows-line-endings.argdown"), StandardCharsets.UTF_8);
        String windows = text.replace("\r\n", "\n").replace("\n", "\r\n");
        // when
        ArgumentMap map = read("core-test/lexer-windows-line-endings.argdown").map();
        ArgumentMap fromWindows = new ArgdownReader().read("lexer-windows-line-endings.argdown", windows).map();
        // then
        assertThat(map.claims()).extracting(Claim::text).containsExactly("Another statement", "An argument", "A", "B");
        assertThat(map.supports()).contains(drawn("untitled-2", "untitled-1"));
        assertThat(map.arguments()).containsExactly(new Argument("untitled-3", "Untitled 3", null, List.of("untitled-4"), "untitled-5"));
        assertThat(fromWindows.claims()).containsExactlyElementsOf(map.claims());
        assertThat(fromWindows.supports()).containsExactlyElementsOf(map.supports());
        assertThat(fromWindows.arguments()).containsExactlyElementsOf(map.arguments());
    }

    @Test
    void yaml_data_in_block_format_is_read_and_its_unknown_keys_reported() throws Exception {
        // when
        ReadResult result = read("docs-syntax-snippets/syntax-14.argdown");
        // then
        assertThat(result.map().claimIds()).containsExactly("nietzsche-s-slogan");
        assertThat(result.warnings()).extracting(MapWarning::line, MapWarning::column, MapWarning::message)
                .contains(tuple(7, 1, "data key 'sources' of [Nietzsche's Slogan] is not used by Dialectica"));
    }

    @Test
    void the_semmelweis_reconstruction_gives_rival_hypotheses_and_ten_arguments() throws Exception {
        // when
        ArgumentMap map = read("examples/semmelweis_betz.argdown").map();
        // then
        // its front matter sets Argdown's strict mode: the rival hypotheses' arrows declare contraries,
        // one each way round, so no hypothesis wins by the order the arrows were written in
        assertThat(map.oppositions()).contains(
                new Opposition("epidemic-influence-hypothesis", "rough-examination-hypothesis", Opposition.Type.CONTRARY),
                new Opposition("epidemic-influence-hypothesis", "cadavric-substance-hypothesis", Opposition.Type.CONTRARY),
                new Opposition("rough-examination-hypothesis", "cadavric-substance-hypothesis", Opposition.Type.CONTRARY));
        assertThat(map.attacks()).noneMatch(a -> a.target().endsWith("-hypothesis") && a.from().endsWith("-hypothesis"));
        assertThat(map.arguments()).hasSize(10);
        assertThat(map.argument("epidemic-exposition-1").orElseThrow()).satisfies(a -> {
            assertThat(a.premises()).startsWith("epidemic-influence-hypothesis", "difference-in-exposure").hasSize(3);
            assertThat(a.conclusion()).isEqualTo("difference-between-divisions");
        });
    }

    @Test
    void the_populism_example_gives_its_core_argument() throws Exception {
        // when
        ArgumentMap map = read("examples/Populism-Core-Argument-Argdown-Example.argdown").map();
        // then
        assertThat(map.argument("core-argument").orElseThrow()).extracting(Argument::premises, Argument::conclusion)
                .containsExactly(List.of("doom", "salvation"), "power");
        assertThat(map.arguments()).hasSize(17);
        assertThat(map.supports()).contains(new Support("doom", "power", "core-argument"),
                new Support("will-of-the-people", "salvation", "salvation-by-the-people"));
    }
}
