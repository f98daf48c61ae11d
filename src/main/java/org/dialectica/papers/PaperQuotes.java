package org.dialectica.papers;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.dialectica.map.Source;
import org.dialectica.reasoning.QuoteCheck;

/**
 * The quote check over a set of papers: a quote is in its paper when it is a substring of the
 * paper's text, every run of whitespace as one space. A paper that is not known is no finding
 * (there is nothing to check the quote against); nor is a source without a quote. Papers never
 * change once added, so each is read once.
 */
public final class PaperQuotes implements QuoteCheck {
    private final Function<String, Optional<Paper>> papers;
    private final Map<String, Paper> read = new ConcurrentHashMap<>();

    /** @param papers a paper by its id, empty when not known */
    public PaperQuotes(Function<String, Optional<Paper>> papers) {
        this.papers = papers;
    }

    /** Over these papers alone (the command line's {@code --papers DIR}). */
    public static PaperQuotes of(Iterable<Paper> papers) {
        Map<String, Paper> byId = new ConcurrentHashMap<>();
        papers.forEach(p -> byId.put(p.id(), p));
        return new PaperQuotes(id -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public Optional<String> notFoundIn(Source source) {
        if (source.paper() == null || source.quote() == null) return Optional.empty();
        Paper paper = read.get(source.paper());
        if (paper == null) {
            paper = papers.apply(source.paper()).orElse(null);
            if (paper == null) return Optional.empty(); // not known: nothing to check the quote against
            read.put(paper.id(), paper);
        }
        return paper.contains(source.quote()) ? Optional.empty() : Optional.of(paper.shortName());
    }
}
