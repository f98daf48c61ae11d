package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.reasoning.Conflict;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MapsViewTest extends SpringBrowserlessTest {

    @Test
    void the_combined_map_shows_every_claim_labelled_and_the_derived_russia_conflict() {
        MapsView view = navigate(MapsView.class);
        ArgumentMap combined = view.mapPicker.getListDataView().getItems()
                .filter(m -> m.id().equals("who-gained-from-the-2020-war")).findFirst().orElseThrow();

        view.mapPicker.setValue(combined);

        assertThat(view.claims.getListDataView().getItemCount()).isEqualTo(combined.claims().size());
        assertThat(view.conflicts.getListDataView().getItems())
                .anySatisfy(c -> {
                    assertThat(c.getRule()).isEqualTo("Claims with contrary descriptors conflict");
                    assertThat(c.getA() + " " + c.getB()).contains("p000-", "p004-");
                });
        assertThat(view.summary.getText()).contains(combined.claims().size() + " claims");
    }

    @Test
    void switching_maps_shows_the_other_maps_claims() {
        MapsView view = navigate(MapsView.class);
        ArgumentMap paper002 = view.mapPicker.getListDataView().getItems()
                .filter(m -> m.id().startsWith("paper-002-")).findFirst().orElseThrow();

        view.mapPicker.setValue(paper002);

        assertThat(view.claims.getListDataView().getItems().map(Claim::id))
                .allMatch(id -> id.startsWith("p002-"));
        assertThat(view.conflicts.getListDataView().getItems().map(Conflict::getKind)).isNotNull();
    }
}
