package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.charset.StandardCharsets;
import org.dialectica.workspace.MapSummary;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
// acts as an admin: these tests are about the workspace, not about who may use it (see MapAccessTest)
@WithMockUser(username = "admin", roles = "ADMIN")
class MapListViewTest extends SpringBrowserlessTest {
    @Autowired
    Workspace workspace;

    @Test
    void the_list_shows_the_sample_maps_and_search_narrows_it() {
        MapListView view = navigate(MapListView.class);
        assertThat(view.maps.getListDataView().getItems().map(MapSummary::id)).contains("who-gained-from-the-2020-war");

        int all = view.maps.getListDataView().getItemCount();

        view.search.setValue("ceasefire");

        assertThat(view.maps.getListDataView().getItems().map(MapSummary::title))
                .contains("Russia as the winner of the 2020 Nagorno-Karabakh ceasefire")
                .doesNotContain("Turkey's national interests in backing Azerbaijan in the 2020 war");
        assertThat(view.maps.getListDataView().getItemCount()).isLessThan(all);
    }

    @Test
    void a_malformed_upload_shows_where_it_is_wrong_and_saves_nothing() {
        MapListView view = navigate(MapListView.class);
        long before = view.maps.getListDataView().getItemCount();

        view.importFile("bad.argdown", "[A]: ok\n\n[B]: bad {kind: hypothesis}\n".getBytes(StandardCharsets.UTF_8));

        assertThat(view.importMessage.isVisible()).isTrue();
        assertThat(view.importMessage.getText()).contains("bad.argdown:3:");
        assertThat(view.importMessage.getElement().getAttribute("data-status")).isEqualTo("error");
        assertThat(workspace.list("")).hasSize((int) before);
    }

    @Test
    void a_good_upload_is_listed() {
        MapListView view = navigate(MapListView.class);

        view.importFile("uploaded-debate.argdown", "[Motion]: The motion. {kind: thesis}\n".getBytes(StandardCharsets.UTF_8));

        assertThat(view.importMessage.getElement().getAttribute("data-status")).isEqualTo("ok");
        assertThat(view.maps.getListDataView().getItems().map(MapSummary::id)).contains("uploaded-debate");
    }

    @Test
    void user_text_is_rendered_as_text_not_markup() {
        String id = workspace.create("<img src=x onerror=alert(1)> debate", null);
        MapListView view = navigate(MapListView.class);
        // the test UI opened the home route before the map existed; searching lists afresh
        view.search.setValue("debate");

        assertThat(view.maps.getListDataView().getItems().map(MapSummary::title))
                .as("maps listed: %s, created id %s", view.maps.getListDataView().getItems().map(MapSummary::id).toList(), id)
                .contains("<img src=x onerror=alert(1)> debate");
        // a text column of a grid is rendered with textContent by Vaadin; nothing in the view uses Html or innerHTML
        workspace.delete(id);
    }
}
