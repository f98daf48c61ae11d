package org.dialectica.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dialectica.map.Attack;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.workspace.Change;
import org.dialectica.workspace.MapEvent;
import org.dialectica.workspace.MapEvents;
import org.dialectica.workspace.Visibility;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 8, comments: threads on claims and relations with their authors and times, who may read,
 * post, resolve and reopen them, the bound on their length, and that they go with their map.
 * Against the real database; the other people act through {@link CurrentPerson#as}.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class DiscussionTest {
    private static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);
    private static final Person BUDI = new Person("budi", "Budi", Role.STUDENT);
    private static final Person CITRA = new Person("citra", "Citra", Role.STUDENT);
    private static final Person TEACHER = new Person("teacher", "Sari (teacher)", Role.TEACHER);

    private static final String MAP = """
            [Thesis]: The thesis. {kind: thesis}
              + [Evidence]: The evidence. {kind: evidence, paper: "p.txt", locator: "p. 1", quote: "q"}
              - [Objection]: An objection. {kind: claim}

            [Rival]: A rival thesis. {kind: thesis}
            """;

    @Autowired
    Discussion discussion;
    @Autowired
    Workspace workspace;
    @Autowired
    JdbcTemplate jdbc;

    /** A map of the admin's that everyone may see and comment on. */
    private String publicMap() throws Exception {
        String mapId = workspace.importArgdown("comments.argdown", MAP).mapId();
        workspace.share(mapId, Visibility.PUBLIC, null, Map.of());
        return mapId;
    }

    /** A map of the admin's that nobody else may see. */
    private String privateMap() throws Exception {
        return workspace.importArgdown("private.argdown", MAP).mapId();
    }

    @Test
    void a_thread_keeps_its_comments_in_order_with_their_authors_and_times() throws Exception {
        String mapId = publicMap();
        Instant before = Instant.now();

        CommentThread opened = discussion.post(mapId, "thesis", "  Where does the thesis come from?\n", null);
        CommentThread answered = CurrentPerson.as(AYU, () -> discussion.reply(opened.id(), "From paper 000.", null));

        assertThat(answered.id()).isEqualTo(opened.id());
        assertThat(answered.target()).isEqualTo("thesis");
        assertThat(answered.comments()).extracting(Comment::author).containsExactly("admin", "ayu");
        assertThat(answered.comments()).extracting(Comment::authorName).containsExactly("admin", "Ayu");
        assertThat(answered.comments()).extracting(Comment::body).containsExactly("Where does the thesis come from?", "From paper 000.");
        assertThat(answered.comments()).allSatisfy(c -> assertThat(c.at()).isBetween(before, Instant.now()));
        assertThat(answered.comments().get(1).at()).isAfterOrEqualTo(answered.comments().get(0).at());
        assertThat(answered.isResolved()).isFalse();
        // as every reader sees it, on the claim and in the whole map
        assertThat(CurrentPerson.as(BUDI, () -> discussion.threads(mapId, "thesis"))).containsExactly(answered);
        assertThat(discussion.threads(mapId)).containsExactly(answered);
        assertThat(discussion.threads(mapId, "rival")).isEmpty();
    }

    @Test
    void a_comment_with_an_invisible_control_character_is_refused_and_nothing_is_posted() throws Exception {
        String mapId = publicMap();
        assertThatThrownBy(() -> discussion.post(mapId, "thesis", "Looks fine \u202Eeht ot", null))
                .hasMessageContaining("The comment contains the invisible control character U+202E");
        assertThat(discussion.threads(mapId)).isEmpty();
    }

    @Test
    void replies_belong_to_the_thread_and_a_reply_cannot_be_answered_as_a_thread() throws Exception {
        String mapId = publicMap();
        CommentThread first = discussion.post(mapId, "thesis", "First point.", null);
        CommentThread second = discussion.post(mapId, "thesis", "Second point.", null);
        CommentThread replied = discussion.reply(first.id(), "On the first.", null);

        assertThat(discussion.threads(mapId, "thesis")).extracting(t -> t.comments().size()).containsExactly(2, 1);
        assertThat(discussion.threads(mapId, "thesis").get(1).id()).isEqualTo(second.id());
        long replyId = replied.comments().get(1).id();
        assertThatThrownBy(() -> discussion.reply(replyId, "On the reply.", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a reply, not a thread");
    }

    @Test
    void drawn_relations_take_comments_by_their_ids_in_the_map_model_and_unknown_targets_are_refused() throws Exception {
        String mapId = publicMap();
        Opposition opposition = new Opposition("thesis", "rival", Opposition.Type.CONTRARY);
        workspace.apply(mapId, new Change.AddOpposition(opposition));
        String support = Support.id("evidence", "thesis");
        String attack = Attack.onClaim("objection", "thesis").id();

        for (String target : List.of(support, attack, opposition.id())) discussion.post(mapId, target, "About " + target, null);

        assertThat(discussion.threads(mapId)).extracting(CommentThread::target).containsExactly(support, attack, opposition.id());
        assertThatThrownBy(() -> discussion.post(mapId, "no-such-claim", "Hello?", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no claim or relation 'no-such-claim'");
    }

    @Test
    void the_author_an_editor_of_the_map_or_a_teacher_may_resolve_and_no_one_else() throws Exception {
        String mapId = publicMap();
        workspace.share(mapId, Visibility.PUBLIC, null, Map.of("budi", true)); // Budi edits it; everyone may comment
        CommentThread ayus = CurrentPerson.as(AYU, () -> discussion.post(mapId, "thesis", "Is this sourced?", null));

        // another student, who may comment but not edit
        assertThatThrownBy(() -> CurrentPerson.as(CITRA, () -> discussion.resolve(ayus.id(), null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only the thread's author");
        assertThat(CurrentPerson.as(CITRA, () -> discussion.rights(mapId))).satisfies(r -> {
            assertThat(r.mayComment()).isTrue();
            assertThat(r.mayResolve(ayus)).isFalse();
        });
        assertThat(CurrentPerson.as(AYU, () -> discussion.rights(mapId).mayResolve(ayus))).isTrue();
        assertThat(CurrentPerson.as(TEACHER, () -> discussion.rights(mapId).mayResolveAny())).isTrue();
        assertThat(CurrentPerson.as(BUDI, () -> discussion.rights(mapId).mayResolveAny())).isTrue();
        // a teacher, who is not among the map's editors
        CommentThread resolved = CurrentPerson.as(TEACHER, () -> discussion.resolve(ayus.id(), null));
        assertThat(resolved.resolution().by()).isEqualTo("teacher");
        assertThat(resolved.resolution().byName()).isEqualTo("Sari (teacher)");
        assertThatThrownBy(() -> CurrentPerson.as(CITRA, () -> discussion.unresolve(ayus.id(), null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("reopen");
        // the author
        assertThat(CurrentPerson.as(AYU, () -> discussion.unresolve(ayus.id(), null)).isResolved()).isFalse();
        // a student who may edit the map
        assertThat(CurrentPerson.as(BUDI, () -> discussion.resolve(ayus.id(), null)).resolution().by()).isEqualTo("budi");
        assertThat(discussion.threads(mapId, "thesis").getFirst().isResolved()).isTrue();
    }

    @Test
    void someone_who_may_not_view_the_map_can_neither_read_nor_post_nor_resolve() throws Exception {
        String mapId = privateMap();
        CommentThread mine = discussion.post(mapId, "thesis", "A private note.", null);

        CurrentPerson.as(AYU, () -> {
            assertThatThrownBy(() -> discussion.threads(mapId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> discussion.threads(mapId, "thesis")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> discussion.unresolvedCounts(mapId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> discussion.post(mapId, "thesis", "Let me in.", null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> discussion.reply(mine.id(), "Let me in.", null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> discussion.resolve(mine.id(), null)).isInstanceOf(AccessDeniedException.class);
            assertThat(discussion.rights(mapId)).isEqualTo(Discussion.Rights.NONE);
        });
        assertThat(discussion.threads(mapId)).singleElement().satisfies(t -> assertThat(t.comments()).hasSize(1));
    }

    @Test
    void an_over_long_comment_is_refused_by_name_and_nothing_is_saved() throws Exception {
        String mapId = publicMap();

        assertThatThrownBy(() -> discussion.post(mapId, "thesis", "x".repeat(Discussion.MAX_BODY + 1), null))
                .isInstanceOf(CommentTooLongException.class)
                .hasMessage("The comment is 4,001 characters long; at most 4,000 can be stored");
        assertThatThrownBy(() -> discussion.post(mapId, "thesis", " \n ", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A comment needs some text");
        assertThat(discussion.threads(mapId)).isEmpty();

        CommentThread longest = discussion.post(mapId, "thesis", "y".repeat(Discussion.MAX_BODY), null);
        assertThatThrownBy(() -> discussion.reply(longest.id(), "z".repeat(Discussion.MAX_BODY + 1), null))
                .isInstanceOf(CommentTooLongException.class);
        assertThat(discussion.threads(mapId)).singleElement()
                .satisfies(t -> assertThat(t.opening().body()).hasSize(Discussion.MAX_BODY));
    }

    @Test
    void open_threads_are_counted_per_claim_with_their_replies_and_resolved_ones_are_not() throws Exception {
        String mapId = publicMap();
        CommentThread one = discussion.post(mapId, "thesis", "One.", null);
        CurrentPerson.as(AYU, () -> discussion.reply(one.id(), "Reply.", null));
        CommentThread two = discussion.post(mapId, "thesis", "Two.", null);
        discussion.post(mapId, "rival", "Three.", null);

        assertThat(discussion.unresolvedCounts(mapId)).isEqualTo(Map.of("thesis", 3, "rival", 1));

        discussion.resolve(two.id(), null);
        assertThat(discussion.unresolvedCounts(mapId)).isEqualTo(Map.of("thesis", 2, "rival", 1));
        discussion.resolve(one.id(), null);
        assertThat(discussion.unresolvedCounts(mapId)).isEqualTo(Map.of("rival", 1));
    }

    @Test
    void the_other_viewers_hear_of_a_comment_and_the_page_that_posted_it_does_not() throws Exception {
        String mapId = publicMap();
        List<MapEvent> poster = new ArrayList<>();
        List<MapEvent> other = new ArrayList<>();
        try (MapEvents.Viewer posting = workspace.join(mapId, "Poster", poster::add);
                MapEvents.Viewer reading = CurrentPerson.as(AYU, () -> workspace.join(mapId, "Ayu", other::add))) {
            CommentThread thread = discussion.post(mapId, "thesis", "News.", posting);
            CurrentPerson.as(AYU, () -> discussion.reply(thread.id(), "Heard.", reading));

            assertThat(other).extracting(MapEvent::kind).containsOnlyOnce(MapEvent.Kind.COMMENTED);
            assertThat(poster).extracting(MapEvent::kind).containsOnlyOnce(MapEvent.Kind.COMMENTED);
        }
    }

    @Test
    void comments_go_with_their_deleted_map() throws Exception {
        String mapId = publicMap();
        CommentThread thread = discussion.post(mapId, "thesis", "Soon gone.", null);
        discussion.reply(thread.id(), "With its reply.", null);
        assertThat(jdbc.queryForObject("select count(*) from map_comment where map_id = ?", Integer.class, mapId)).isEqualTo(2);

        workspace.delete(mapId);

        assertThat(jdbc.queryForObject("select count(*) from map_comment where map_id = ?", Integer.class, mapId)).isZero();
        assertThatThrownBy(() -> discussion.reply(thread.id(), "Anyone?", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no comment thread");
    }
}
