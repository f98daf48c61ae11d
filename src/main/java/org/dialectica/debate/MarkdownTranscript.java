package org.dialectica.debate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dialectica.reasoning.Sentence;

/**
 * A debate as Markdown, for minutes and for reading without the application: the sides, every move
 * with its effect, the result. In the reader's language, people by the names the caller knows and
 * claims by their titles.
 */
final class MarkdownTranscript {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private MarkdownTranscript() {}

    /** English unless the reader reads Indonesian, whatever the server's own language. */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    static String of(Debate debate, Locale locale, Names names) {
        Locale language = locale != null && INDONESIAN.getLanguage().equals(locale.getLanguage()) ? INDONESIAN : Locale.ROOT;
        ResourceBundle words = ResourceBundle.getBundle("org.dialectica.debate.transcript", language, NO_DEFAULT_LOCALE);
        Setup setup = debate.setup();
        Scoreboard board = debate.scoreboard();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(setup.title())).append("\n\n");
        md.append("- ").append(words.getString("format")).append(": ").append(words.getString("format." + setup.format().word())).append('\n');
        if (setup.moderator() != null) {
            md.append("- ").append(words.getString("moderator")).append(": ").append(inline(names.of(setup.moderator()))).append('\n');
        }
        md.append("\n## ").append(words.getString("sides")).append("\n\n");
        for (Side s : setup.sides()) {
            md.append("- **").append(inline(s.name())).append("**: ").append(words.getString("theses")).append(' ')
                    .append(s.theses().isEmpty() ? "-" : String.join(", ", s.theses().stream().map(t -> "«" + inline(debate.titleOf(t)) + "»").toList()));
            if (!s.members().isEmpty()) md.append("; ").append(words.getString("members")).append(' ')
                    .append(String.join(", ", s.members().stream().map(m -> inline(names.of(m))).toList()));
            md.append('\n');
        }
        md.append("\n## ").append(words.getString("moves")).append("\n\n| # | ").append(words.getString("time")).append(" | ")
                .append(words.getString("by")).append(" | ").append(words.getString("side")).append(" | ")
                .append(words.getString("move")).append(" | ").append(words.getString("effect")).append(" |\n|---|---|---|---|---|---|\n");
        for (Played p : debate.transcript()) {
            String effect = p.accepted()
                    ? p.turned().isEmpty() ? "" : String.join("; ", p.turned().stream().map(t -> turned(debate, t).text(locale, names)).toList())
                    : words.getString("refused") + ": " + p.reason().text(locale, names);
            md.append("| ").append(p.index()).append(" | ").append(p.at() == null ? "" : TIME.format(p.at())).append(" | ")
                    .append(cell(names.of(p.move().by()))).append(" | ").append(cell(p.move().side())).append(" | ")
                    .append(cell(p.effect().text(locale, names))).append(" | ").append(cell(effect)).append(" |\n");
        }
        md.append("\n## ").append(words.getString("standing")).append("\n\n");
        for (ThesisState t : board.theses()) {
            md.append("- ").append(inline(t.side())).append(": «").append(inline(t.title())).append("» ")
                    .append(Sentence.word(t.label()).text(locale))
                    .append(", ").append(words.getString("strength")).append(' ')
                    .append(String.format(language == INDONESIAN ? INDONESIAN : Locale.ENGLISH, "%.2f", t.strength())).append('\n');
        }
        md.append("\n**").append(words.getString("result")).append("**: ").append(inline(board.result().explanation().text(locale, names))).append('\n');
        return md.toString();
    }

    /** What a move turned, beside the move itself: the thesis, its side and its labels (the move is in its own cells). */
    private static Sentence turned(Debate debate, Turning t) {
        return Sentence.of("debate.turned", t.thesisSide(), debate.titleOf(t.thesis()), Sentence.word(t.from()), Sentence.word(t.to()));
    }

    /** Text of participants is shown as text: Markdown's own characters are escaped. */
    static String inline(String text) {
        if (text == null) return "";
        return text.replace("\r", " ").replace("\n", " ").replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private static String cell(String text) {
        return inline(text);
    }
}
