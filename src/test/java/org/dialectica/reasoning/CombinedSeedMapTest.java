package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dialectica.io.ReadResult;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ArgumentMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conflicts the rules derive between the seed papers on the combined map (the one the app shows
 * first), each with the passages that disagree. Only conflicts are pinned: labels follow from the
 * acceptability semantics, which are tested on their own.
 */
class CombinedSeedMapTest {
    private static ArgumentMap map;
    private static Analysis analysis;

    @BeforeAll
    static void analyze() throws Exception {
        ReadResult read = new ArgdownReader().read(Path.of("arguments", "who-gained-from-the-2020-war.argdown"));
        map = read.map();
        analysis = ReasoningSession.analyze(Given.RULES, map);
    }

    private static String paper(String claimId) {
        return map.claim(claimId).orElseThrow().source().paper().substring(0, 3);
    }

    @Test
    void every_conflict_between_papers_is_derived_from_descriptors_and_is_one_the_papers_really_have() {
        assertThat(analysis.conflicts()).allSatisfy(c -> {
            assertThat(c.getKind()).isEqualTo(ConflictKind.CONTRARY);
            assertThat(c.getRule()).isEqualTo("Claims with contrary descriptors conflict");
        });
        assertThat(analysis.conflicts()).extracting(c -> c.getA() + " <> " + c.getB()).containsExactly(
                // 000 (Abstrak): "ketidakmampuan Rusia untuk memberikan bantuan kepada sekutunya yaitu
                // Armenia"; 004 (6.1 Kesimpulan): "Keamanan dapat dicapai dengan konsolidasi kekuatan Rusia
                // sebagai sumber utama kekuatan militer penjaga perdamaian" — Russia failing as a security
                // provider against Russia as the guarantor of security.
                "p000-russia-failed-to-help-armenia <> p004-security-through-russia",
                // 000: Russia's hegemony "mulai menunjukkan kelemahan dalam mempertahankan posisinya";
                // 004: Moscow "yakin akan berada di atas angin versus kepemimpinan Baku".
                "p000-russia-hegemony-weakens <> p004-moscow-upper-hand",
                // 004: "posisi regionalnya sekarang jauh lebih kuat daripada sebelum perang".
                "p000-russia-hegemony-weakens <> p004-russia-regional-position-stronger",
                // 004: "faktor terpenting yang membentuk prospek jangka panjang kawasan ini adalah
                // kebijakan Federasi Rusia".
                "p000-russia-hegemony-weakens <> p004-russian-policy-decisive",
                // 001 (Pendahuluan): in the 1990s "Turkiye telah berhenti memasok sebagian besar senjata
                // atau bantuan keuangan", so 2020 was a break; 003 (Abstract): security cooperation was
                // "cukup baik serta erat bahkan sejak sebelum konflik ini terjadi" and "terus mengalami
                // peningkatan" — a partnership that only grew. 003 gives no start year, so the 1990s overlap.
                "p001-1990s-arms-withheld <> p003-security-cooperation-growing",
                // 003: mutual attacks "kerap kali memicu konflik kembali memanas", the conflict "belum dapat
                // terselesaikan bahkan hingga saat ini"; 004: the ceasefire gave "akhir yang langgeng untuk
                // fase bersenjata".
                "p003-mutual-attacks <> p004-ceasefire-durable",
                // 004: "insiden taktis skala kecil ... hampir tidak berpotensi mengganggu stabilitas".
                "p003-mutual-attacks <> p004-incidents-no-threat",
                // 004: "pada Maret 2021, keadaan wilayah menjamin stabilitas strategis hingga November 2025".
                "p003-mutual-attacks <> p004-stability-until-2025",
                // 004: the settlement will "tetap stabil dalam lima tahun mendatang".
                "p003-mutual-attacks <> p004-stable-five-years");
    }

    @Test
    void the_derived_conflicts_join_three_pairs_of_papers() {
        List<String> pairs = analysis.conflicts().stream().map(c -> paper(c.getA()) + "-" + paper(c.getB())).distinct().toList();

        assertThat(pairs).containsExactlyInAnyOrder("000-004", "001-003", "003-004");
    }

    @Test
    void where_papers_agree_the_vocabulary_derives_nothing() {
        // 003 "belum dapat terselesaikan" and 004 "membekukan proses resolusi konflik": both unresolved
        assertThat(map.claim("p003-conflict-unresolved").orElseThrow().proposition().direction()).isEqualTo("unresolved");
        assertThat(map.claim("p004-resolution-refrozen").orElseThrow().proposition().direction()).isEqualTo("unresolved");
        assertThat(analysis.conflicts()).noneMatch(c -> c.involves("p003-conflict-unresolved") || c.involves("p004-resolution-refrozen"));
        assertThat(analysis.findings()).noneMatch(f -> f.getKind() == FindingKind.UNKNOWN_DESCRIPTOR_WORD);
    }
}
