package org.dialectica.papers;

import java.util.Optional;
import java.util.Set;
import org.dialectica.map.Source;
import org.dialectica.reasoning.QuoteCheck;
import org.springframework.stereotype.Component;

/**
 * The quote check of every rule session of the application, over the stored papers. Which papers
 * exist is read again at most every few seconds, so a map citing papers nobody has added does not
 * ask the database once per claim; a paper added on another instance is known here within that time.
 */
@Component
class StoredPaperQuotes implements QuoteCheck {
    private static final long KNOWN_FOR_MS = 5_000;
    private final PaperStore store;
    private final PaperQuotes quotes;
    private volatile Set<String> known = Set.of();
    private volatile long knownAt;

    StoredPaperQuotes(PaperStore store) {
        this.store = store;
        this.quotes = new PaperQuotes(store::find);
    }

    @Override
    public Optional<String> notFoundIn(Source source) {
        if (source.paper() == null || source.quote() == null || !isKnown(source.paper())) return Optional.empty();
        return quotes.notFoundIn(source);
    }

    private boolean isKnown(String paper) {
        if (known.contains(paper)) return true;
        long now = System.currentTimeMillis();
        if (now - knownAt < KNOWN_FOR_MS) return false;
        known = Set.copyOf(store.ids());
        knownAt = now;
        return known.contains(paper);
    }
}
