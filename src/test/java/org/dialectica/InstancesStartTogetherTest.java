package org.dialectica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several instances on one PostgreSQL start together: two applications started at the same moment on
 * one empty database both come up, Flyway (holding its lock on the schema history) applies every
 * migration once, and the first start's admin (no demo accounts on PostgreSQL) and sample maps are
 * made once.
 */
@Tag(OnPostgres.TAG)
class InstancesStartTogetherTest {

    private static ConfigurableApplicationContext start(TestPostgres.Database database) {
        // empty: not set, as in production, where PostgreSQL gets no demo accounts
        return database.application("--dialectica.demo-accounts=");
    }

    @RepeatedTest(3) // the race is one of timing: a few starts catch it more often than one
    void two_instances_started_together_on_an_empty_database_both_come_up_and_migrate_it_once() throws Exception {
        assumeTrue(TestPostgres.active(), "on PostgreSQL only (DIALECTICA_TEST_POSTGRES; .ci/run sets it)");
        try (TestPostgres.Database database = TestPostgres.create();
                ExecutorService starters = Executors.newFixedThreadPool(2)) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<ConfigurableApplicationContext>> instances = List.of(1, 2).stream().map(i -> starters.submit(() -> {
                together.await();
                return start(database);
            })).toList();
            try (ConfigurableApplicationContext a = instances.get(0).get(); ConfigurableApplicationContext b = instances.get(1).get()) {
                JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo(database.name());
                List<String> applied = jdbc.queryForList(
                        "select version from flyway_schema_history where success and version is not null order by installed_rank", String.class);
                assertThat(applied).doesNotHaveDuplicates().contains("1", "13", "14");
                assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class)).isZero();
                assertThat(jdbc.queryForList("select login from account", String.class)).containsExactly("admin");
                assertThat(b.getBean(JdbcTemplate.class).queryForList("select login from account", String.class)).containsExactly("admin");
                // the sample maps once each, not once per instance (a second import would add "<id>-2")
                try (Stream<Path> samples = Files.list(Path.of("arguments"))) {
                    assertThat(jdbc.queryForObject("select count(*) from argument_map", Long.class))
                            .isEqualTo(samples.filter(f -> f.toString().endsWith(".argdown")).count());
                }
                // the seed papers once each too (a second insert of an id would have failed a start)
                assertThat(jdbc.queryForObject("select count(*) from paper", Long.class)).isEqualTo(5);
            }
        }
    }
}
