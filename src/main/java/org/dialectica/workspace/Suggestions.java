package org.dialectica.workspace;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialectica.map.ArgumentMap;
import org.dialectica.people.CurrentPerson;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.suggestion.Suggester;
import org.dialectica.suggestion.Suggestion;
import org.springframework.stereotype.Service;

/**
 * Conflicts suggested from the texts of a map's claims, for those who may edit the map: read from
 * the live analysis (so nothing the rules derive or someone drew is suggested) without the pairs
 * dismissed on the map. Accepting one is an ordinary edit ({@link Workspace#apply} with an
 * opposition), so it is checked, recorded in the history and undone like any other.
 */
@Service
public class Suggestions {
    private final Workspace workspace;
    private final Repositories.DismissedSuggestions dismissed;
    private final Suggester suggester;

    Suggestions(Workspace workspace, Repositories.DismissedSuggestions dismissed, RuleBase rules) {
        this.workspace = workspace;
        this.dismissed = dismissed;
        this.suggester = new Suggester(rules.vocabulary());
    }

    /** The best {@code limit} suggestions for the map now, none of them dismissed on it. */
    public List<Suggestion> of(String mapId, int limit) {
        workspace.check(mapId, MapAction.EDIT);
        Analysis analysis = workspace.analysis(mapId);
        return suggester.suggest(analysis, dismissed(mapId), limit);
    }

    /** The pairs dismissed on the map, never suggested there again. */
    public Set<Suggestion.Pair> dismissed(String mapId) {
        workspace.check(mapId, MapAction.EDIT);
        return dismissed.findByMapId(mapId).stream().map(e -> new Suggestion.Pair(e.claimA, e.claimB)).collect(Collectors.toSet());
    }

    /**
     * Remembers that the two claims are not to be suggested as a conflict on this map again.
     * @throws IllegalArgumentException when the map has no such claims
     */
    public void dismiss(String mapId, String a, String b) {
        workspace.check(mapId, MapAction.EDIT);
        ArgumentMap map = workspace.analysis(mapId).map();
        for (String claimId : List.of(a, b)) {
            if (!map.hasClaim(claimId)) throw new IllegalArgumentException("suggestion names unknown claim '" + claimId + "'");
        }
        Suggestion.Pair pair = new Suggestion.Pair(a, b);
        dismissed.save(new DismissedSuggestionEntity(mapId, pair.a(), pair.b(), CurrentPerson.get().login(), OffsetDateTime.now()));
    }
}
