package org.dialectica.debate.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.dialectica.debate.Played;
import org.dialectica.debate.Turning;

/**
 * Every move played, newest first: who (and for which side), when, what it did, whether it was
 * accepted or why it was refused, and what it turned. A click replays the debate up to that move.
 */
final class TranscriptPanel extends Div {
    final H4 heading = new H4();
    final Div moves = new Div();

    TranscriptPanel() {
        setId("transcript");
        heading.getStyle().set("margin", "0.8em 0 0.2em");
        add(heading, moves);
    }

    /** What the rows show now: a played move never changes, so a new move only adds its row. */
    private List<Played> shown = List.of();
    private final List<Div> rows = new ArrayList<>();
    private MoveWords wordsShown;
    private int highlighted;

    /** @param at the move the page shows the debate after (highlighted); {@code onPick} replays up to a move */
    void show(List<Played> transcript, int at, MoveWords words, ZoneId zone, IntConsumer onPick) {
        Texts.set(heading, words.t("debate.transcript.heading", transcript.size()));
        boolean grows = wordsShown != null && wordsShown.localeOf().equals(words.localeOf()) && !shown.isEmpty()
                && transcript.size() >= shown.size() && samePlayed(transcript, shown);
        if (!grows) {
            moves.removeAll();
            rows.clear();
            highlighted = 0;
            if (transcript.isEmpty()) moves.add(new Paragraph(words.t("debate.transcript.empty")));
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone);
        for (int i = rows.size(); i < transcript.size(); i++) {
            Div row = row(transcript.get(i), i + 1, words, time, onPick);
            rows.add(row);
            // newest first
            moves.addComponentAsFirst(row);
        }
        shown = List.copyOf(transcript);
        wordsShown = words;
        if (highlighted != at) {
            if (highlighted > 0 && highlighted <= rows.size()) rows.get(highlighted - 1).getStyle().remove("background");
            if (at > 0 && at <= rows.size()) rows.get(at - 1).getStyle().set("background", "var(--vaadin-background-container, #eef2f7)");
            highlighted = at;
        }
    }

    /** The moves shown are those played (the very same: a rebuilt debate draws its rows anew). */
    private static boolean samePlayed(List<Played> transcript, List<Played> shown) {
        for (int i = 0; i < shown.size(); i++) {
            if (transcript.get(i) != shown.get(i)) return false;
        }
        return true;
    }

    private static Div row(Played played, int number, MoveWords words, DateTimeFormatter time, IntConsumer onPick) {
        Div row = new Div();
        row.setId("move-" + number);
        row.getElement().setAttribute("data-accepted", String.valueOf(played.accepted()));
        row.getStyle().set("padding", "0.3em 0.4em").set("border-left", "3px solid " + (played.accepted() ? "#1b7f3b" : "#b3261e"))
                .set("margin", "0.2em 0").set("cursor", "pointer");
        Span head = new Span(words.t("debate.transcript.line", number, time.format(played.at()), words.who(played.move()),
                words.type(played.move().type())));
        head.getStyle().set("font-weight", "600");
        Paragraph what = new Paragraph(words.what(played.move()));
        what.getStyle().set("margin", "0");
        Paragraph outcome = new Paragraph(played.accepted() ? words.t("debate.accepted")
                : words.t("debate.refused", words.sentence(played.reason())));
        outcome.addClassName("outcome");
        outcome.getStyle().set("margin", "0").set("color", played.accepted() ? "#1b7f3b" : "#b3261e");
        row.add(head, what, outcome);
        for (Turning turned : played.turned()) {
            Paragraph effect = new Paragraph(words.t("debate.transcript.turned", words.title(turned.thesis()), words.label(turned.from()),
                    words.label(turned.to())));
            effect.getStyle().set("margin", "0").set("font-style", "italic");
            row.add(effect);
        }
        row.addClickListener(e -> onPick.accept(number));
        return row;
    }
}
