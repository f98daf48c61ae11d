package org.dialectica.papers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dialectica.base.ui.Translations;
import org.dialectica.papers.Papers;
import org.dialectica.papers.PapersTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 22, the papers page: everyone sees the papers; a teacher adds one from the page (a PDF made
 * here, its pages counted; a scan refused with its reason, nothing added); a student owning no map
 * sees no form.
 */
@SpringBootTest
class PapersViewTest extends SpringBrowserlessTest {
    private static final String P004 = "004_f5840cd7195cf325.txt";
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from paper where id in ('view-two-pages.pdf', 'view-scan.pdf', 'view-notes.txt')");
    }

    private PapersView opened() {
        UI.getCurrent().navigate("papers");
        return find(PapersView.class).single();
    }

    private static List<String> listed(PapersView view) {
        return view.list.getListDataView().getItems().map(Papers.Listed::id).toList();
    }

    @Test
    @WithMockUser(username = "teacher", roles = "TEACHER")
    void a_teacher_adds_a_two_page_pdf_from_the_page_and_it_is_listed_with_its_pages() throws Exception {
        PapersView view = opened();
        assertThat(listed(view)).hasSize(5).allMatch(id -> id.endsWith(".txt"));
        assertThat(view.form.isVisible()).isTrue();
        assertThat(find(Anchor.class).id("nav-papers").getText()).isEqualTo("Papers");

        // only the file: the title is the file name, the language guessed
        view.addPaper("view-two-pages.pdf", PapersTest.pdf(List.of(
                List.of("The ceasefire of 9 November 2020 ended the war.", "Russia gained most from it."),
                List.of("Turkey gained a foothold in the South Caucasus."))));

        assertThat(view.result.getElement().getAttribute("data-status")).isEqualTo("ok");
        assertThat(view.result.getText()).startsWith("Added view-two-pages.pdf: ").contains(" on 2 pages, in English.");
        assertThat(listed(view)).contains("view-two-pages.pdf");
    }

    @Test
    @WithMockUser(username = "teacher", roles = "TEACHER")
    void a_scan_and_a_name_taken_are_refused_with_the_reason_and_nothing_is_added() throws Exception {
        PapersView view = opened();

        view.addPaper("view-scan.pdf", PapersTest.pdf(List.of(List.of(), List.of()), true));

        assertThat(view.result.getElement().getAttribute("data-status")).isEqualTo("error");
        assertThat(view.result.getText()).startsWith("Nothing was added. view-scan.pdf has no text layer");
        assertThat(listed(view)).doesNotContain("view-scan.pdf");

        view.addPaper("view-notes.txt", "Russia gained most from the ceasefire, because its troops now stand in Karabakh.".getBytes(StandardCharsets.UTF_8));
        assertThat(view.result.getElement().getAttribute("data-status")).isEqualTo("ok");
        view.addPaper("view-notes.txt", "Another text under the same name.".getBytes(StandardCharsets.UTF_8));
        assertThat(view.result.getText()).contains("There is already a paper view-notes.txt");
        assertThat(listed(view).stream().filter("view-notes.txt"::equals)).hasSize(1);
    }

    @Test
    @WithMockUser(username = "citra", roles = "STUDENT")
    void a_student_owning_no_map_reads_the_list_without_the_form() {
        PapersView view = opened();

        assertThat(listed(view)).hasSize(5);
        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.adding.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "citra", roles = "STUDENT")
    void a_paper_opens_on_its_own_page_from_the_list_and_an_unknown_one_says_so() {
        PapersView view = opened();
        @SuppressWarnings("unchecked")
        var renderer = (com.vaadin.flow.data.renderer.ComponentRenderer<Anchor, Papers.Listed>) view.list.getColumnByKey("title").getRenderer();
        Anchor link = renderer.createComponent(
                view.list.getListDataView().getItems().filter(p -> p.id().equals(P004)).findFirst().orElseThrow());
        assertThat(link.getHref()).isEqualTo("paper/" + P004);

        UI.getCurrent().navigate(link.getHref());
        PaperView paper = find(PaperView.class).single();
        assertThat(paper.about.getText()).startsWith(P004 + " · Indonesian · ").contains(" paragraphs");
        assertThat(paper.text.getElement().getTextRecursively()).contains("Pengaturan ini kemungkinan besar akan tetap berkelanjutan");

        UI.getCurrent().navigate("paper/no-such-paper.txt");
        PaperView none = find(PaperView.class).single();
        assertThat(none.heading.getText()).isEqualTo("No such paper");
        assertThat(none.about.getText()).isEqualTo("There is no paper no-such-paper.txt.");
        assertThat(none.text.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "teacher", roles = "TEACHER")
    void the_page_speaks_indonesian() {
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        try {
            PapersView view = opened();
            assertThat(view.heading.getText()).isEqualTo("Makalah");
            assertThat(view.list.getColumnByKey("addedBy").getHeaderText()).isEqualTo("Ditambahkan oleh");
            assertThat(view.list.getColumnByKey("language").getRenderer()).isNotNull();
        } finally {
            UI.getCurrent().setLocale(Translations.ENGLISH);
        }
    }
}
