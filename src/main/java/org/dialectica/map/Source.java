package org.dialectica.map;

/**
 * Where a claim comes from.
 *
 * @param paper the seed paper or document, by its file name
 * @param locator section or page within it
 * @param quote the passage, verbatim, in the original language
 */
public record Source(String paper, String locator, String quote) {
    public Source {
        paper = Text.blankToNull(paper);
        locator = Text.blankToNull(locator);
        quote = Text.blankToNull(quote);
    }

    public boolean isEmpty() {
        return paper == null && locator == null && quote == null;
    }
}
