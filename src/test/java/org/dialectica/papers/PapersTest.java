package org.dialectica.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.dialectica.grading.Assignments;
import org.dialectica.map.Claim;
import org.dialectica.people.Classes;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Refusal;
import org.dialectica.people.Role;
import org.dialectica.reasoning.Finding;
import org.dialectica.reasoning.FindingKind;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.dialectica.suggestion.ClaimSuggester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Papers in the application, on the real database (H2, and PostgreSQL in the tests' postgres run):
 * the seed papers from the first start, uploads of text and of PDFs made here with PDFBox, who may
 * add one, the quote check on import and on save, and an assignment's papers.
 */
@SpringBootTest
public class PapersTest {
    private static final Person TEACHER = new Person("teacher", "Sari", Role.TEACHER);
    /** A student of no class, owning no map. */
    private static final Person CITRA = new Person("citra", "Citra", Role.STUDENT);
    private static final String P004 = "004_f5840cd7195cf325.txt";

    @Autowired
    Papers papers;
    @Autowired
    Workspace workspace;
    @Autowired
    Assignments assignments;
    @Autowired
    Classes classes;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> added = new ArrayList<>();
    private final List<String> maps = new ArrayList<>();
    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        made.forEach(id -> jdbc.update("delete from assignment where id = ?", id));
        maps.forEach(id -> CurrentPerson.as(new Person("admin", "Admin", Role.ADMIN), () -> workspace.delete(id)));
        added.forEach(id -> jdbc.update("delete from paper where id = ?", id));
    }

    @Test
    void the_five_seed_papers_are_there_from_the_first_start_with_their_titles_and_languages() {
        List<Papers.Listed> listed = CurrentPerson.as(CITRA, () -> papers.list());

        assertThat(listed).filteredOn(p -> p.addedBy() == null).extracting(Papers.Listed::id).containsExactly(
                "000_fb6a5eb7a242001a.txt", "001_e55ab4be52a117a8.txt", "002_ffdeb9f15db1918e.txt", "003_c00314b17ef602bd.txt", P004);
        Papers.Listed p004 = listed.stream().filter(p -> p.id().equals(P004)).findFirst().orElseThrow();
        assertThat(p004.title()).isEqualTo("Russia as the winner of the 2020 Nagorno-Karabakh ceasefire (chapter VI, conclusion)");
        assertThat(p004.language()).isEqualTo("id");
        assertThat(p004.kind()).isEqualTo(Paper.Kind.TEXT);
        Paper text = CurrentPerson.as(CITRA, () -> papers.find(P004)).orElseThrow();
        assertThat(text.paragraphs()).extracting(Paragraph::text).startsWith("BAB VI", "PENUTUP", "6.1. Kesimpulan");
        assertThat(text.contains("Rusia jelas merupakan pemenang")).isTrue();
    }

    @Test
    void every_suggested_sentence_of_every_seed_paper_is_found_in_it_with_the_locator_a_claim_made_from_it_cites() {
        ClaimSuggester suggester = new ClaimSuggester();
        for (Papers.Listed listed : CurrentPerson.as(CITRA, () -> papers.list())) {
            Paper paper = CurrentPerson.as(CITRA, () -> papers.find(listed.id())).orElseThrow();
            List<Papers.Suggested> suggested = CurrentPerson.as(CITRA, () -> papers.suggested(listed.id()));

            // none lost on the way from the suggester's sentences to the paper's paragraphs
            assertThat(suggested).as(listed.id()).hasSize(Math.min(Papers.SUGGESTED, suggester.rank(paper.text()).size()));
            for (Papers.Suggested s : suggested) {
                assertThat(paper.contains(s.passage().quote())).isTrue();
                assertThat(s.locator()).isEqualTo(paper.locator(paper.find(s.passage().quote()).orElseThrow()));
            }
        }
        assertThat(CurrentPerson.as(CITRA, () -> papers.suggested("no-such-paper.txt"))).isEmpty();
    }

    @Test
    void a_two_page_pdf_uploads_and_its_locators_name_its_pages() throws IOException {
        byte[] pdf = pdf(List.of(
                List.of("Turkey backed Azerbaijan with drones and advisers.", "The ceasefire of November 2020 ended the war."),
                List.of("Russia sent peacekeepers to Nagorno-Karabakh.", "Their mandate runs for five years.")));

        Paper paper = CurrentPerson.as(TEACHER, () -> papers.add("two-pages.pdf", pdf, "Two pages", null));
        added.add(paper.id());

        assertThat(paper.kind()).isEqualTo(Paper.Kind.PDF);
        assertThat(paper.pages()).isEqualTo(2);
        assertThat(paper.language()).isEqualTo("en");
        assertThat(paper.paragraphs()).extracting(Paragraph::page).contains(1, 2).doesNotContainNull();
        Passage onTwo = paper.find("Russia sent peacekeepers to Nagorno-Karabakh.").orElseThrow();
        assertThat(onTwo.first().page()).isEqualTo(2);
        assertThat(onTwo.locator()).startsWith("p. 2, ¶ ");
        assertThat(paper.find("Turkey backed Azerbaijan").orElseThrow().locator()).startsWith("p. 1, ¶ 1");
        // stored and read back: the pages stay
        Paper stored = CurrentPerson.as(CITRA, () -> papers.find("two-pages.pdf")).orElseThrow();
        assertThat(stored.pages()).isEqualTo(2);
        assertThat(stored.find("Their mandate runs for five years.").orElseThrow().locator()).startsWith("p. 2, ¶ ");
        assertThat(CurrentPerson.as(TEACHER, () -> papers.list())).extracting(Papers.Listed::id).contains("two-pages.pdf");
    }

    @Test
    void a_pdf_without_a_text_layer_is_refused_with_a_message_and_nothing_is_stored() throws IOException {
        byte[] scan = pdf(List.of(List.of(), List.of()), true);

        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> papers.add("scan.pdf", scan, null, null)))
                .isInstanceOf(Refusal.class)
                .hasMessage("scan.pdf has no text layer: it holds pictures of its pages (a scan), so no quote can be found in it."
                        + " Run text recognition (OCR) on it first, or add its text as a UTF-8 .txt file.")
                .satisfies(e -> assertThat(((Refusal) e).key()).isEqualTo("paper.error.noTextLayer"));
        byte[] empty = pdf(List.of(List.of()));
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> papers.add("empty.pdf", empty, null, null)))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("empty.pdf has no text layer");
        assertThat(CurrentPerson.as(TEACHER, () -> papers.find("scan.pdf"))).isEmpty();
    }

    @Test
    void a_text_paper_is_added_by_a_teacher_or_a_map_owner_once_and_refused_to_anyone_else() {
        byte[] text = "A short paper.\n\nIt says two things.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CurrentPerson.as(CITRA, () -> papers.add("short.txt", text, null, null)))
                .isInstanceOf(Refusal.class).hasMessage("Only a teacher, an admin or the owner of a map adds papers.");
        Paper paper = CurrentPerson.as(TEACHER, () -> papers.add("short.txt", text, null, "en"));
        added.add(paper.id());
        assertThat(paper.title()).isEqualTo("short.txt");
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> papers.add("short.txt", text, null, null)))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("There is already a paper short.txt");
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> papers.add(P004, text, null, null)))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("There is already a paper " + P004);

        Person ayu = new Person("ayu", "Ayu", Role.STUDENT);
        String owned = CurrentPerson.as(ayu, () -> workspace.create("Ayu's map", null));
        maps.add(owned);
        Paper byOwner = CurrentPerson.as(ayu, () -> papers.add("by-an-owner.txt", text, "By an owner", null));
        added.add(byOwner.id());
        assertThat(byOwner.title()).isEqualTo("By an owner");
    }

    @Test
    void a_map_imported_with_a_quote_not_in_its_paper_shows_the_finding_until_the_quote_is_saved_right() throws Exception {
        String argdown = """
                [Russia won]: Russia clearly won the ceasefire.
                  {id: russia-won, kind: evidence, paper: "%s", locator: "BAB VI PENUTUP, 6.1. Kesimpulan",
                   quote: "Turki jelas merupakan pemenang"}
                """.formatted(P004);
        String mapId = CurrentPerson.as(TEACHER, () -> {
            try {
                return workspace.importArgdown("misquote.argdown", argdown).mapId();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        maps.add(mapId);

        List<Finding> found = CurrentPerson.as(TEACHER, () -> misquotes(mapId));
        assertThat(found).extracting(Finding::getClaim).containsExactly("russia-won");
        assertThat(found.getFirst().getMessage()).contains("is not in 004 at BAB VI PENUTUP, 6.1. Kesimpulan");

        CurrentPerson.as(TEACHER, () -> {
            Claim claim = workspace.session(mapId).claim("russia-won").orElseThrow();
            workspace.putClaim(mapId, QuotesStayTrueTest.quoting(claim, "Rusia jelas merupakan pemenang"), workspace.claimVersion(mapId, "russia-won"));
        });
        assertThat(CurrentPerson.as(TEACHER, () -> misquotes(mapId))).isEmpty();

        CurrentPerson.as(TEACHER, () -> {
            Claim claim = workspace.session(mapId).claim("russia-won").orElseThrow();
            workspace.putClaim(mapId, QuotesStayTrueTest.quoting(claim, "Rusia jelas merupakan pecundang"), workspace.claimVersion(mapId, "russia-won"));
        });
        assertThat(CurrentPerson.as(TEACHER, () -> misquotes(mapId))).extracting(Finding::getClaim).containsExactly("russia-won");
    }

    @Test
    void an_assignment_lists_the_papers_its_teacher_picks_and_its_students_see_them() {
        long classId = CurrentPerson.as(TEACHER, () -> classes.findByName("Demo seminar").orElseThrow().id());
        long id = CurrentPerson.as(TEACHER, () -> assignments.create("Read 004 and 000", null, classId, Instant.now().plusSeconds(3600), null, null));
        made.add(id);

        CurrentPerson.as(TEACHER, () -> assignments.setPapers(id, List.of(P004, "000_fb6a5eb7a242001a.txt")));

        Person ayu = new Person("ayu", "Ayu", Role.STUDENT);
        assertThat(CurrentPerson.as(ayu, () -> assignments.papers(id))).extracting(Papers.Listed::id)
                .containsExactly(P004, "000_fb6a5eb7a242001a.txt");
        // her map for it is given them, in the teacher's order (the reading pane offers them first); other maps none
        String mine = CurrentPerson.as(ayu, () -> assignments.startMap(id, Assignments.Start.EMPTY));
        maps.add(mine);
        assertThat(CurrentPerson.as(ayu, () -> papers.assigned(mine))).containsExactly(P004, "000_fb6a5eb7a242001a.txt");
        assertThat(CurrentPerson.as(ayu, () -> papers.assigned("who-gained-from-the-2020-war"))).isEmpty();
        assertThatThrownBy(() -> CurrentPerson.as(ayu, () -> assignments.setPapers(id, List.of())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentPerson.as(TEACHER, () -> assignments.setPapers(id, List.of("nope.txt"))))
                .isInstanceOf(Refusal.class).hasMessage("There is no paper nope.txt.");
        CurrentPerson.as(TEACHER, () -> assignments.setPapers(id, List.of()));
        assertThat(CurrentPerson.as(ayu, () -> assignments.papers(id))).isEmpty();
    }

    private List<Finding> misquotes(String mapId) {
        return workspace.analysis(mapId).findings().stream().filter(f -> f.getKind() == FindingKind.QUOTE_NOT_IN_PAPER).toList();
    }

    public static byte[] pdf(List<List<String>> pages) throws IOException {
        return pdf(pages, false);
    }

    /** A PDF of these pages, each a few lines of text; {@code images}: each page holds only a picture instead (a scan). */
    public static byte[] pdf(List<List<String>> pages, boolean images) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (images) {
                        BufferedImage picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
                        picture.getGraphics().drawString("a scanned line", 10, 50);
                        PDImageXObject image = LosslessFactory.createFromImage(document, picture);
                        content.drawImage(image, 72, 500);
                    } else if (!lines.isEmpty()) {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                        content.newLineAtOffset(72, 700);
                        for (String line : lines) {
                            content.showText(line);
                            content.newLineAtOffset(0, -18);
                        }
                        content.endText();
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
