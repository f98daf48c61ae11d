package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.workspace.Workspace;
import org.dialectica.bench.GeneratedMaps;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The round trip of one edit through the UI layer, server side, on a generated 1k-claim map: the
 * map view applies the edit (one database transaction, the live rule session, relabelling), then
 * redraws (analysis snapshot, canvas nodes and edges, findings). Run with {@code ./mvnw -Pbench test};
 * excluded from the normal suite. Prints figures; asserts only that the edits took effect.
 */
@Tag("benchmark")
@SpringBootTest
// acts as an admin: these tests are about the workspace, not about who may use it (see MapAccessTest)
@WithMockUser(username = "admin", roles = "ADMIN")
class MapViewRoundTripBenchmarkTest extends SpringBrowserlessTest {
    @Autowired
    Workspace workspace;

    @Test
    void one_edit_through_the_map_view_on_a_1k_claim_map() throws Exception {
        ArgumentMap generated = GeneratedMaps.generate(1_000, 7_000L);
        String mapId = workspace.importArgdown("bench-1k.argdown", new ArgdownWriter().write(generated)).mapId();
        MapView view = navigate(MapView.class, mapId);
        List<String> ids = generated.claimIds();
        Random random = new Random(1);
        List<Double> times = new ArrayList<>();
        int edits = 0;
        while (times.size() < 200) {
            Attack attack = Attack.onClaim(ids.get(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size())));
            if (generated.attacks().contains(attack)) continue;
            long start = System.nanoTime();
            view.apply("attack", new org.dialectica.workspace.Change.AddAttack(attack));
            double add = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            view.undo();
            double undo = (System.nanoTime() - start) / 1e6;
            if (++edits > 20) { // warm-up
                times.add(add);
                times.add(undo);
            }
            assertThat(workspace.load(mapId).attacks()).doesNotContain(attack);
        }
        times.sort(null);
        System.out.printf(Locale.ROOT, "UI round trip of one edit on a 1,000-claim map (DB + rules + redraw): median %.1f ms, p90 %.1f ms (%d edits)%n",
                times.get(times.size() / 2), times.get(times.size() * 9 / 10), times.size());
    }
}
