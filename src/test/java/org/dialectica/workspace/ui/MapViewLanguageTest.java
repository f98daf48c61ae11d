package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.dialectica.base.ui.CanvasEdge;
import org.dialectica.base.ui.Translations;
import org.dialectica.map.Attack;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Issue 7: with Indonesian chosen, the rules' explanations and findings are Indonesian too, not only the chrome. */
@SpringBootTest
// acts as an admin: these tests are about the workspace, not about who may use it (see MapAccessTest)
@WithMockUser(username = "admin", roles = "ADMIN")
class MapViewLanguageTest extends SpringBrowserlessTest {
    @Autowired
    Workspace workspace;

    private String attackedThesis() throws Exception {
        String mapId = workspace.importArgdown("language-test.argdown", """
                [Thesis]: The thesis. {kind: thesis, paper: "p.txt", locator: "p. 1", quote: "q"}
                  + [Evidence]: The evidence. {kind: evidence, paper: "p.txt", locator: "p. 2", quote: "q2"}

                [Objection]: An objection. {kind: evidence, paper: "p.txt", locator: "p. 3", quote: "q3"}
                """).mapId();
        workspace.addAttack(mapId, Attack.onClaim("objection", "thesis"));
        return mapId;
    }

    /** The view as a link from an explanation opens it: with the claim selected. */
    private MapView openOnThesis(String mapId) {
        UI.getCurrent().navigate("map/" + mapId, QueryParameters.of("claim", "thesis"));
        return $(MapView.class).single();
    }

    private static List<String> paragraphs(MapView view) {
        return view.details.getChildren().filter(c -> c instanceof Paragraph).map(c -> c.getElement().getTextRecursively()).toList();
    }

    @AfterEach
    void backToEnglish() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
    }

    @Test
    void in_indonesian_the_side_panel_reasons_and_the_findings_grid_are_indonesian() throws Exception {
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        MapView view = openOnThesis(attackedThesis());

        assertThat(paragraphs(view)).contains("«Thesis» dikalahkan oleh «Objection», yang berdiri (bantahan yang digambar).",
                "«Thesis» akan berdiri jika «Objection» dikalahkan, atau jika klaim ini diutamakan atas «Objection».",
                // its evidence (0,50) and its attacker (0,50) weigh the same: DF-QuAD leaves it at its start
                "Kekuatan 0,50 dari 1: sama dengan skor awalnya, karena dukungan yang ia terima dari klaim yang memiliki dasar yang"
                        + " berdiri dan serangan terhadapnya sama berbobot (atau keduanya tidak ada).");
        assertThat($(StatusBadge.class).id("selected-label").getText()).startsWith("OUT (gugur)");

        test(view.showFindings).click(); // the findings open from the toolbar
        var grid = test(view.findings);
        assertThat(grid.size()).isPositive();
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getCellText(row, 0)).isEqualTo("serangan tak terjawab");
            assertThat(grid.getCellText(row, 2)).isEqualTo("«Objection» (p.txt) menyerang «Thesis» (p.txt) dan tidak ada apa pun di peta"
                    + " yang menyerang «Objection» (p.txt): serangan itu dibiarkan tak terjawab.");
        }
        assertThat(view.canvas.getEdges()).filteredOn(e -> e.id().equals("objection -> thesis")).singleElement()
                .extracting(CanvasEdge::title).asString()
                .startsWith("Serangan pada klaim yang menjadi kesimpulan suatu dukungan adalah bantahan: «Objection» (p.txt) menyerang");
    }

    @Test
    void in_indonesian_the_downloads_are_named_and_the_report_is_written_in_indonesian() throws Exception {
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        MapView view = openOnThesis(attackedThesis());

        assertThat(view.download.getText()).isEqualTo("Unduh");
        MapDownloads d = view.downloads;
        assertThat(List.of(d.svg.getText(), d.png.getText(), d.markdown.getText(), d.pdf.getText(), d.aif.getText()))
                .containsExactly("Gambar (SVG)", "Gambar (PNG)", "Laporan (Markdown)", "Laporan (PDF)", "AIF (JSON, untuk AIFdb dan OVA)");
        assertThat(d.report().markdown()).contains("## Tesis\n", "- **Status:** OUT (gugur)\n",
                "- **Alasan:** «Thesis» dikalahkan oleh «Objection», yang berdiri (bantahan yang digambar).");
    }

    @Test
    void switching_back_to_english_rewords_the_panel_and_the_grid() throws Exception {
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        MapView view = openOnThesis(attackedThesis());

        UI.getCurrent().setLocale(Translations.ENGLISH);
        test(view.showFindings).click();

        assertThat(paragraphs(view)).contains("«Thesis» is defeated by «Objection», which stands (a drawn rebut).",
                "«Thesis» would stand if «Objection» were defeated, or if it were preferred over «Objection».");
        assertThat(test(view.findings).getCellText(0, 0)).isEqualTo("attack-unanswered");
        assertThat(test(view.findings).getCellText(0, 2)).endsWith("the attack is left unanswered.");
    }
}
