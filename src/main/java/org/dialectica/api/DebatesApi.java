package org.dialectica.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dialectica.debate.Challenge;
import org.dialectica.debate.DebateState;
import org.dialectica.debate.DebateSummary;
import org.dialectica.debate.Debates;
import org.dialectica.debate.MoveType;
import org.dialectica.debate.Names;
import org.dialectica.debate.Scoreboard;
import org.dialectica.debate.ThesisState;
import org.dialectica.debate.Turn;
import org.dialectica.reasoning.Label;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Debates the caller may see (those of maps they may see, and those they moderate or argue in): the
 * transcript and the score after the last move. A debate hidden from the caller is answered as an
 * unknown one, as the debate pages do.
 */
@RestController
@RequestMapping(path = "/api/debates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "debates", description = "Seminar debates: transcripts and scores")
class DebatesApi {
    private final Debates debates;

    DebatesApi(Debates debates) {
        this.debates = debates;
    }

    @Operation(summary = "The debates you may see, newest first")
    @GetMapping
    List<DebateSummary> list() {
        return debates.list();
    }

    @Operation(summary = "The transcript: the starting map's file name, the setup and every move, as the command line replays it")
    @GetMapping("/{id}/transcript")
    String transcript(@PathVariable long id) {
        return debates.exportJson(id);
    }

    record Turning(int index, String by, String side, MoveType type, String thesis, String thesisSide, Label from, Label to,
            String explanation) {}

    record Result(String winner, String explanation, boolean closed) {}

    record Score(long id, String title, int moves, List<ThesisState> theses, Turn turn, Instant deadline, Result result,
            List<Turning> turningMoves, List<Challenge> openChallenges, Map<String, List<String>> concessions, List<Words.Crux> cruxes) {}

    @Operation(summary = "The score now: each side's theses with status and strength, whose turn it is, the result, the moves"
            + " that turned a status, open challenges, concessions and the cruxes between the sides",
            description = "Sentences are in the language of Accept-Language (English or Indonesian), people by their names.")
    @GetMapping("/{id}/score")
    Score score(@PathVariable long id, Locale locale) {
        Locale language = Words.language(locale);
        DebateState state = debates.state(id);
        Scoreboard board = state.scoreboard();
        Names names = debates.names();
        return new Score(id, state.setup().title(), state.transcript().size(), board.theses(), board.turn(), state.deadline(),
                new Result(board.result().winner(), Words.text(board.result().explanation(), language), board.result().closed()),
                board.turningMoves().stream().map(t -> new Turning(t.index(), t.by(), t.side(), t.type(), t.thesis(), t.thesisSide(),
                        t.from(), t.to(), t.explanation() == null ? null : t.explanation().text(language, names))).toList(),
                board.openChallenges(), board.concessions(), Words.cruxes(board.cruxes(), language, names));
    }
}
