package org.dialectica.debate.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dialectica.debate.Challenge;
import org.dialectica.debate.DebateState;
import org.dialectica.debate.Format;
import org.dialectica.debate.Result;
import org.dialectica.debate.Scoreboard;
import org.dialectica.debate.Side;
import org.dialectica.debate.ThesisState;
import org.dialectica.debate.Turn;
import org.dialectica.reasoning.Comparison;
import org.dialectica.workspace.ui.StatusBadge;

/**
 * Where the debate stands: whose turn it is and the time left, each side's theses with status and
 * strength, the open challenges, the moves that turned a thesis, the cruxes, and the result once
 * closed. Rebuilt from each new state; all text set as text.
 */
final class ScoreboardPanel extends Div {
    final Paragraph turn = new Paragraph();
    final Div sides = new Div();
    final Div challenges = new Div();
    final Div turningMoves = new Div();
    /** long sentences, one per crux: folded until asked for, so the theses and the move form stay in view */
    final Details cruxes = new Details();
    final Paragraph result = new Paragraph();
    /** what the number beside a thesis is */
    final Paragraph strengthHint = new Paragraph();
    private boolean showedClosed;
    private String summary;
    /** What each part was last drawn from. */
    private final java.util.Map<com.vaadin.flow.component.Component, List<?>> drawn = new java.util.HashMap<>();

    ScoreboardPanel() {
        setId("scoreboard");
        turn.setId("turn");
        sides.setId("sides");
        turningMoves.setId("turning-moves");
        challenges.setId("open-challenges");
        cruxes.setId("cruxes");
        result.setId("result");
        result.getStyle().set("font-weight", "600");
        strengthHint.setId("strength-hint");
        strengthHint.getStyle().set("margin", "0.3em 0").set("font-size", "0.85em").set("color", "var(--vaadin-text-color-secondary, #555)");
        add(result, turn, sides, strengthHint, turningMoves, challenges, cruxes);
    }

    void show(DebateState state, MoveWords words) {
        Scoreboard board = state.scoreboard();
        tick(state, words);
        Result outcome = board.result();
        result.setVisible(outcome != null && outcome.closed());
        if (outcome != null && outcome.closed()) {
            // the engine's sentence names the winner and why; ours only when it gives none
            Texts.set(result, outcome.explanation() != null ? words.sentence(outcome.explanation())
                    : outcome.winner() == null ? words.t("debate.result.none") : words.t("debate.result.winner", outcome.winner()));
        }
        // the moment a debate closes, its result comes into view (the panel was scrolled down to the form)
        boolean closedNow = outcome != null && outcome.closed() && state.isLive();
        if (closedNow && !showedClosed) result.scrollIntoView();
        showedClosed = closedNow;
        // each part is redrawn only when what it says changed: sixty pages redrew all of it for every move
        List<Object> sidesNow = new java.util.ArrayList<>();
        for (Side side : state.setup().sides()) sidesNow.add(List.of(side.name(), side.members().stream().map(words::name).toList()));
        board.theses().forEach(t -> sidesNow.add(java.util.Arrays.asList(t.side(), t.id(), t.title(), t.label(), t.strength())));
        sidesNow.add(words.localeOf());
        if (!sidesNow.equals(drawn.get(sides))) {
            drawn.put(sides, sidesNow);
            sides.removeAll();
            for (Side side : state.setup().sides()) {
                H4 heading = new H4(side.name());
                heading.getStyle().set("margin", "0.6em 0 0.2em");
                Paragraph members = new Paragraph(side.members().isEmpty() ? words.t("debate.side.nobody")
                        : String.join(", ", side.members().stream().map(words::name).toList()));
                members.getStyle().set("margin", "0").set("color", "var(--vaadin-text-color-secondary, #555)").set("font-size", "0.9em");
                sides.add(heading, members);
                for (ThesisState thesis : board.theses()) {
                    if (!side.name().equals(thesis.side())) continue;
                    StatusBadge badge = new StatusBadge(thesis.label(), thesis.strength());
                    Div row = new Div(badge, new Span(" " + thesis.title()));
                    row.setId("thesis-" + thesis.id().replaceAll("[^A-Za-z0-9_-]", "_"));
                    row.getElement().setAttribute("data-label", thesis.label() == null ? "" : thesis.label().name());
                    sides.add(row);
                }
            }
        }
        Texts.set(strengthHint, words.t("debate.strength.hint"));
        // one line per move, however many theses it turned (each move once per thesis filled the panel)
        java.util.Map<Integer, List<org.dialectica.debate.Turning>> byMove = new java.util.LinkedHashMap<>();
        board.turningMoves().forEach(t -> byMove.computeIfAbsent(t.index(), i -> new java.util.ArrayList<>()).add(t));
        section(turningMoves, words.t("debate.turning.heading"), byMove.values().stream()
                .map(ofOneMove -> words.turning(ofOneMove, state.transcript())).toList());
        section(challenges, words.t("debate.challenges.heading"), board.openChallenges().stream().map(c -> challenge(c, words)).toList());
        List<String> cruxLines = board.cruxes().stream().map(crux -> words.sentence(crux.explanation())).toList();
        String cruxHeading = words.t("debate.cruxes.heading", board.cruxes().size());
        if (!cruxHeading.equals(summary)) cruxes.setSummaryText(cruxHeading);
        summary = cruxHeading;
        cruxes.setVisible(!board.cruxes().isEmpty());
        if (!cruxLines.equals(drawn.get(cruxes))) {
            drawn.put(cruxes, cruxLines);
            cruxes.removeAll();
            for (String line : cruxLines) {
                Paragraph p = new Paragraph(line);
                p.getStyle().set("margin", "0.2em 0");
                cruxes.add(p);
            }
        }
    }

    private static String challenge(Challenge c, MoveWords words) {
        return words.t(c.lapsed() ? "debate.challenge.lapsed" : "debate.challenge.open", words.title(c.claim()), words.name(c.by()),
                c.challengedSide());
    }

    private void section(Div into, String title, List<String> lines) {
        List<String> now = new java.util.ArrayList<>(lines);
        now.add(title);
        if (now.equals(drawn.get(into))) return;
        drawn.put(into, now);
        into.removeAll();
        if (lines.isEmpty()) return;
        H4 heading = new H4(title);
        heading.getStyle().set("margin", "0.8em 0 0.2em");
        into.add(heading);
        for (String line : lines) {
            Paragraph p = new Paragraph(line);
            p.getStyle().set("margin", "0.2em 0");
            into.add(p);
        }
    }

    /** The turn line alone: the clock ticks between moves. */
    void tick(DebateState state, MoveWords words) {
        Turn now = state.scoreboard().turn();
        if (!state.isLive()) {
            Texts.set(turn, words.t("debate.replay.at", state.at(), state.transcript().size()));
        } else if (state.scoreboard().result() != null && state.scoreboard().result().closed()) {
            Texts.set(turn, words.t("debate.turn.closed"));
        } else if (now != null && now.over()) {
            Texts.set(turn, words.t("debate.turn.over"));
        } else if (state.setup().format() == Format.FREE || now == null || now.side() == null) {
            Texts.set(turn, words.t("debate.turn.free"));
        } else {
            StringBuilder text = new StringBuilder(words.t("debate.turn.side", now.side(), now.round()));
            if (now.speaker() != null) text.append(" · ").append(words.t("debate.turn.speaker", now.speaker()));
            Instant deadline = state.deadline();
            if (deadline != null) {
                long left = Math.max(0, Duration.between(Instant.now(), deadline).toSeconds());
                text.append(" · ").append(words.t("debate.turn.left", left));
            }
            Texts.set(turn, text.toString());
        }
    }
}
