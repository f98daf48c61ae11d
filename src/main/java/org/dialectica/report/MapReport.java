package org.dialectica.report;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Conflict;
import org.dialectica.reasoning.Finding;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.LabelReason;
import org.dialectica.reasoning.Sentence;

/**
 * The report of one map as the reasoner sees it now: its theses (status, strength and what it
 * means, the rules' reasons, what they rest on, text and source), every claim, the conflicts, the
 * findings and the sources by paper. Worded in English or Indonesian, whichever the reader reads
 * (the rules' sentences too); written as Markdown or as PDF.
 */
public final class MapReport {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String title;
    private final List<Block> blocks;
    private final Locale language;

    private MapReport(String title, List<Block> blocks, Locale language) {
        this.title = title;
        this.blocks = List.copyOf(blocks);
        this.language = language;
    }

    /** The report of the analysis, in the reader's language: Indonesian for {@code id}, otherwise English. */
    public static MapReport of(Analysis analysis, Locale locale) {
        Locale language = locale != null && INDONESIAN.getLanguage().equals(locale.getLanguage()) ? INDONESIAN : Locale.ENGLISH;
        return new Writing(analysis, language).report();
    }

    public String title() {
        return title;
    }

    List<Block> blocks() {
        return blocks;
    }

    public String markdown() {
        return Markdown.of(this);
    }

    public byte[] pdf() {
        return Pdf.of(this, language);
    }

    /**
     * A file name made of the map's title, safe on every system: letters without their accents and
     * digits, words joined by hyphens, at most 80 characters ("Who gained from the 2020 war?" →
     * {@code who-gained-from-the-2020-war.pdf}); {@code map} when nothing of the title is left.
     */
    public static String fileName(String title, String extension) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) slug = slug.substring(0, 80).replaceAll("-+$", "");
        return (slug.isEmpty() ? "map" : slug) + "." + extension;
    }

    /** One report being written: the words of the reader's language and the analysis it reads. */
    private static final class Writing {
        private final Analysis analysis;
        private final Locale language;
        private final ResourceBundle words;
        private final List<Block> blocks = new ArrayList<>();

        Writing(Analysis analysis, Locale language) {
            this.analysis = analysis;
            this.language = language;
            this.words = ResourceBundle.getBundle("org.dialectica.report.words", language == INDONESIAN ? INDONESIAN : Locale.ROOT,
                    NO_DEFAULT_LOCALE);
        }

        MapReport report() {
            List<Claim> claims = analysis.claims();
            List<Claim> theses = claims.stream().filter(c -> c.kind() == ClaimKind.THESIS).toList();
            String title = analysis.map().title();
            if (analysis.map().description() != null) blocks.add(new Block.Paragraph(analysis.map().description()));
            blocks.add(new Block.Paragraph(word("summary", claims.size(), theses.size(), analysis.conflicts().size(), analysis.findings().size())));
            theses(theses);
            claims(claims);
            conflicts();
            findings();
            sources(claims);
            blocks.add(new Block.Paragraph(word("made")));
            return new MapReport(title, blocks, language);
        }

        private void theses(List<Claim> theses) {
            blocks.add(new Block.Heading(2, word("theses")));
            if (theses.isEmpty()) blocks.add(new Block.Paragraph(word("theses.none")));
            for (Claim thesis : theses) {
                blocks.add(new Block.Heading(3, thesis.displayTitle()));
                List<Block.Field> fields = new ArrayList<>();
                fields.add(new Block.Field(word("status"), label(thesis)));
                fields.add(new Block.Field(word("strength"), strength(thesis) + " — " + analysis.strengthMeaning(thesis.id()).text(language)));
                // the reasons the map page gives, in its order: the first is the one that decides
                for (LabelReason reason : analysis.reasons(thesis.id())) {
                    fields.add(new Block.Field(word("why"), reason.explanation().text(language)));
                }
                fields.add(new Block.Field(word("grounds"), word("grounds.count", analysis.grounds(thesis.id()).size())));
                if (!thesis.text().isEmpty()) fields.add(new Block.Field(word("text"), thesis.text()));
                if (thesis.originalText() != null) {
                    fields.add(new Block.Field(word("original") + (thesis.language() == null ? "" : " (" + thesis.language() + ")"),
                            thesis.originalText()));
                }
                if (thesis.source() != null) fields.add(new Block.Field(word("source"), source(thesis)));
                blocks.add(new Block.Fields(fields));
            }
        }

        private void claims(List<Claim> claims) {
            blocks.add(new Block.Heading(2, word("claims")));
            List<List<String>> rows = claims.stream()
                    .map(c -> List.of(c.displayTitle(), Sentence.word(c.kind()).text(language), label(c), strength(c))).toList();
            blocks.add(new Block.Table(List.of(word("claim"), word("kind"), word("status"), word("strength")), rows));
        }

        private void conflicts() {
            blocks.add(new Block.Heading(2, word("conflicts")));
            if (analysis.conflicts().isEmpty()) {
                blocks.add(new Block.Paragraph(word("conflicts.none")));
                return;
            }
            List<Block.Item> items = new ArrayList<>();
            for (Conflict c : analysis.conflicts()) {
                items.add(new Block.Item("«" + titleOf(c.getA()) + "» – «" + titleOf(c.getB()) + "»",
                        "(" + Sentence.word(c.getKind()).text(language) + ") " + c.explanation().text(language),
                        List.of(word("rule") + ": " + Sentence.rule(c.getRule()).text(language))));
            }
            blocks.add(new Block.Items(items));
        }

        private void findings() {
            blocks.add(new Block.Heading(2, word("findings")));
            if (analysis.findings().isEmpty()) {
                blocks.add(new Block.Paragraph(word("findings.none")));
                return;
            }
            List<Block.Item> items = new ArrayList<>();
            for (Finding f : analysis.findings()) {
                items.add(new Block.Item(Sentence.word(f.getKind()).text(language) + ", «" + titleOf(f.getClaim()) + "»:",
                        f.message().text(language), List.of()));
            }
            blocks.add(new Block.Items(items));
        }

        /** Paper by paper (in the order of their names), each claim taken from it with its place and quote. */
        private void sources(List<Claim> claims) {
            blocks.add(new Block.Heading(2, word("sources")));
            Map<String, List<Claim>> byPaper = new TreeMap<>();
            for (Claim c : claims) {
                if (c.source() != null && c.source().paper() != null) byPaper.computeIfAbsent(c.source().paper(), p -> new ArrayList<>()).add(c);
            }
            if (byPaper.isEmpty()) {
                blocks.add(new Block.Paragraph(word("sources.none")));
                return;
            }
            Comparator<Claim> byPlace = Comparator.comparing(c -> c.source().locator() == null ? "" : c.source().locator());
            byPaper.forEach((paper, taken) -> {
                blocks.add(new Block.Heading(3, paper));
                List<Block.Item> items = new ArrayList<>();
                for (Claim c : taken.stream().sorted(byPlace).toList()) {
                    String locator = c.source().locator() == null ? "" : c.source().locator();
                    items.add(new Block.Item("«" + c.displayTitle() + "»", locator,
                            c.source().quote() == null ? List.of() : List.of("“" + c.source().quote() + "”")));
                }
                blocks.add(new Block.Items(items));
            });
        }

        private String source(Claim claim) {
            String where = String.join(", ", java.util.stream.Stream.of(claim.source().paper(), claim.source().locator())
                    .filter(java.util.Objects::nonNull).toList());
            return claim.source().quote() == null ? where : where + " — “" + claim.source().quote() + "”";
        }

        private String label(Claim claim) {
            Label label = analysis.label(claim.id());
            return label == null ? "?" : Sentence.word(label).text(language);
        }

        /** Two decimals as the reader writes them, the same as the map page's badge ("0.75", "0,75"). */
        private String strength(Claim claim) {
            Double strength = analysis.strength(claim.id());
            return strength == null ? "—" : String.format(language, "%.2f", strength);
        }

        private String titleOf(String claimId) {
            return analysis.map().claim(claimId).map(Claim::displayTitle).orElse(claimId);
        }

        private String word(String key, Object... args) {
            // every text is a MessageFormat pattern, with or without arguments: an apostrophe is written ''
            return new MessageFormat(words.getString(key), language).format(args);
        }
    }
}
