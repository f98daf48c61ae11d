package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.workspace.MapAction;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The pages as a student sees them: the seed read-only with a way to a private copy; others' maps closed. */
@SpringBootTest
@WithMockUser(username = "ayu", roles = "STUDENT")
class MapRightsViewTest extends SpringBrowserlessTest {
    static final String SEED = "who-gained-from-the-2020-war";
    @Autowired
    Workspace workspace;

    @Test
    void a_student_reads_the_seed_without_edit_tools_and_works_on_a_copy() {
        MapView view = navigate(MapView.class, SEED);
        assertThat(view.canvas.getNodes()).isNotEmpty();
        assertThat(view.addClaim.isVisible()).isFalse();
        assertThat(view.addRelation.isVisible()).isFalse();
        assertThat(view.describeMap.isVisible()).isFalse();
        assertThat(view.share.isVisible()).isFalse();
        assertThat(view.readOnly.isVisible()).isTrue();
        view.select(view.canvas.getNodes().getFirst().id());
        assertThat(view.details.getChildren().anyMatch(c -> "edit-claim".equals(c.getId().orElse(null))
                || c.getChildren().anyMatch(b -> "edit-claim".equals(b.getId().orElse(null))))).isFalse();

        test(view.makeCopy).click();
        MapView copy = (MapView) getCurrentView();
        String copyId = copy.getPageTitle();
        assertThat(copy.addClaim.isVisible()).isTrue();
        assertThat(copy.share.isVisible()).isTrue();
        assertThat(copy.readOnly.isVisible()).isFalse();
        assertThat(copyId).contains("(copy by ayu)");
        assertThat(copy.canvas.getNodes()).hasSameSizeAs(view.canvas.getNodes());
        // the context is shared with other test classes: the copy goes (its maker may delete it)
        String path = com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        workspace.delete(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void someone_elses_private_map_by_its_address_says_it_is_not_shared_and_shows_nothing_of_it() {
        String teachers = CurrentPerson.as(new Person("teacher", "Sari", Role.TEACHER),
                () -> workspace.create("The teacher's secret plan", "answers to the exam"));
        MapView view = navigate(MapView.class, teachers);
        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.notFound.getText()).contains("is not shared with you");
        assertThat(view.title.getText()).doesNotContain("secret");
        assertThat(view.canvas.getNodes()).isEmpty();
        assertThat(workspace.may(teachers, MapAction.VIEW)).isFalse();
        CompareView compare = navigate(CompareView.class, teachers);
        assertThat(compare.notFound.getText()).contains("is not shared with you");
    }

    @Test
    void the_map_list_offers_a_student_a_copy_of_the_seed_but_no_delete() {
        MapListView list = navigate(MapListView.class);
        assertThat(list.maps.getListDataView().getItems().filter(m -> m.id().equals(SEED)).findFirst().orElseThrow()
                .allowed()).doesNotContain(MapAction.DELETE, MapAction.EDIT);
    }
}
