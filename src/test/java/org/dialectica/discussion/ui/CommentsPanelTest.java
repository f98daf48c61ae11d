package org.dialectica.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.dialectica.base.ui.CanvasNode;
import org.dialectica.base.ui.GraphCanvas;
import org.dialectica.base.ui.Translations;
import org.dialectica.discussion.CommentThread;
import org.dialectica.discussion.Discussion;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.workspace.Change;
import org.dialectica.workspace.Visibility;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The comments in the map view: posted from the side panel of the selected claim, shown as text
 * with their author, counted on the claim's node, and followed live when someone else comments.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class CommentsPanelTest extends SpringBrowserlessTest {
    private static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);

    @Autowired
    Workspace workspace;
    @Autowired
    Discussion discussion;

    private String publicMap() throws Exception {
        String mapId = workspace.importArgdown("panel.argdown", """
                [Thesis]: The thesis. {kind: thesis}
                  + [Evidence]: The evidence. {kind: evidence, paper: "p.txt", locator: "p. 1", quote: "q"}

                [Rival]: A rival thesis. {kind: thesis}
                """).mapId();
        workspace.share(mapId, Visibility.PUBLIC, null, Map.of());
        return mapId;
    }

    /** Opens the map view and clicks the claim on the canvas, as a user would. */
    private GraphCanvas openAndSelect(String mapId, String claimId) {
        navigate("map/" + mapId, Component.class);
        GraphCanvas canvas = $(GraphCanvas.class).single();
        ComponentUtil.fireEvent(canvas, new GraphCanvas.NodeSelectedEvent(canvas, true, claimId));
        return canvas;
    }

    private static CanvasNode.Badge badge(GraphCanvas canvas, String claimId) {
        return canvas.getNodes().stream().filter(n -> n.id().equals(claimId)).findFirst().orElseThrow().badge();
    }

    @Test
    void a_comment_posted_from_the_side_panel_is_shown_as_text_and_counted_on_its_claim() throws Exception {
        String mapId = publicMap();
        GraphCanvas canvas = openAndSelect(mapId, "thesis");
        assertThat(badge(canvas, "thesis")).isNull();

        CommentsPanel panel = $(CommentsPanel.class).single();
        test(panel.text).setValue("<b>Which</b> paper says so?");
        test(panel.post).click();

        CommentThread thread = discussion.threads(mapId, "thesis").getFirst();
        Div shown = $(Div.class).id("thread-" + thread.id());
        assertThat(shown.getElement().getTextRecursively()).contains("admin").contains("<b>Which</b> paper says so?");
        assertThat(panel.text.getValue()).isEmpty();
        assertThat(panel.heading.getText()).isEqualTo("Comments (1 open thread)");
        assertThat(badge(canvas, "thesis")).isEqualTo(new CanvasNode.Badge(1, "1 open comment"));
        assertThat(badge(canvas, "evidence")).isNull();
    }

    @Test
    void a_drawn_relation_takes_comments_under_its_id_in_the_map_model_and_a_declared_conflict_under_its_opposition() throws Exception {
        String mapId = publicMap();
        Opposition opposition = new Opposition("thesis", "rival", Opposition.Type.CONTRARY);
        workspace.apply(mapId, new Change.AddOpposition(opposition));
        GraphCanvas canvas = openAndSelect(mapId, "thesis");

        String support = Support.id("evidence", "thesis");
        ComponentUtil.fireEvent(canvas, new GraphCanvas.EdgeSelectedEvent(canvas, true, support));
        CommentsPanel onSupport = $(CommentsPanel.class).single();
        test(onSupport.text).setValue("Does the evidence bear this out?");
        test(onSupport.post).click();

        // the canvas draws the opposition as a derived conflict; its comments belong to the opposition
        String conflict = canvas.getEdges().stream().filter(e -> e.kind().equals("conflict")).findFirst().orElseThrow().id();
        ComponentUtil.fireEvent(canvas, new GraphCanvas.EdgeSelectedEvent(canvas, true, conflict));
        CommentsPanel onConflict = $(CommentsPanel.class).single();
        test(onConflict.text).setValue("Are they really contrary?");
        test(onConflict.post).click();

        assertThat(discussion.threads(mapId)).extracting(CommentThread::target).containsExactly(support, opposition.id());
        assertThat(canvas.getNodes()).allSatisfy(n -> assertThat(n.badge()).isNull()); // badges count comments on claims
    }

    @Test
    void a_reply_and_a_resolution_from_the_panel_update_the_thread_and_the_badge() throws Exception {
        String mapId = publicMap();
        CommentThread thread = discussion.post(mapId, "thesis", "Sourced?", null);
        GraphCanvas canvas = openAndSelect(mapId, "thesis");
        CommentsPanel panel = $(CommentsPanel.class).single();

        test($(com.vaadin.flow.component.button.Button.class).id("reply-" + thread.id())).click();
        test(panel.text).setValue("Yes, page 1.");
        test(panel.post).click();
        assertThat(discussion.threads(mapId, "thesis").getFirst().comments()).hasSize(2);
        assertThat(badge(canvas, "thesis").count()).isEqualTo(2);

        test($(com.vaadin.flow.component.button.Button.class).id("resolve-" + thread.id())).click();
        assertThat(discussion.threads(mapId, "thesis").getFirst().isResolved()).isTrue();
        assertThat($(Div.class).id("thread-" + thread.id()).getElement().getAttribute("data-resolved")).isEqualTo("true");
        assertThat(badge(canvas, "thesis")).isNull();
    }

    @Test
    void the_panel_speaks_the_readers_language_and_writes_times_their_way() throws Exception {
        String mapId = publicMap();
        CommentThread thread = CurrentPerson.as(AYU, () -> discussion.post(mapId, "thesis", "Apa sumbernya?", null));
        UI.getCurrent().setLocale(Translations.INDONESIAN);
        openAndSelect(mapId, "thesis");
        CommentsPanel panel = $(CommentsPanel.class).single();

        assertThat(panel.heading.getText()).isEqualTo("Komentar (1 utas terbuka)");
        String written = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Translations.INDONESIAN).format(thread.opening().at().atZone(ZoneId.systemDefault()));
        assertThat($(Div.class).id("thread-" + thread.id()).getElement().getTextRecursively()).contains("Ayu · " + written);
        assertThat(panel.post.getText()).isEqualTo("Kirim komentar");
    }

    @Test
    void an_over_long_comment_is_refused_in_the_panel_with_the_reason() throws Exception {
        String mapId = publicMap();
        openAndSelect(mapId, "thesis");
        CommentsPanel panel = $(CommentsPanel.class).single();

        // the browser stops typing at the limit; a page that sends more anyway is refused by the server
        panel.text.setMaxLength(Discussion.MAX_BODY * 2);
        panel.text.setValue("x".repeat(Discussion.MAX_BODY + 1));
        panel.send();

        assertThat(panel.text.isInvalid()).isTrue();
        assertThat(panel.text.getErrorMessage()).isEqualTo("This comment is 4,001 characters long; at most 4,000 can be stored");
        assertThat(discussion.threads(mapId)).isEmpty();
    }

    @Test
    void another_viewer_sees_a_new_comment_and_its_count_without_reloading() throws Exception {
        String mapId = publicMap();
        GraphCanvas canvas = openAndSelect(mapId, "thesis");
        CommentsPanel panel = $(CommentsPanel.class).single();
        panel.text.setValue("Half-typed");

        // someone else, on another page: the news reaches this page through the map's viewers
        CommentThread theirs = CurrentPerson.as(AYU, () -> discussion.post(mapId, "thesis", "I doubt it.", null));
        roundTrip();

        assertThat($(Div.class).id("thread-" + theirs.id()).getElement().getTextRecursively()).contains("Ayu").contains("I doubt it.");
        assertThat(badge(canvas, "thesis").count()).isEqualTo(1);
        assertThat(panel.text.getValue()).isEqualTo("Half-typed");
    }
}
