package org.dialectica.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.dialectica.bench.GeneratedMaps;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Issue 7: live sessions nobody uses are closed after a configurable time and rebuilt on demand. */
@SpringBootTest(properties = "dialectica.session-idle=400ms")
// acts as an admin: these tests are about the workspace, not about who may use it (see MapAccessTest)
@WithMockUser(username = "admin", roles = "ADMIN")
class SessionEvictionTest {
    private static final String COMBINED = "who-gained-from-the-2020-war";

    @Autowired
    Workspace workspace;

    @Test
    void an_idle_session_is_closed_and_the_next_use_rebuilds_it_with_the_same_verdicts() throws Exception {
        Map<String, Label> before = workspace.analysis(COMBINED).labels();
        assertThat(workspace.isLive(COMBINED)).isTrue();

        // the sweeper runs every 100 ms here; a generous bound, not a timing claim
        for (int i = 0; i < 200 && workspace.isLive(COMBINED); i++) Thread.sleep(50);

        assertThat(workspace.isLive(COMBINED)).isFalse();
        assertThat(workspace.analysis(COMBINED).labels()).isEqualTo(before);
        assertThat(workspace.isLive(COMBINED)).isTrue();
    }

    /** The cost of that rebuild: read the map from H2 and analyse it afresh. Figures in docs/benchmarks.md. */
    @Tag("benchmark")
    @Test
    void rebuild_after_eviction() throws Exception {
        for (int size : new int[] {500, 2_000, 10_000}) {
            ArgumentMap generated = GeneratedMaps.generate(size, 11L * size);
            String mapId = workspace.importArgdown("rebuild-" + size + ".argdown", new ArgdownWriter().write(generated)).mapId();
            double[] times = new double[5];
            for (int run = 0; run < times.length; run++) {
                workspace.analysis(mapId);
                while (workspace.isLive(mapId)) Thread.sleep(50);
                long start = System.nanoTime();
                workspace.analysis(mapId);
                times[run] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(times);
            System.out.printf(Locale.ROOT, "rebuild of an evicted live session, %,d claims: median %.0f ms (min %.0f, max %.0f)%n",
                    size, times[2], times[0], times[4]);
            assertThat(workspace.analysis(mapId).map().claims()).hasSize(size);
        }
    }
}
