package org.dialectica.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dialectica.map.Claim;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 18, "merge, don't overwrite", through the workspace on the real database: a save made on
 * an old version keeps the other person's changes to the fields it did not touch, refuses only
 * fields both changed (saving nothing), and tells the other person when their values are replaced.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ClaimMergeTest {
    private static final Person AYU = new Person("merge-ayu", "Ayu", Role.ADMIN);
    private static final Person BUDI = new Person("merge-budi", "Budi", Role.ADMIN);

    @Autowired
    Workspace workspace;

    private String map() throws Exception {
        return workspace.importArgdown("merge.argdown", "[Thesis]: The thesis. {kind: thesis}\n").mapId();
    }

    @Test
    void a_save_on_an_old_version_keeps_the_other_persons_text_and_saves_its_own_title() throws Exception {
        String mapId = map();
        Claim opened = workspace.load(mapId).claim("thesis").orElseThrow();
        long version = workspace.claimVersion(mapId, "thesis");
        CurrentPerson.as(BUDI, () -> workspace.saveClaim(mapId, new ClaimEdit(opened, version, opened.withText("Budi's text."), Set.of()), null));

        Claim ayus = ClaimField.TITLE.take(opened, new Claim("thesis", "Ayu's title", "x", null, null, null, null, null, null, null, null));
        ClaimEdit.Saved saved = CurrentPerson.as(AYU, () -> workspace.saveClaim(mapId, new ClaimEdit(opened, version, ayus, Set.of()), null));

        Claim stored = workspace.load(mapId).claim("thesis").orElseThrow();
        assertThat(stored.title()).isEqualTo("Ayu's title");
        assertThat(stored.text()).isEqualTo("Budi's text.");
        assertThat(saved.taken()).containsExactly(ClaimField.TEXT);
        assertThat(workspace.analysis(mapId).map().claim("thesis").orElseThrow()).isEqualTo(stored);
    }

    @Test
    void both_changing_the_text_saves_nothing_and_offers_both_then_the_choice_is_saved_and_its_author_told() throws Exception {
        String mapId = map();
        Claim opened = workspace.load(mapId).claim("thesis").orElseThrow();
        long version = workspace.claimVersion(mapId, "thesis");
        CurrentPerson.as(BUDI, () -> workspace.saveClaim(mapId, new ClaimEdit(opened, version, opened.withText("Budi's text."), Set.of()), null));
        List<MapEvent> heard = new CopyOnWriteArrayList<>();
        MapEvents.Viewer budisPage = CurrentPerson.as(BUDI, () -> workspace.join(mapId, "Budi", heard::add));

        Claim ayus = opened.withText("Ayu's text.");
        assertThatThrownBy(() -> CurrentPerson.as(AYU, () -> workspace.saveClaim(mapId, new ClaimEdit(opened, version, ayus, Set.of()), null)))
                .isInstanceOfSatisfying(MergeConflictException.class, e -> {
                    assertThat(e.conflicts()).containsExactly(ClaimField.TEXT);
                    assertThat(e.theirs().text()).isEqualTo("Budi's text.");
                    assertThat(e.merged().text()).isEqualTo("Ayu's text.");
                    assertThat(e.theirAuthor()).isEqualTo("Budi");
                    // the choice: Ayu keeps her text, knowingly, on the version she was shown
                    CurrentPerson.as(AYU, () -> workspace.saveClaim(mapId,
                            new ClaimEdit(e.theirs(), e.version(), e.merged(), Set.of(ClaimField.TEXT)), null));
                });

        assertThat(workspace.load(mapId).claim("thesis").orElseThrow().text()).isEqualTo("Ayu's text.");
        assertThat(heard).anySatisfy(news -> {
            assertThat(news.kind()).isEqualTo(MapEvent.Kind.REPLACED);
            assertThat(news.replaced().ofLogin()).isEqualTo("merge-budi");
            assertThat(news.replaced().byName()).isEqualTo("Ayu");
            assertThat(news.replaced().fields()).containsExactly(ClaimField.TEXT);
        });
        budisPage.close();
    }

    @Test
    void a_claim_deleted_meanwhile_is_said_to_be_deleted() throws Exception {
        String mapId = map();
        Claim opened = workspace.load(mapId).claim("thesis").orElseThrow();
        long version = workspace.claimVersion(mapId, "thesis");
        workspace.removeClaim(mapId, "thesis", version);

        assertThatThrownBy(() -> workspace.saveClaim(mapId, new ClaimEdit(opened, version, opened.withText("Late."), Set.of()), null))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(e.kind()).isEqualTo(ConcurrentEditException.Kind.DELETED));
    }
}
