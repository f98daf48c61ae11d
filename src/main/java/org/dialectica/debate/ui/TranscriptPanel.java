package org.dialectica.debate.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    /** @param at the move the page shows the debate after (highlighted); {@code onPick} replays up to a move */
    void show(List<Played> transcript, int at, MoveWords words, ZoneId zone, IntConsumer onPick) {
        heading.setText(words.t("debate.transcript.heading", transcript.size()));
        moves.removeAll();
        if (transcript.isEmpty()) moves.add(new Paragraph(words.t("debate.transcript.empty")));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone);
        for (int i = transcript.size() - 1; i >= 0; i--) {
            Played played = transcript.get(i);
            int number = i + 1;
            Div row = new Div();
            row.setId("move-" + number);
            row.getElement().setAttribute("data-accepted", String.valueOf(played.accepted()));
            row.getStyle().set("padding", "0.3em 0.4em").set("border-left", "3px solid " + (played.accepted() ? "#1b7f3b" : "#b3261e"))
                    .set("margin", "0.2em 0").set("cursor", "pointer");
            if (number == at) row.getStyle().set("background", "var(--vaadin-background-container, #eef2f7)");
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
            moves.add(row);
        }
    }
}
