package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
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
        assertThat($view(Anchor.class).all()).extracting(Anchor::getText)
                .contains("«Russia's hegemony weakens»", "«Russia is the clear winner of the ceasefire»");
        assertThat(view.result.getElement().getTextRecursively())
                .contains("Conflicts between the positions", "Cruxes")
                .contains("«Russia's hegemony weakens» ⟷ «Russia's regional position is much stronger» (contrary)")
                // every crux comes with its what-if outcome, worded from a relabelling
                .containsPattern("If «[^»]+» (is preferred over|is established|is defeated)[^.]*, «[^»]+» (stands|is defeated|is undecided|has no standing grounds)")
                // hidden before: the defeat of the upper hand alone turns both theses
                .contains("If «Moscow holds the upper hand over Baku» is defeated, «Russia is the clear winner of the ceasefire» has no"
                        + " standing grounds and «Russia's hegemony weakens» stands.");
        // only theses are offered
        assertThat(picker.theses.getListDataView().getItems()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(org.dialectica.map.ClaimKind.THESIS));
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
