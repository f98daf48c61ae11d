package org.dialectica.debate;

import java.util.List;
import java.util.Map;
import org.dialectica.reasoning.Comparison;

/**
 * What everyone sees after a move: each side's theses with status and strength, the moves that
 * turned a status, the open challenges, what each side conceded, the cruxes between the sides'
 * theses, whose turn it is and the result (final once closed).
 */
public record Scoreboard(List<ThesisState> theses, List<Turning> turningMoves, List<Challenge> openChallenges,
        List<Comparison.Crux> cruxes, Map<String, List<String>> concessions, Turn turn, Result result) {}
