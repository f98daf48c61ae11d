package org.dialectica.papers;

import java.util.List;

/**
 * Where a quote stands in a paper: the normalised quote and its part in each paragraph it runs
 * through (a quote may cross a paragraph's end).
 */
public record Passage(String quote, List<Span> spans) {
    public Passage {
        spans = List.copyOf(spans);
    }

    /** The quote's part of one paragraph: {@code from} to {@code to} (exclusive) in the paragraph's text. */
    public record Span(Paragraph paragraph, int from, int to) {}

    public Paragraph first() {
        return spans.getFirst().paragraph();
    }

    /** "¶ 12", "¶ 12–13", "p. 3, ¶ 12" or "pp. 3–4, ¶ 12–13". */
    public String locator() {
        Paragraph a = first(), b = spans.getLast().paragraph();
        String paragraphs = "¶ " + a.number() + (a.number() == b.number() ? "" : "–" + b.number());
        if (a.page() == null) return paragraphs;
        String pages = a.page().equals(b.page()) ? "p. " + a.page() : "pp. " + a.page() + "–" + b.page();
        return pages + ", " + paragraphs;
    }
}
