package org.dialectica.papers;

/**
 * One numbered paragraph of a paper: its text with every run of whitespace as one space.
 *
 * @param number from 1, through the whole paper (not restarted on each page)
 * @param page the PDF page it stands on (from 1), null in a text
 * @param heading a heading line ("BAB VI", "6.1. Kesimpulan"), a paragraph of its own
 */
public record Paragraph(int number, Integer page, boolean heading, String text) {
    /** The locator a claim quoting it gives: "¶ 12", or "p. 3, ¶ 12" in a PDF. */
    public String locator() {
        return (page == null ? "" : "p. " + page + ", ") + "¶ " + number;
    }
}
