package org.dialectica.debate.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dialectica.debate.Move;
import org.dialectica.debate.MoveType;
import org.dialectica.debate.Names;
import org.dialectica.debate.Played;
import org.dialectica.debate.Turning;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.Sentence;

/**
 * Moves and their effects worded for a reader: people by name, claims by title, in the reader's
 * language. Only ever set as text.
 */
final class MoveWords {
    private final Locale locale;
    private final Names names;
    private final Map<String, String> titles;

    /**
     * @param names  display names by login
     * @param titles claim titles by id (the debate's claims, also those added by moves)
     */
    MoveWords(Locale locale, Names names, Map<String, String> titles) {
        this.locale = locale;
        this.names = names;
        this.titles = titles;
    }

    Locale localeOf() {
        return locale;
    }

    String t(String key, Object... args) {
        return I18NProvider.translate(locale, key, args);
    }

    String name(String login) {
        return names.of(login);
    }

    /** A sentence of the engine (a refusal, a result), people in it by name. */
    String sentence(Sentence sentence) {
        return sentence == null ? "" : sentence.text(locale, names);
    }

    String title(String claimId) {
        return claimId == null ? "?" : "\u00ab" + titles.getOrDefault(claimId, claimId) + "\u00bb";
    }

    String label(Label label) {
        return label == null ? "?" : t("label." + label.word());
    }

    String type(MoveType type) {
        return t("debate.type." + type.word());
    }

    /** "Budi (Opposition)", or the name alone for the moderator and the audience. */
    String who(Move move) {
        return move.side() == null ? name(move.by()) : t("debate.who.side", name(move.by()), move.side());
    }

    /**
     * What the move does: "attack on «B» from «A»". A refused move is worded as well: by what it
     * lacks when its type's fields are missing, a claim it names but the debate lacks by its id.
     */
    String what(Move move) {
        String missing = move.missing();
        if (missing != null) return t("debate.what.incomplete", type(move.type()), missing);
        return switch (move.type()) {
            case CLAIM -> {
                String said = "\u00ab" + move.heading() + "\u00bb";
                if (move.target() != null) yield t("debate.what.claim.attacking", said, title(move.target()));
                if (move.to() != null) yield t("debate.what.claim.supporting", said, title(move.to()));
                yield t("debate.what.claim", said);
            }
            case SUPPORT -> t("debate.what.support", title(move.from()), title(move.to()));
            case ATTACK -> t("debate.what.attack", title(move.from()), title(move.target()));
            case UNDERCUT -> {
                String[] ends = move.undercut().split(" \\+> ", 2);
                // a target that is no "premise +> conclusion" is named as it was given
                yield ends.length == 2 ? t("debate.what.undercut", title(move.from()), title(ends[0]), title(ends[1]))
                        : t("debate.what.undercut.support", title(move.from()), "\u00ab" + move.undercut() + "\u00bb");
            }
            case CHALLENGE, CONCEDE, RETRACT -> t("debate.what." + move.type().word(), title(move.subject()));
            case PREFER -> t("debate.what.prefer", title(move.preferred()), title(move.over()));
            case VOTE -> move.value() == null ? t("debate.what.vote.empty", title(move.subject()))
                    : t("debate.what.vote", title(move.subject()), String.format(locale, "%.2f", move.value()));
            case PASS -> t("debate.what.pass");
            case TIMEOUT -> t("debate.what.timeout", move.side() == null ? "" : move.side());
            case CLOSE -> t("debate.what.close");
        };
    }

    /**
     * One line for a move that turned several theses: "move 7 by Budi (Opposition), attack on «…»,
     * turned Proposition's thesis «…» from IN to UNDEC; Opposition's thesis «…» from UNDEC to IN".
     */
    String turning(List<Turning> ofOneMove, List<Played> transcript) {
        Turning first = ofOneMove.getFirst();
        Move move = first.index() >= 1 && first.index() <= transcript.size() ? transcript.get(first.index() - 1).move() : null;
        String by = first.side() == null ? name(first.by()) : t("debate.who.side", name(first.by()), first.side());
        String theses = ofOneMove.stream().map(t -> t("debate.turning.thesis", t.thesisSide(), title(t.thesis()), label(t.from()), label(t.to())))
                .collect(java.util.stream.Collectors.joining("; "));
        return t("debate.turning.move", first.index(), by, move == null ? type(first.type()) : what(move), theses);
    }

    /** "move 7 by Budi (Opposition), attack on «…», turned Proposition's thesis «…» from IN to UNDEC" */
    String turning(Turning turning, List<Played> transcript) {
        Move move = turning.index() >= 1 && turning.index() <= transcript.size() ? transcript.get(turning.index() - 1).move() : null;
        String by = turning.side() == null ? name(turning.by()) : t("debate.who.side", name(turning.by()), turning.side());
        return t("debate.turning", turning.index(), by, move == null ? type(turning.type()) : what(move), turning.thesisSide(),
                title(turning.thesis()), label(turning.from()), label(turning.to()));
    }
}
