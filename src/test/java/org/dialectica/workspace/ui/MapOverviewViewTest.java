package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import org.dialectica.base.ui.Translations;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.reasoning.Analysis;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 19: the map page's side panel answers "which thesis stands, and why" before anything is selected. */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class MapOverviewViewTest extends SpringBrowserlessTest {
    static final String COMBINED = "who-gained-from-the-2020-war";
    @Autowired
    Workspace workspace;

    private static List<Div> entries(MapView view) {
        return view.details.getChildren().filter(c -> c instanceof ThesesOverview)
                .flatMap(Component::getChildren).filter(c -> hasClassName(c, "thesis-entry")).map(Div.class::cast).toList();
    }

    private static String text(Component c, String className) {
        return c.getChildren().flatMap(x -> hasClassName(x, className) ? java.util.stream.Stream.of(x)
                        : x.getChildren().filter(y -> hasClassName(y, className)))
                .map(x -> x.getElement().getTextRecursively()).findFirst().orElse(null);
    }

    private static boolean hasClassName(Component c, String name) {
        return c.getElement().getClassList().contains(name);
    }

    @Test
    void with_nothing_selected_the_panel_lists_every_thesis_with_status_strength_reason_and_grounds() {
        MapView view = navigate(MapView.class, COMBINED);
        Analysis analysis = workspace.state(COMBINED).analysis();
        List<Claim> theses = analysis.map().claims().stream().filter(c -> c.kind() == ClaimKind.THESIS).toList();

        List<Div> entries = entries(view);
        assertThat(entries).extracting(e -> e.getElement().getAttribute("data-claim")).containsExactlyElementsOf(theses.stream().map(Claim::id).toList());
        for (int i = 0; i < theses.size(); i++) {
            Claim thesis = theses.get(i);
            Div entry = entries.get(i);
            assertThat(text(entry, "thesis-title")).isEqualTo(thesis.displayTitle());
            StatusBadge badge = (StatusBadge) entry.getChildren().flatMap(Component::getChildren).filter(StatusBadge.class::isInstance)
                    .findFirst().orElseThrow();
            assertThat(badge.getElement().getAttribute("data-label")).isEqualTo(analysis.label(thesis.id()).name());
            assertThat(text(entry, "thesis-strength")).isEqualTo(analysis.strengthMeaning(thesis.id()).text(Locale.ENGLISH)).startsWith("Strength");
            // the same sentence the panel shows first for the selected thesis
            assertThat(text(entry, "thesis-reason")).isEqualTo(analysis.reasons(thesis.id()).getFirst().explanation().text(Locale.ENGLISH));
            int grounds = analysis.grounds(thesis.id()).size();
            assertThat(text(entry, "thesis-grounds")).isEqualTo(grounds == 0 ? "Grounds: none" : grounds == 1 ? "Grounds: 1 claim" : "Grounds: " + grounds + " claims");
        }
    }

    @Test
    void a_click_on_a_thesis_selects_it_and_its_reason_comes_before_its_sources() {
        MapView view = navigate(MapView.class, COMBINED);
        Div entry = entries(view).get(1);
        String id = entry.getElement().getAttribute("data-claim");

        test(entry).click();

        assertThat(view.details.getChildren().findFirst().orElseThrow().getElement().getText())
                .isEqualTo(workspace.load(COMBINED).claim(id).orElseThrow().displayTitle());
        assertThat(entries(view)).isEmpty();
        List<String> order = view.details.getChildren().map(c -> c.getId().orElse(c.getClass().getSimpleName())).toList();
        assertThat(order.subList(0, 5)).containsExactly("H3", "selected-label", "selected-strength", "H3", "selected-reason");
        assertThat(view.details.getElement().getTextRecursively()).contains(
                workspace.state(COMBINED).analysis().reasons(id).getFirst().explanation().text(Locale.ENGLISH));
    }

    @Test
    void a_map_without_a_thesis_says_how_to_see_why_a_claim_has_its_status() throws Exception {
        String mapId = workspace.importArgdown("no-thesis.argdown", """
                [Claim]: A claim. {kind: claim}
                  + [Evidence]: Some evidence. {kind: evidence}
                """).mapId();
        MapView view = navigate(MapView.class, mapId);

        assertThat(entries(view)).isEmpty();
        assertThat(view.details.getElement().getTextRecursively()).contains("This map names no thesis yet");
        workspace.delete(mapId);
    }

    @Test
    void in_indonesian_the_overview_and_the_new_tools_are_indonesian() {
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        MapView view = navigate(MapView.class, COMBINED);

        assertThat(view.details.getElement().getTextRecursively()).contains("Tesis dalam peta ini", "Dasar: ", "Kekuatan");
        assertThat(view.showFilters.getText()).isEqualTo("Saring");
        assertThat(view.showLegend.getText()).isEqualTo("Keterangan");
        assertThat(view.showFindings.getText()).startsWith("Temuan (");
        assertThat(view.canvas.getElement().getAttribute("zoom-note")).startsWith("Perbesar untuk membaca klaim");
    }

    @Test
    void the_filters_and_findings_wait_behind_their_buttons_which_count_what_is_set() {
        MapView view = navigate(MapView.class, COMBINED);
        assertThat(view.filters.isVisible()).isFalse();
        assertThat(view.findings.isVisible()).isFalse();
        assertThat(view.showFindings.getText()).isEqualTo("Findings (" + workspace.state(COMBINED).analysis().findings().size() + ")");

        test(view.showFindings).click();
        assertThat(view.findings.isVisible()).isTrue();
        assertThat(view.showFindings.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        view.labels.setValue(java.util.Set.of(org.dialectica.reasoning.Label.IN));
        view.showDerived.setValue(false);
        assertThat(view.showFilters.getText()).isEqualTo("Filters (2)");
    }

    @Test
    void an_editor_is_told_to_shift_drag_in_the_legend() {
        MapView view = navigate(MapView.class, COMBINED);
        assertThat(view.legend.getElement().getTextRecursively()).contains("Shift-drag", "zoom in to read");
    }

    @Test
    @WithMockUser(username = "ayu", roles = "STUDENT")
    void a_reader_who_may_not_edit_is_not_told_to_shift_drag() {
        MapView view = navigate(MapView.class, COMBINED);
        assertThat(view.readOnly.isVisible()).isTrue();
        assertThat(view.legend.getElement().getTextRecursively()).doesNotContain("Shift").contains("zoom in to read");
    }
}
