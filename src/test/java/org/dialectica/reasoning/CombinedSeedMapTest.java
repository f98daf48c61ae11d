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
 * The combined seed map (the one the app shows first): the conflicts the rules derive between the
 * papers, each with the passages that disagree, and every claim's status with why it is right.
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

    /**
     * Every status on the combined map. Evidence quoted from a paper stands unless defeated; any other
     * claim stands only on standing grounds; rivals with standing grounds and no ruling are undecided.
     */
    @Test
    void every_claim_has_the_status_the_semantics_give_it() {
        java.util.Map<String, Label> expected = new java.util.LinkedHashMap<>();
        // Sourced evidence that nothing attacks, or whose only attacker has no standing grounds: IN.
        for (String id : List.of("p000-russia-long-hegemon", "p000-russia-failed-to-help-armenia",
                "p004-russian-contingent-deployed", "p004-peacekeeping-limits-disregarded", "p000-azerbaijan-victorious",
                "p000-turkish-tb2-drones", "p001-military-equipment-drones", "p001-central-asia-diplomacy",
                "p001-central-asia-economy", "p000-central-asia-depends-on-china", "p004-azerbaijan-regains-territory",
                "p001-armenian-withdrawal", "p001-russia-mediated-ceasefire", "p002-ceasefire-signed",
                "p001-minsk-group-no-settlement")) {
            expected.put(id, Label.IN);
        }
        // Grounded on evidence that stands, and no rival with grounds of its own: IN.
        expected.put("p000-turkey-regional-role-rises", Label.IN);  // the victory and the TB2 drones, linked
        expected.put("p000-war-reshaped-geopolitics", Label.IN);    // on Turkey's rise, which stands
        expected.put("p001-regional-power-interest", Label.IN);     // on Turkey's diplomacy in Central Asia
        expected.put("p000-china-development-partner", Label.IN);   // on Central Asia's dependence on China
        expected.put("p004-ceasefire-durable", Label.IN);           // on Azerbaijan regaining its territory; its rival
        expected.put("p004-stable-five-years", Label.IN);           // (003's mutual attacks) has no grounds, so these
        expected.put("p004-stability-until-2025", Label.IN);        // three predictions stand and defeat it
        // The Russia rivalry: 000's thesis rests on two pieces of evidence (long the hegemon; could not help
        // Armenia), 004's claims on the contingent and the disregarded limits. Contrary descriptors, no ruling:
        // undecided on both sides, and what rests on them too.
        expected.put("p000-russia-hegemony-weakens", Label.UNDEC);
        expected.put("p004-moscow-upper-hand", Label.UNDEC);
        expected.put("p004-russia-regional-position-stronger", Label.UNDEC); // also rests on «upper hand»
        expected.put("p004-russia-ceasefire-winner", Label.UNDEC);           // rests on «regional position»
        expected.put("p000-china-sees-opportunity", Label.UNDEC);            // rests on «hegemony weakens»
        // 001's 1990s withdrawal against 003's ever-growing cooperation: evidence against evidence, undecided,
        // and 001's chain of claims from «support went beyond rhetoric» up to its two theses with it.
        for (String id : List.of("p001-1990s-arms-withheld", "p003-security-cooperation-growing",
                "p001-support-beyond-rhetoric", "p001-military-support-decisive", "p001-azerbaijan-edge-from-turkey",
                "p001-turkey-key-actor", "p001-turkey-interests-achieved")) {
            expected.put(id, Label.UNDEC);
        }
        // Defeated: 004's security-through-Russia by 000's evidence that Russia could not help Armenia (its own
        // ground is not in the map); 003's mutual attacks by 004's grounded predictions of stability.
        expected.put("p004-security-through-russia", Label.OUT);
        expected.put("p003-mutual-attacks", Label.OUT);
        // Interpretive claims the map gives no evidence for (the paper's quote says who claims them, not why
        // they hold), and what rests only on them: UNSUPPORTED.
        for (String id : List.of("p004-baku-cannot-expel", "p004-russian-policy-decisive", "p004-russia-permanent-presence",
                "p004-anarchy-conflict", "p000-turkey-ots-influence", "p001-turkey-mediator", "p002-joint-centre-reasons",
                "p002-turkey-depends-on-russia", "p002-doctrine-strategic-role", "p003-erdogan-facilitation",
                "p002-minsk-group-ineffective", "p004-incidents-no-threat", "p004-legal-uncertainty",
                "p004-resolution-refrozen")) {
            expected.put(id, Label.UNSUPPORTED);
        }
        // 003's thesis rests only on the mutual attacks, which are defeated.
        expected.put("p003-conflict-unresolved", Label.UNSUPPORTED);

        assertThat(analysis.labels()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(analysis.findings()).noneMatch(f -> f.getKind() == FindingKind.ILLEGAL_LABEL);
    }

    /**
     * Strength agrees with the label: support counts only through inferences that are not lost, so a
     * claim without standing grounds keeps its base score (0.5: the map sets no weights) or less when
     * attacked. Before, 002's thesis «reasons for the joint centre» had 0.94 on three ungrounded premises.
     */
    @Test
    void no_claim_without_standing_grounds_is_stronger_than_its_base_score() {
        assertThat(map.claims()).allSatisfy(c -> assertThat(c.weight()).as(c.id()).isNull());
        List<String> unsupported = analysis.labels().entrySet().stream().filter(e -> e.getValue() == Label.UNSUPPORTED)
                .map(java.util.Map.Entry::getKey).toList();
        assertThat(unsupported).hasSize(15).allSatisfy(id -> assertThat(analysis.strength(id)).as(id).isLessThanOrEqualTo(0.5));
        assertThat(analysis.strength("p002-joint-centre-reasons")).isEqualTo(0.5);
        // attackers still count: 003's defeated «mutual attacks» (σ near 0) pulls it just below its base score
        assertThat(analysis.strength("p004-incidents-no-threat")).isLessThan(0.5).isGreaterThan(0.49);
    }

    /**
     * What would change a status, as labelling the map again gives it. Before, each defeater had its own
     * "it would not be if «X» were defeated" — false for 003's mutual attacks, which three grounded
     * predictions defeat — and «regional position» was said to stand if preferred over 000's thesis,
     * though its ground, the upper hand, would still be undecided.
     */
    @Test
    void the_explanations_say_what_would_change_a_status_as_a_relabelling_gives_it() {
        assertThat(analysis.reasons("p003-mutual-attacks")).extracting(LabelReason::getExplanation).last().isEqualTo(
                // all three at once; and with them gone it still has no ground of its own (it is supported by nothing)
                "«Mutual attacks keep reigniting the conflict» would have nothing left to rest on if «The ceasefire ended the armed"
                        + " phase durably», «Strategic stability until November 2025» and «Security stable for five years» were"
                        + " defeated, or if it were preferred over all of «The ceasefire ended the armed phase durably», «Strategic"
                        + " stability until November 2025» and «Security stable for five years».");
        assertThat(analysis.reasons("p004-russia-regional-position-stronger")).extracting(LabelReason::getExplanation).containsExactly(
                "«Russia's hegemony weakens» attacks «Russia's regional position is much stronger» (derived: their descriptors are"
                        + " contrary) and is itself undecided, and neither is preferred over the other.",
                "Its ground «Moscow holds the upper hand over Baku» is undecided, so it is undecided too.",
                // 000's thesis defeated frees the upper hand too, so both its premises stand; a ruling over 000's thesis alone
                // would leave the upper hand undecided, so that is not said
                "«Russia's regional position is much stronger» would stand if «Russia's hegemony weakens» were defeated.");
        assertThat(analysis.reasons("p000-russia-hegemony-weakens")).extracting(LabelReason::getExplanation).last().isEqualTo(
                "«Russia's hegemony weakens» would stand if it were preferred over both «Moscow holds the upper hand over Baku» and"
                        + " «Russia's regional position is much stronger», or if «Moscow holds the upper hand over Baku» and «Russia's"
                        + " regional position is much stronger» were defeated.");
    }

    @Test
    void the_two_russia_theses_are_decided_by_the_conflicts_between_them() {
        Comparison comparison = Comparison.of(analysis, List.of("p000-russia-hegemony-weakens", "p004-russia-ceasefire-winner"));

        assertThat(comparison.conflicts()).extracting(c -> c.a() + " <> " + c.b()).containsExactlyInAnyOrder(
                "p000-russia-hegemony-weakens <> p004-moscow-upper-hand",
                "p000-russia-hegemony-weakens <> p004-russia-regional-position-stronger");
        java.util.Map<String, Label> now = java.util.Map.of("p000-russia-hegemony-weakens", Label.UNDEC,
                "p004-russia-ceasefire-winner", Label.UNDEC);
        assertThat(comparison.theses()).extracting(Comparison.Thesis::label).containsExactly(Label.UNDEC, Label.UNDEC);
        assertThat(comparison.cruxes()).extracting(c -> c.explanation().text()).containsExactly(
                // a ruling for 000's side in both conflicts: its thesis stands on its two pieces of evidence and
                // defeats both 004 claims, so 004's thesis loses its ground
                "If the seminar decides the side of «Russia's hegemony weakens» outweighs the side of «Russia is the clear"
                        + " winner of the ceasefire» in both conflicts between them, then «Russia's hegemony weakens» stands and"
                        + " «Russia is the clear winner of the ceasefire» has nothing left to rest on.",
                // a ruling for 004's side: 000's thesis is defeated and 004's chain stands
                "If the seminar decides the side of «Russia is the clear winner of the ceasefire» outweighs the side of"
                        + " «Russia's hegemony weakens» in both conflicts between them, then «Russia's hegemony weakens» falls and"
                        + " «Russia is the clear winner of the ceasefire» stands.",
                // one conflict alone decides only one way: the upper hand over 000 settles it for 004, while 000 over
                // the upper hand still leaves «regional position» against it
                "If the seminar decides «Russia's hegemony weakens» outweighs «Moscow holds the upper hand over Baku»,"
                        + " then «Russia's hegemony weakens» is undecided and «Russia is the clear winner of the ceasefire» is"
                        + " undecided; if the seminar decides «Moscow holds the upper hand over Baku» outweighs «Russia's hegemony"
                        + " weakens», then «Russia's hegemony weakens» falls and «Russia is the clear winner of the ceasefire»"
                        + " stands.",
                // then every claim the theses rest on whose defeat alone turns a thesis, nearest first.
                // 004's thesis rests on «regional position» alone
                "If «Russia's regional position is much stronger» is defeated, then «Russia's hegemony weakens» is"
                        + " undecided and «Russia is the clear winner of the ceasefire» has nothing left to rest on.",
                // hidden before (the claim was in a conflict crux, so its defeat was not tried): without the upper hand,
                // «regional position» (its linked argument needs it) loses its ground, 000's thesis has no rival left and
                // stands, 004's has no ground — both theses turn
                "If «Moscow holds the upper hand over Baku» is defeated, then «Russia's hegemony weakens» stands and"
                        + " «Russia is the clear winner of the ceasefire» has nothing left to rest on.",
                // 000's thesis needs both pieces of evidence (a linked argument): without either it has no ground, the
                // upper hand is unopposed and defeats it, and 004's chain stands
                "If «Russia long the regional hegemon» is defeated, then «Russia's hegemony weakens» falls and «Russia is"
                        + " the clear winner of the ceasefire» stands.",
                "If «Russia could not help Armenia» is defeated, then «Russia's hegemony weakens» falls and «Russia is the"
                        + " clear winner of the ceasefire» stands.",
                // the contingent is the other premise of «regional position»: 004's thesis loses its ground, while the upper
                // hand (on the disregarded limits) still holds 000's thesis undecided
                "If «Fully armed Russian contingent deployed» is defeated, then «Russia's hegemony weakens» is undecided"
                        + " and «Russia is the clear winner of the ceasefire» has nothing left to rest on.",
                // the disregarded limits ground the upper hand: without them the upper hand and «regional position» fall
                // away, as when the upper hand itself is defeated
                "If «Peacekeeping limits openly disregarded» is defeated, then «Russia's hegemony weakens» stands and"
                        + " «Russia is the clear winner of the ceasefire» has nothing left to rest on.");
        assertThat(comparison.cruxes().get(2).outcomes().get(0).labels()).isEqualTo(now);
    }
}
