package org.dialectica.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The cost of the history (docs/benchmarks.md, "History"): 1,000 edits on a copy of the combined
 * seed map (claim texts changed, attacks drawn and removed), each recorded with its undo; then the
 * map as it was 1,000 edits back, rebuilt by undoing them one by one, its analysis from a fresh
 * rule session, and one claim's history. Run with {@code ./mvnw -Pbench test -Dtest=MapHistoryBenchmarkTest};
 * excluded from the normal suite. Prints figures; asserts only that the rebuilt map is the first one.
 */
@Tag("benchmark")
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class MapHistoryBenchmarkTest {
    private static final int EDITS = 1_000;

    @Autowired
    Workspace workspace;
    @Autowired
    MapHistory history;

    @Test
    void the_map_1000_edits_back_on_the_combined_seed_map() {
        String mapId = workspace.copy("who-gained-from-the-2020-war", "History benchmark");
        long start = history.of(mapId).getFirst().id();
        List<Claim> claims = new ArrayList<>(workspace.load(mapId).claims());
        String first = workspace.exportArgdown(mapId);
        Random random = new Random(8);
        List<Attack> drawn = new ArrayList<>();
        List<Double> applyMs = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            long t0 = System.nanoTime();
            if (i % 5 == 3 && !drawn.isEmpty()) {
                workspace.removeAttack(mapId, drawn.removeLast().id());
            } else if (i % 5 == 1) {
                Attack attack = Attack.onClaim(claims.get(random.nextInt(claims.size())).id(), claims.get(random.nextInt(claims.size())).id());
                if (workspace.session(mapId).attack(attack.id()).isPresent()) {
                    i--;
                    continue;
                }
                workspace.addAttack(mapId, attack);
                drawn.add(attack);
            } else {
                String id = claims.get(random.nextInt(claims.size())).id();
                Claim now = workspace.load(mapId).claim(id).orElseThrow();
                workspace.putClaim(mapId, now.withText(now.text() + " (" + i + ")"), workspace.claimVersion(mapId, id));
            }
            applyMs.add((System.nanoTime() - t0) / 1e6);
        }
        assertThat(history.of(mapId)).hasSize(Math.min(MapHistory.SHOWN, EDITS + 1));

        List<Double> rebuildMs = new ArrayList<>(), analysisMs = new ArrayList<>(), claimMs = new ArrayList<>();
        String claimId = claims.getFirst().id();
        for (int run = 0; run < 7; run++) {
            long t0 = System.nanoTime();
            String rebuilt = new org.dialectica.io.argdown.ArgdownWriter().write(history.mapAt(mapId, start));
            rebuildMs.add((System.nanoTime() - t0) / 1e6);
            assertThat(rebuilt).isEqualTo(first);
            t0 = System.nanoTime();
            history.analysisAt(mapId, start);
            analysisMs.add((System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            history.ofClaim(mapId, claimId);
            claimMs.add((System.nanoTime() - t0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "History benchmark: %d claims; %d edits recorded: apply median %.2f ms (p90 %.2f);"
                        + " map 1,000 edits back: rebuild median %.1f ms (min %.1f), with a fresh analysis %.1f ms;"
                        + " one claim's history with its versions %.1f ms%n",
                claims.size(), EDITS, median(applyMs), p90(applyMs), median(rebuildMs), Collections.min(rebuildMs),
                median(analysisMs), median(claimMs));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double p90(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) (sorted.size() * 0.9));
    }
}
