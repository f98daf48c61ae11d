package org.dialectica.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dialectica.DialecticaApplication;
import org.dialectica.OnPostgres;
import org.dialectica.TestPostgres;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Comments are stored, not kept in memory: the application is closed and started again on the same
 * database (an H2 file, or in the PostgreSQL run a database of its own), and the thread is there with
 * its reply, its authors and its resolution.
 */
@Tag(OnPostgres.TAG)
class CommentsSurviveRestartTest {
    private static final Person ADMIN = new Person("admin", "Admin", Role.ADMIN);
    private static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);

    @TempDir
    Path data;

    private static TestPostgres.Database postgres;

    @BeforeAll
    static void database() {
        if (TestPostgres.active()) postgres = TestPostgres.create();
    }

    @AfterAll
    static void dropDatabase() {
        if (postgres != null) postgres.close();
    }

    private ConfigurableApplicationContext start() {
        // as @SpringBootTest does: a mock servlet context, no web server (no pages here); the settings as
        // arguments, so they win over the tests' in-memory database
        List<String> database = postgres == null
                ? List.of("--spring.datasource.url=jdbc:h2:file:" + data.toAbsolutePath() + "/dialectica;DB_CLOSE_ON_EXIT=FALSE")
                : List.of("--spring.datasource.url=" + postgres.url(), "--spring.datasource.username=" + postgres.user(),
                        "--spring.datasource.password=" + postgres.password());
        return new SpringApplicationBuilder(DialecticaApplication.class)
                .contextFactory(ApplicationContextFactory.of(() -> new GenericWebApplicationContext(new MockServletContext()))).run(
                Stream.concat(database.stream(), Stream.of("--dialectica.data-dir=" + data.toAbsolutePath())).toArray(String[]::new));
    }

    @Test
    void a_thread_with_its_reply_and_resolution_survives_a_restart() throws Exception {
        String mapId;
        CommentThread before;
        try (ConfigurableApplicationContext app = start()) {
            Workspace workspace = app.getBean(Workspace.class);
            Discussion discussion = app.getBean(Discussion.class);
            mapId = CurrentPerson.as(ADMIN, () -> {
                try {
                    String id = workspace.importArgdown("restart.argdown", "[Thesis]: The thesis. {kind: thesis}\n").mapId();
                    workspace.share(id, org.dialectica.workspace.Visibility.PUBLIC, null, java.util.Map.of());
                    return id;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            CommentThread opened = CurrentPerson.as(AYU, () -> discussion.post(mapId, "thesis", "Still here after a restart?", null));
            CurrentPerson.as(ADMIN, () -> discussion.reply(opened.id(), "We shall see.", null));
            before = CurrentPerson.as(ADMIN, () -> discussion.resolve(opened.id(), null));
        }

        try (ConfigurableApplicationContext app = start()) {
            Discussion discussion = app.getBean(Discussion.class);
            List<CommentThread> after = CurrentPerson.as(AYU, () -> discussion.threads(mapId));

            assertThat(after).containsExactly(before);
            assertThat(after.getFirst().comments()).extracting(Comment::authorName).containsExactly("Ayu", "Admin");
            assertThat(after.getFirst().resolution().by()).isEqualTo("admin");
        }
    }
}
