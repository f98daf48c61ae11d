package org.dialectica.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dialectica.grading.CriterionResult;
import org.dialectica.grading.Grade;
import org.dialectica.grading.Grader;
import org.dialectica.grading.Rubric;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Source;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Finding;
import org.dialectica.reasoning.FindingKind;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.reasoning.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quote check in the rule sessions, with the real rules, on the seed maps and their papers. */
class QuotesStayTrueTest {
    static RuleBase rules;
    static List<Paper> papers;

    @BeforeAll
    static void rulesAndPapers() throws Exception {
        List<String> refused = new ArrayList<>();
        papers = PaperFiles.folder(PaperTest.SEEDS, refused);
        assertThat(refused).isEmpty();
        rules = RuleBase.load(Path.of("rules")).withQuotes(PaperQuotes.of(papers));
    }

    static List<ArgumentMap> seedMaps() throws Exception {
        List<ArgumentMap> maps = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("arguments"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".argdown")).sorted().toList()) {
                maps.add(new ArgdownReader().read(file).map());
            }
        }
        return maps;
    }

    /** The claim with another quote from the same paper and place. */
    static Claim quoting(Claim c, String quote) {
        return sourced(c, new Source(c.source().paper(), c.source().locator(), quote));
    }

    static Claim sourced(Claim c, Source source) {
        return new Claim(c.id(), c.title(), c.text(), c.originalText(), c.language(), c.kind(), c.actors(), c.tags(), source,
                c.proposition(), c.assertedBy(), c.weight(), c.preferredOver());
    }

    private static List<Finding> misquotes(Analysis analysis) {
        return analysis.findings().stream().filter(f -> f.getKind() == FindingKind.QUOTE_NOT_IN_PAPER).toList();
    }

    @Test
    void every_quote_of_the_seed_maps_is_in_its_paper() throws Exception {
        Set<String> quotes = new HashSet<>();
        for (ArgumentMap map : seedMaps()) {
            for (Claim c : map.claims()) {
                if (c.source() != null && c.source().quote() != null) quotes.add(c.source().paper() + "|" + c.source().quote());
            }
            assertThat(misquotes(ReasoningSession.analyze(rules, map))).as(map.title()).isEmpty();
        }
        assertThat(quotes).hasSize(66);
        // every quote was checked against a paper the application has
        assertThat(quotes).allMatch(q -> papers.stream().anyMatch(p -> q.startsWith(p.id() + "|")));
    }

    @Test
    void a_quote_altered_by_one_word_is_exactly_one_finding_on_its_claim_naming_the_paper_and_the_locator() throws Exception {
        ArgumentMap map = seedMaps().stream().filter(m -> m.hasClaim("p004-post-soviet-space-central") && m.claims().size() < 40)
                .findFirst().orElseThrow();
        Claim claim = map.claim("p004-post-soviet-space-central").orElseThrow();
        String altered = claim.source().quote().replace("Perang Dingin", "Perang Dunia");
        map.putClaim(quoting(claim, altered));

        List<Finding> found = misquotes(ReasoningSession.analyze(rules, map));

        assertThat(found).hasSize(1);
        Finding finding = found.getFirst();
        assertThat(finding.getClaim()).isEqualTo("p004-post-soviet-space-central");
        assertThat(finding.getRule()).isEqualTo("A quote not in its paper");
        assertThat(finding.getMessage()).contains("is not in 004 at BAB VI PENUTUP, 6.1. Kesimpulan");
        assertThat(finding.message().text(Locale.forLanguageTag("id"))).contains("tidak ada di 004 pada BAB VI PENUTUP, 6.1. Kesimpulan");
    }

    @Test
    void a_live_session_finds_a_misquote_when_the_claim_is_saved_and_forgets_it_when_the_quote_is_put_right() throws Exception {
        ArgumentMap map = seedMaps().stream().filter(m -> m.hasClaim("p004-post-soviet-space-central")).findFirst().orElseThrow();
        Claim claim = map.claim("p004-post-soviet-space-central").orElseThrow();
        try (ReasoningSession session = ReasoningSession.open(rules, map)) {
            assertThat(misquotes(session.analysis())).isEmpty();

            session.putClaim(quoting(claim, "Rusia kalah perang"));
            assertThat(misquotes(session.analysis())).extracting(Finding::getClaim).containsExactly("p004-post-soviet-space-central");

            session.putClaim(claim);
            assertThat(misquotes(session.analysis())).isEmpty();
        }
    }

    @Test
    void a_quote_of_a_paper_the_application_does_not_have_is_no_finding() {
        ArgumentMap map = new ArgumentMap("unknown-paper", "unknown paper");
        map.putClaim(sourced(Claim.of("a", "A claim"), new Source("999_unknown.txt", "p. 1", "words nobody can check")));
        map.putClaim(sourced(Claim.of("b", "B claim"), new Source("004_f5840cd7195cf325.txt", null, "words not in 004")));

        List<Finding> found = misquotes(ReasoningSession.analyze(rules, map));

        assertThat(found).extracting(Finding::getClaim).containsExactly("b");
        assertThat(found.getFirst().getMessage()).contains("is not in 004:");
        assertThat(misquotes(ReasoningSession.analyze(RuleBase.load(Path.of("rules")), map))).as("rules without papers check nothing").isEmpty();
    }

    @Test
    void the_default_rubric_counts_a_misquote_of_the_students_own_against_sources_cited() throws Exception {
        ArgumentMap map = seedMaps().stream().filter(m -> m.hasClaim("p004-post-soviet-space-central") && m.claims().size() < 40)
                .findFirst().orElseThrow();
        Grader grader = new Grader(rules, Rubric.load("default"), null);
        CriterionResult faithful = sourcesCited(grader.grade("faithful", map));
        Claim evidence = map.claims().stream().filter(c -> c.kind() == ClaimKind.EVIDENCE && c.source() != null).findFirst().orElseThrow();
        map.putClaim(quoting(evidence, evidence.source().quote() + " dan seterusnya"));

        CriterionResult misquoted = sourcesCited(grader.grade("misquoted", map));

        assertThat(faithful.passed()).isTrue();
        assertThat(misquoted.passed()).isFalse();
        assertThat(misquoted.points()).isLessThan(faithful.points());
        assertThat(misquoted.claims()).containsExactly(evidence.id());
        assertThat(misquoted.explanations()).extracting(Sentence::text)
                .containsExactly("The quote of «" + evidence.displayTitle() + "» is not in " + evidence.source().paper()
                        + ": quote the paper's own words.");
    }

    private static CriterionResult sourcesCited(Grade grade) {
        return grade.criteria().stream().filter(c -> c.id().equals("sources-cited")).findFirst().orElseThrow();
    }
}
