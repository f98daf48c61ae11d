package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.dialectica.base.ui.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
// acts as an admin: these tests are about the workspace, not about who may use it (see MapAccessTest)
@WithMockUser(username = "admin", roles = "ADMIN")
class CompareViewTest extends SpringBrowserlessTest {
    private static final String MAP = "who-gained-from-the-2020-war";

    @Test
    void the_two_russia_theses_side_by_side_with_their_conflicts_and_cruxes() {
        CompareView picker = navigate("compare/" + MAP, CompareView.class);
        picker.theses.setValue(picker.theses.getListDataView().getItems()
                .filter(c -> c.id().equals("p000-russia-hegemony-weakens") || c.id().equals("p004-russia-ceasefire-winner"))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        test(picker.compare).click();
        CompareView view = (CompareView) getCurrentView();

        assertThat(view.shownTheses()).containsExactlyInAnyOrder("p000-russia-hegemony-weakens", "p004-russia-ceasefire-winner");
        // every chosen thesis is named under the selector, not one chip and a count
        assertThat(view.theses.getAutoExpand()).isEqualTo(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        assertThat(view.chosen.getElement().getTextRecursively())
                .contains("Russia's hegemony weakens", "Russia is the clear winner of the ceasefire");
        // one column per thesis; each thesis links to the map once, the sentences are plain text
        assertThat($view(Div.class).withClassName("thesis-card").all()).hasSize(2);
        assertThat($view(Anchor.class).all()).extracting(Anchor::getText)
                .containsExactlyInAnyOrder("Russia's hegemony weakens", "Russia is the clear winner of the ceasefire");
        String text = view.result.getElement().getTextRecursively();
        assertThat(text).contains("Where the positions clash", "Cruxes: what the seminar has to decide")
                .contains("«Russia's hegemony weakens» is contrary to «Russia's regional position is much stronger»")
                // hidden before: the defeat of the upper hand alone turns both theses
                .contains("If «Moscow holds the upper hand over Baku» is defeated, then")
                .doesNotContain("⟷", "no standing grounds", "preferred in all");
        // each crux a card with its computed what-if sentence and, per outcome, every thesis's status
        List<Div> cards = $view(Div.class).withClassName("crux-card").all();
        assertThat(cards).hasSize(9);
        assertThat(cards.getFirst().getElement().getTextRecursively()).startsWith("Crux 1")
                .contains("If the seminar decides the side of «");
        assertThat(cards).allSatisfy(card -> assertThat(card.getElement().getTextRecursively())
                .containsPattern("If (the seminar decides|«[^»]+» is (defeated|accepted))[^.]*, then «[^»]+» (stands|falls|is undecided|has nothing left to rest on)"));
        // the picture of each what-if says its condition to a screen reader
        assertThat($view(Div.class).withClassName("crux-outcome").all()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getElement().getAttribute("aria-label")).startsWith("If "));
        // only theses are offered
        assertThat(picker.theses.getListDataView().getItems()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(org.dialectica.map.ClaimKind.THESIS));
    }

    @Test
    void in_indonesian_the_columns_the_clashes_and_the_cruxes_are_indonesian() {
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        try {
            CompareView view = open("p000-russia-hegemony-weakens", "p004-russia-ceasefire-winner");

            assertThat(view.title.getText()).startsWith("Bandingkan tesis");
            String text = view.result.getElement().getTextRecursively();
            assertThat(text).contains("Di mana posisi-posisi berbenturan", "Titik penentu 1", "Dasar")
                    .contains("«Russia's hegemony weakens» berlawanan (kontrari) dengan «Russia's regional position is much stronger»")
                    .contains("Jika seminar memutuskan bahwa pihak «")
                    .doesNotContain("If ", " then ", "stands", "Grounds", "Crux");
        } finally {
            UI.getCurrent().setLocale(Translations.ENGLISH);
        }
    }

    @Test
    void the_same_thesis_twice_or_a_claim_that_is_not_a_thesis_is_said_plainly() {
        CompareView twice = open("p000-russia-hegemony-weakens", "p000-russia-hegemony-weakens");
        assertThat($view(com.vaadin.flow.component.html.Paragraph.class).id("compare-problem").getText())
                .isEqualTo("«Russia's hegemony weakens» ('p000-russia-hegemony-weakens') is named twice: name each thesis once.");
        assertThat(twice.result.getElement().getTextRecursively()).doesNotContain("Cruxes");

        CompareView claim = open("p000-russia-hegemony-weakens", "p004-moscow-upper-hand");
        assertThat(claim.result.getElement().getTextRecursively()).isEqualTo("«Moscow holds the upper hand over Baku»"
                + " ('p004-moscow-upper-hand') is a claim, not a thesis: compare claims of kind thesis.");
    }

    /** The compare page as an address names it, {@code ?thesis=a&thesis=b}. */
    private CompareView open(String... theses) {
        com.vaadin.flow.component.UI.getCurrent().navigate("compare/" + MAP,
                new com.vaadin.flow.router.QueryParameters(java.util.Map.of("thesis", java.util.List.of(theses))));
        return (CompareView) getCurrentView();
    }

    @Test
    void fewer_than_two_theses_ask_for_more() {
        CompareView view = navigate("compare/" + MAP, CompareView.class);

        assertThat(view.result.getElement().getTextRecursively()).contains("Pick two or more theses");
    }

    @Test
    void an_unknown_map_says_so() {
        CompareView view = navigate("compare/no-such-map", CompareView.class);

        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.notFound.getText()).contains("no-such-map");
    }
}
