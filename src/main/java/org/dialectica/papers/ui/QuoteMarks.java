package org.dialectica.papers.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dialectica.papers.Paper;
import org.dialectica.papers.Paragraph;
import org.dialectica.papers.Passage;

/**
 * Where the map's quotes stand in a paper's paragraphs, and the passage a selection makes: the
 * reading pane's logic, apart from the page. Quotes are found as the quote check finds them
 * ({@link Paper#find}); a quote may run over the end of a paragraph into the next.
 */
final class QuoteMarks {
    private QuoteMarks() {}

    /** One claim's quote in one paragraph: characters {@code start} to {@code end} of its text. */
    record Mark(int paragraph, int start, int end, String claimId) {}

    /** A stretch of a paragraph's text and the claims that quote it (none: plain text). */
    record Segment(int start, int end, List<String> claims) {}

    /** A selection: from an offset in one paragraph's text to an offset in the same or a later one's. */
    record Selection(int fromParagraph, int start, int toParagraph, int end) {}

    /** The marks of each claim's quote (by claim id) at its first place in the paper; a quote not in it has none. */
    static List<Mark> marks(Paper paper, Map<String, String> quotes) {
        List<Mark> marks = new ArrayList<>();
        quotes.forEach((claimId, quote) -> paper.find(quote).ifPresent(passage -> passage.spans().forEach(span -> {
            if (span.from() < span.to()) marks.add(new Mark(span.paragraph().number(), span.from(), span.to(), claimId));
        })));
        marks.sort(Comparator.comparingInt(Mark::paragraph).thenComparingInt(Mark::start).thenComparing(Mark::claimId));
        return marks;
    }

    /**
     * A paragraph's text cut where any mark of it starts or ends, each stretch with the claims that
     * quote it, the one with the shortest quote there first (a click on it selects that one).
     */
    static List<Segment> segments(String text, List<Mark> marksInParagraph) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marksInParagraph) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        List<Segment> segments = new ArrayList<>();
        int from = cuts.first();
        for (int to : cuts.tailSet(from, false)) {
            int start = from;
            List<String> claims = marksInParagraph.stream().filter(m -> m.start() <= start && m.end() >= to)
                    .sorted(Comparator.comparingInt((Mark m) -> m.end() - m.start()).thenComparing(Mark::claimId))
                    .map(Mark::claimId).distinct().toList();
            segments.add(new Segment(start, to, claims));
            from = to;
        }
        return segments;
    }

    /**
     * The passage a selection makes, taken from the paper's paragraphs (not from the screen), without
     * the white space at its ends: its quote is the paper's words as the quote check reads them, its
     * locator names the paragraphs (and pages) it has words of. Empty for a selection of white space.
     */
    static Optional<Passage> passage(Paper paper, Selection s) {
        List<Passage.Span> spans = new ArrayList<>();
        for (int n = s.fromParagraph(); n <= s.toParagraph(); n++) {
            Paragraph p = paper.paragraph(n).orElse(null);
            if (p == null) continue;
            String text = p.text();
            int from = n == s.fromParagraph() ? clamp(s.start(), text) : 0;
            int to = n == s.toParagraph() ? clamp(s.end(), text) : text.length();
            while (from < to && Character.isWhitespace(text.charAt(from))) from++;
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
            if (from < to) spans.add(new Passage.Span(p, from, to));
        }
        if (spans.isEmpty()) return Optional.empty();
        String quote = String.join(" ", spans.stream().map(sp -> sp.paragraph().text().substring(sp.from(), sp.to())).toList());
        return Optional.of(new Passage(Paper.normalise(quote), spans));
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
