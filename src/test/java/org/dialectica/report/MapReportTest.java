package org.dialectica.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.ReasoningSession;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.reasoning.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of the combined seed map, as Markdown and as PDF read back by PDFBox: every thesis
 * with its status, strength and the reason the map page shows; every claim; the conflicts, the
 * findings and the quotes; in English and in Indonesian (whose letters the PDF must keep).
 */
class MapReportTest {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static Analysis analysis;
    private static List<Claim> theses;

    @BeforeAll
    static void analyze() throws Exception {
        ArgumentMap map = new ArgdownReader().read(Path.of("arguments", "who-gained-from-the-2020-war.argdown")).map();
        analysis = ReasoningSession.analyze(RuleBase.fromFolder(Path.of("rules")), map);
        theses = analysis.claims().stream().filter(c -> c.kind() == ClaimKind.THESIS).toList();
    }

    @Test
    void the_markdown_report_lists_every_thesis_with_its_label_strength_and_the_pages_reason() {
        String md = MapReport.of(analysis, Locale.ENGLISH).markdown();

        assertThat(md).startsWith("# Who gained from the 2020 Nagorno-Karabakh war?\n");
        assertThat(theses).hasSizeGreaterThan(5);
        for (Claim thesis : theses) {
            int at = md.indexOf("\n### " + Markdown.inline(thesis.displayTitle()) + "\n");
            assertThat(at).as(thesis.id()).isPositive();
            String section = md.substring(at, md.indexOf("\n#", at + 5));
            assertThat(section).contains("- **Status:** " + Sentence.word(analysis.label(thesis.id())).text(Locale.ENGLISH));
            assertThat(section).contains("- **Strength:** " + String.format(Locale.ENGLISH, "%.2f", analysis.strength(thesis.id())) + " — "
                    + Markdown.inline(analysis.strengthMeaning(thesis.id()).text(Locale.ENGLISH)));
            // the reason is the rules' sentence the side panel shows, not one worked out again
            assertThat(section).contains("- **Why:** " + Markdown.inline(analysis.reasons(thesis.id()).getFirst().explanation().text(Locale.ENGLISH)));
        }
        assertThat(md).contains("- **Status:** IN\n", "- **Status:** UNDEC\n");
    }

    @Test
    void the_markdown_report_has_every_claim_the_conflicts_findings_and_sources() {
        String md = MapReport.of(analysis, Locale.ENGLISH).markdown();

        assertThat(analysis.claims()).hasSize(51).allSatisfy(c -> assertThat(md)
                .contains("| " + Markdown.inline(c.displayTitle()) + " | " + Sentence.word(c.kind()).text(Locale.ENGLISH) + " | "));
        assertThat(md).contains("## Conflicts", "## Findings", "## Sources", "### " + Markdown.inline("000_fb6a5eb7a242001a.txt"));
        assertThat(analysis.conflicts()).hasSize(9).allSatisfy(c -> assertThat(md).contains(Markdown.inline(c.explanation().text(Locale.ENGLISH))));
        analysis.findings().forEach(f -> assertThat(md).contains(Markdown.inline(f.message().text(Locale.ENGLISH))));
        assertThat(md).contains("- **«Russia could not help Armenia»** Abstrak\n  - “ketidakmampuan Rusia untuk memberikan bantuan");
    }

    @Test
    void the_markdown_report_is_in_indonesian_for_an_indonesian_reader() {
        String md = MapReport.of(analysis, INDONESIAN).markdown();

        assertThat(md).contains("## Tesis", "## Semua klaim", "## Konflik", "## Sumber", "- **Alasan:** ", "- **Kekuatan:** ");
        Claim thesis = theses.getFirst();
        assertThat(md).contains("- **Status:** " + Sentence.word(analysis.label(thesis.id())).text(INDONESIAN),
                Markdown.inline(analysis.reasons(thesis.id()).getFirst().explanation().text(INDONESIAN)));
        // strengths as an Indonesian writes them
        assertThat(md).contains(String.format(INDONESIAN, "%.2f", analysis.strength(thesis.id())));
        assertThat(md).doesNotContain("## Theses", "**Why:**");
    }

    @Test
    void what_authors_typed_cannot_become_markdown() {
        assertThat(Markdown.inline("[a](http://x) *b* | c\n# d")).isEqualTo("\\[a\\](http://x) \\*b\\* \\| c \\# d");
    }

    @Test
    void the_pdf_report_reads_back_with_every_thesis_and_claim() throws Exception {
        String text = textOf(MapReport.of(analysis, Locale.ENGLISH).pdf());

        assertThat(text).contains("Who gained from the 2020 Nagorno-Karabakh war?", "Theses", "Every claim", "Conflicts", "Findings", "Sources");
        for (Claim thesis : theses) {
            assertThat(text).as(thesis.id()).contains(thesis.displayTitle());
            // the reason's opening words (a long sentence wraps, so only its start is on one line)
            String reason = analysis.reasons(thesis.id()).getFirst().explanation().text(Locale.ENGLISH);
            assertThat(text).as(thesis.id()).contains(reason.substring(0, Math.min(30, reason.length())));
        }
        assertThat(analysis.claims()).allSatisfy(c -> assertThat(text).contains(firstWords(c.displayTitle())));
        assertThat(text).contains("Status: IN ", "Erdoğan");
    }

    @Test
    void the_indonesian_pdf_keeps_its_letters_in_an_embedded_font() throws Exception {
        byte[] pdf = MapReport.of(analysis, INDONESIAN).pdf();
        String text = textOf(pdf);

        assertThat(text).contains("Tesis", "Semua klaim", "Konflik", "Temuan", "Sumber", "Kekuatan", "Alasan", "IN (berdiri)",
                "«Russia could not help Armenia»", "Recep Tayyip Erdoğan", "Ditulis oleh Dialectica");
        theses.forEach(t -> assertThat(text).contains(t.displayTitle()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("LiberationSans");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void both_languages_have_the_same_words() throws Exception {
        Properties english = new Properties();
        Properties indonesian = new Properties();
        english.load(MapReport.class.getResourceAsStream("words.properties"));
        try (var in = new java.io.InputStreamReader(MapReport.class.getResourceAsStream("words_id.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            indonesian.load(in);
        }
        assertThat(indonesian.keySet()).isEqualTo(english.keySet());
    }

    @Test
    void file_names_come_from_the_title() {
        assertThat(MapReport.fileName("Who gained from the 2020 Nagorno-Karabakh war?", "pdf")).isEqualTo("who-gained-from-the-2020-nagorno-karabakh-war.pdf");
        assertThat(MapReport.fileName("Erdoğan's «peace»", "svg")).isEqualTo("erdogan-s-peace.svg");
        assertThat(MapReport.fileName("«»", "png")).isEqualTo("map.png");
        assertThat(MapReport.fileName("x".repeat(200), "md")).hasSize(83);
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // lines joined: a title that wraps in a table cell still reads as one
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String firstWords(String title) {
        String[] words = title.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
    }
}
