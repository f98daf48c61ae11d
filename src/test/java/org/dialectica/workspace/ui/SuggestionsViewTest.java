package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Map;
import org.dialectica.map.Opposition;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.suggestion.Suggestion;
import org.dialectica.workspace.EditStep;
import org.dialectica.workspace.MapHistory;
import org.dialectica.workspace.Suggestions;
import org.dialectica.workspace.Visibility;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 16, conflicts suggested from the texts in the map view: accepted as a drawn opposition (an
 * edit in the history), dismissed for good (stored, so a reload does not bring it back), and not
 * offered to someone who may only read the map.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class SuggestionsViewTest extends SpringBrowserlessTest {
    private static final Person BUDI = new Person("budi", "Budi", Role.STUDENT);
    private static final Suggestion.Pair PAIR = new Suggestion.Pair("russia-weaker", "russia-stronger");

    @Autowired
    Workspace workspace;
    @Autowired
    MapHistory history;
    @Autowired
    Suggestions suggestions;

    /** Two papers that disagree in words no descriptor carries, and a third that agrees with one. */
    private String disagreeingPapers() throws Exception {
        return workspace.importArgdown("suggestions-view.argdown", """
                [Russia weaker]: Russia's influence in the region weakened after the war.
                  {paper: "000.txt", locator: "p. 1", quote: "q1", actors: [Russia]}

                [Russia stronger]: Russia's influence in the region became stronger after the war.
                  {paper: "004.txt", locator: "p. 2", quote: "q2", actors: [Russia]}

                [Turkey rises]: Turkey's influence in Central Asia grew.
                  {paper: "001.txt", locator: "p. 3", quote: "q3", actors: [Turkey]}
                """).mapId();
    }

    private MapView opened(MapView view) {
        test(view.showSuggestions).click();
        return view;
    }

    @Test
    void the_suggestions_are_hidden_until_asked_for_and_name_the_words_why() throws Exception {
        MapView view = navigate(MapView.class, disagreeingPapers());
        assertThat(view.showSuggestions.isVisible()).isTrue();
        assertThat(view.suggestionsPanel.isVisible()).isFalse();

        opened(view);

        assertThat(view.suggestionsPanel.isVisible()).isTrue();
        assertThat(view.suggestionsPanel.rows).singleElement().satisfies(row -> {
            assertThat(row.suggestion().pair()).isEqualTo(PAIR);
            assertThat(row.component().getElement().getTextRecursively())
                    .contains("«Russia stronger»", "«Russia weaker»", "opposite words: stronger / weaker, weakened", "shared words: russia, influence, region, war");
        });
        test(view.showSuggestions).click();
        assertThat(view.suggestionsPanel.isVisible()).isFalse();
    }

    @Test
    void accepting_a_suggestion_draws_the_opposition_through_the_history_and_takes_it_off_the_list() throws Exception {
        String mapId = disagreeingPapers();
        MapView view = opened(navigate(MapView.class, mapId));

        test(view.suggestionsPanel.rows.getFirst().contrary()).click();

        assertThat(workspace.load(mapId).oppositions()).containsExactly(new Opposition("russia-stronger", "russia-weaker", Opposition.Type.CONTRARY));
        assertThat(history.of(mapId).getFirst().steps()).containsExactly(
                new EditStep(EditStep.Kind.CONTRARY_ADDED, java.util.List.of("Russia stronger", "Russia weaker")));
        assertThat(workspace.analysis(mapId).conflicts()).anySatisfy(c -> assertThat(new Suggestion.Pair(c.getA(), c.getB())).isEqualTo(PAIR));
        assertThat(view.suggestionsPanel.rows).isEmpty();
        assertThat(view.suggestionsPanel.none.getText()).startsWith("No suggestions");
        // an edit like any other: undone from the toolbar
        view.undo();
        assertThat(workspace.load(mapId).oppositions()).isEmpty();
        assertThat(view.suggestionsPanel.rows).extracting(r -> r.suggestion().pair()).containsExactly(PAIR);
    }

    @Test
    void a_dismissed_suggestion_is_stored_and_stays_away_after_a_reload() throws Exception {
        String mapId = disagreeingPapers();
        MapView view = opened(navigate(MapView.class, mapId));

        test(view.suggestionsPanel.rows.getFirst().dismiss()).click();

        assertThat(view.suggestionsPanel.rows).isEmpty();
        assertThat(suggestions.dismissed(mapId)).containsExactly(PAIR);
        assertThat(workspace.load(mapId).oppositions()).isEmpty();
        MapView reloaded = opened(navigate(MapView.class, mapId));
        assertThat(reloaded.suggestionsPanel.rows).isEmpty();
        assertThat(suggestions.of(mapId, 10)).isEmpty();
    }

    @Test
    void someone_who_may_only_read_the_map_sees_no_suggestions_and_the_service_refuses_them() throws Exception {
        String mapId = disagreeingPapers();
        workspace.share(mapId, Visibility.PRIVATE, null, Map.of("budi", false));

        CurrentPerson.as(BUDI, () -> {
            MapView view = navigate(MapView.class, mapId);
            assertThat(view.canvas.getNodes()).hasSize(3);
            assertThat(view.showSuggestions.isVisible()).isFalse();
            assertThat(view.suggestionsPanel.isVisible()).isFalse();
            assertThat(view.suggestionsPanel.rows).isEmpty();
            assertThatThrownBy(() -> suggestions.of(mapId, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> suggestions.dismiss(mapId, PAIR.a(), PAIR.b())).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void the_panel_speaks_indonesian() throws Exception {
        String mapId = disagreeingPapers();
        com.vaadin.flow.component.UI.getCurrent().setLocale(org.dialectica.base.ui.Translations.INDONESIAN);
        MapView view = opened(navigate(MapView.class, mapId));

        assertThat(view.showSuggestions.getText()).isEqualTo("Usulan konflik");
        assertThat(view.suggestionsPanel.rows.getFirst().component().getElement().getTextRecursively())
                .contains("kata berlawanan: stronger / weaker, weakened", "Terima sebagai kontrari", "Abaikan");
    }
}
