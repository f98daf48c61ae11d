package org.dialectica.reasoning;

import java.util.Optional;
import org.dialectica.map.Source;

/**
 * Whether a claim's quote is in the paper it cites. Checked in Java beside the rules, on every claim
 * a session loads or saves: a paper's text is no fact for them, and a quote is one substring search.
 */
@FunctionalInterface
public interface QuoteCheck {
    /** Checks nothing: where no papers are known (the command line without {@code --papers}). */
    QuoteCheck NONE = source -> Optional.empty();

    /**
     * The cited paper's short name ("004") when the quote is not in it; empty when it is, when the
     * source quotes nothing, or when the paper is not known — a quote of a paper nobody has given
     * us has nothing to be checked against, so it is no finding.
     */
    Optional<String> notFoundIn(Source source);
}
