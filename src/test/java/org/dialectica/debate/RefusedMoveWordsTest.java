package org.dialectica.debate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dialectica.map.ArgumentMap;
import org.junit.jupiter.api.Test;

/**
 * Refused moves are worded like any other, in both languages, also when they lack the fields their
 * type needs or name claims the debate does not have: never «null», empty quotes or a bare "?".
 */
class RefusedMoveWordsTest {
    static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    static Setup setup() {
        return new Setup("Refusals", Format.FREE, "dimas", List.of(new Side("Proposition", List.of(), List.of("ayu")),
                new Side("Opposition", List.of(), List.of("budi"))), 0, 0, 0, false);
    }

    /** Every type without its fields, as the right person; then each naming claims nobody made. */
    static List<Move> refusals() {
        List<Move> moves = new ArrayList<>();
        for (MoveType type : MoveType.values()) {
            if (type == MoveType.PASS || type == MoveType.CLOSE) continue;
            String by = type.moderatorOnly() ? "dimas" : type == MoveType.VOTE ? "rina" : "ayu";
            moves.add(Move.of(by, by.equals("ayu") ? "Proposition" : null, type));
        }
        moves.add(Move.of("ayu", "Proposition", MoveType.CLAIM).id("only-an-id"));
        moves.add(Move.of("ayu", "Proposition", MoveType.CLAIM).text("Supports a ghost.").to("ghost"));
        moves.add(Move.of("ayu", "Proposition", MoveType.SUPPORT).from("ghost").to("phantom"));
        moves.add(Move.of("ayu", "Proposition", MoveType.ATTACK).from("ghost").target("phantom"));
        moves.add(Move.of("ayu", "Proposition", MoveType.ATTACK).target("phantom"));
        moves.add(Move.of("ayu", "Proposition", MoveType.UNDERCUT).from("ghost").target("not-a-support"));
        moves.add(Move.of("ayu", "Proposition", MoveType.UNDERCUT).from("ghost").target("a +> b"));
        moves.add(Move.of("ayu", "Proposition", MoveType.CHALLENGE).claim("ghost"));
        moves.add(Move.of("dimas", null, MoveType.PREFER).preferred("ghost").over("phantom"));
        moves.add(Move.of("rina", null, MoveType.VOTE).claim("ghost").value(0.5));
        moves.add(Move.of("rina", null, MoveType.VOTE).claim("ghost"));
        // refused as stated (for a side she is not on): kept as typed, its long text shortened in the words
        moves.add(Move.of("ayu", "Opposition", MoveType.CLAIM).text("A long claim ".repeat(100)));
        return moves;
    }

    @Test
    void every_refused_move_is_worded_in_both_languages_even_without_its_fields() {
        try (Debate debate = Debate.start(DebateTest.RULES, setup(), new ArgumentMap("debate", "Debate"))) {
            List<Move> moves = refusals();
            for (int i = 0; i < moves.size(); i++) debate.play(moves.get(i), T0.plusSeconds(i));
            for (Played p : debate.transcript()) {
                assertThat(p.accepted()).as(p.move().toString()).isFalse();
                for (Locale locale : List.of(Locale.ENGLISH, INDONESIAN)) {
                    String effect = p.effect().text(locale);
                    assertThat(effect).as(p.move().toString()).doesNotContain("null").doesNotContain("«»").doesNotContain("«?»")
                            .doesNotMatch("(?s).*(^|\\s)\\?(\\s|$).*").hasSizeLessThan(200);
                }
            }
            for (Locale locale : List.of(Locale.ENGLISH, INDONESIAN)) {
                String markdown = Transcript.markdown(debate, locale);
                assertThat(markdown).doesNotContain("null").doesNotContain("«»").doesNotContain("«?»");
            }
        }
    }
}
