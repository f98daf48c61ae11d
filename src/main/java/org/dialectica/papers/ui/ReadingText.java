package org.dialectica.papers.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DebounceSettings;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.dom.DebouncePhase;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dialectica.papers.Paragraph;

/**
 * A paper's text in the reading pane: its paragraphs numbered, a page's number where a page starts
 * (papers from PDF files), and the quotes of the map's claims marked; a click on a mark names its
 * claim. The browser reports what the reader selects as paragraph numbers and offsets into their
 * texts ({@link #REPORT_SELECTION}), so the quote is taken from the paper, never from the screen.
 * Every text is a text node: nothing of a paper is read as HTML.
 */
@Tag("div")
class ReadingText extends Component implements HasSize, HasStyle {
    /**
     * Run on the element once it is in the page: on every change of the document's selection that
     * lies in this text, it sends {@code paper-selection} with the first and last paragraph's number
     * and the offsets into their texts ({@code .paragraph-text}); a boundary on a paragraph's number or
     * between paragraphs moves to the start of the next text (a start) or the end of the previous one
     * (an end). A selection elsewhere, or a click on a button, leaves the last one standing; a
     * selection cleared here is sent once as paragraph 0. Sent as script, not as a module of the
     * bundle: the pane is made by a feature the production bundle's scan does not reach from the routes.
     */
    static final String REPORT_SELECTION = """
            if (this.__reportsSelection) return;
            this.__reportsSelection = true;
            const element = this;
            let reported = false;
            const send = (detail) => element.dispatchEvent(new CustomEvent('paper-selection', { detail }));
            const textOf = (paragraph) => paragraph.querySelector('.paragraph-text');
            const point = (node, offset, isStart) => {
              const start = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
              const paragraph = start && start.closest('[data-paragraph]');
              const text = paragraph && textOf(paragraph);
              if (paragraph && text && element.contains(paragraph) && text.contains(node)) {
                const before = document.createRange();
                before.selectNodeContents(text);
                before.setEnd(node, offset);
                return { paragraph: Number(paragraph.dataset.paragraph), offset: before.toString().length };
              }
              const paragraphs = Array.from(element.querySelectorAll('[data-paragraph]'));
              const boundary = document.createRange();
              boundary.setStart(node, offset);
              if (isStart) {
                const next = paragraphs.find((p) => textOf(p) && boundary.comparePoint(textOf(p), 0) >= 0);
                return next ? { paragraph: Number(next.dataset.paragraph), offset: 0 } : null;
              }
              const previous = paragraphs.reverse().find((p) => textOf(p) && boundary.comparePoint(textOf(p), textOf(p).childNodes.length) <= 0);
              return previous ? { paragraph: Number(previous.dataset.paragraph), offset: textOf(previous).textContent.length } : null;
            };
            const report = () => {
              if (!element.isConnected) {
                document.removeEventListener('selectionchange', report);
                element.__reportsSelection = false;
                return;
              }
              const selection = document.getSelection();
              const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
              if (!range || !element.contains(range.commonAncestorContainer)) return;
              const start = range.collapsed ? null : point(range.startContainer, range.startOffset, true);
              const end = range.collapsed ? null : point(range.endContainer, range.endOffset, false);
              if (!start || !end || start.paragraph > end.paragraph || (start.paragraph === end.paragraph && start.offset >= end.offset)) {
                if (reported) send({ from: 0, start: 0, to: 0, end: 0 });
                reported = false;
                return;
              }
              reported = true;
              send({ from: start.paragraph, start: start.offset, to: end.paragraph, end: end.offset });
            };
            document.addEventListener('selectionchange', report);
            """;

    /** each claim's marks, to show it as the current one and scroll to it */
    private final Map<String, List<Span>> marksOf = new LinkedHashMap<>();
    private List<QuoteMarks.Mark> shownMarks = List.of();
    private List<Paragraph> shownParagraphs = List.of();
    private String current;
    private Consumer<String> onMarkClick = id -> { };
    /** the page's words, in the reader's language */
    private Function<Integer, String> pageWord = page -> "p. " + page;

    ReadingText() {
        getStyle().set("display", "block").set("overflow", "auto").set("line-height", "1.5").set("padding", "0 0.4em 0 0");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(REPORT_SELECTION);
    }

    void onMarkClick(Consumer<String> listener) {
        this.onMarkClick = listener;
    }

    /** How a page's start is worded; the text is built anew with it at the next {@link #show}. */
    void pageWord(Function<Integer, String> word) {
        this.pageWord = word;
        shownParagraphs = List.of();
    }

    /**
     * Shows the paragraphs with these marks; the same again is left as it is, and the reader's
     * selection with it. Answers whether the text was built anew.
     */
    boolean show(List<Paragraph> paragraphs, List<QuoteMarks.Mark> marks) {
        if (paragraphs.equals(shownParagraphs) && marks.equals(shownMarks)) return false;
        shownParagraphs = List.copyOf(paragraphs);
        shownMarks = List.copyOf(marks);
        String keep = current;
        setCurrent(null);
        getElement().removeAllChildren();
        marksOf.clear();
        Integer page = null;
        for (Paragraph p : paragraphs) {
            if (p.page() != null && !p.page().equals(page)) {
                Div pageStart = new Div(pageWord.apply(p.page()));
                pageStart.addClassName("page-start");
                pageStart.getElement().setAttribute("data-page", String.valueOf(p.page()));
                pageStart.getStyle().set("font-size", "var(--lumo-font-size-xs, 0.75em)").set("color", "var(--vaadin-text-color-secondary, #555)")
                        .set("border-top", "1px dashed var(--vaadin-border-color, #ccc)").set("margin", "0.6em 0 0.2em").set("user-select", "none");
                getElement().appendChild(pageStart.getElement());
                page = p.page();
            }
            getElement().appendChild(paragraph(p, marks.stream().filter(m -> m.paragraph() == p.number()).toList()).getElement());
        }
        if (keep != null) setCurrent(keep);
        return true;
    }

    private Div paragraph(Paragraph p, List<QuoteMarks.Mark> marks) {
        Span number = new Span(String.valueOf(p.number()));
        number.addClassName("paragraph-number");
        number.getStyle().set("user-select", "none").set("color", "var(--vaadin-text-color-secondary, #555)")
                .set("font-size", "var(--lumo-font-size-xs, 0.75em)").set("font-variant-numeric", "tabular-nums")
                .set("display", "inline-block").set("min-width", "2rem").set("text-indent", "0");
        Span text = new Span();
        text.addClassName("paragraph-text");
        for (QuoteMarks.Segment s : QuoteMarks.segments(p.text(), marks)) {
            String part = p.text().substring(s.start(), s.end());
            if (s.claims().isEmpty()) {
                text.getElement().appendChild(com.vaadin.flow.dom.Element.createText(part));
                continue;
            }
            Span mark = new Span(part);
            mark.addClassName("quote-mark");
            mark.getElement().setAttribute("data-claims", String.join(" ", s.claims()));
            mark.getStyle().set("background", "var(--dialectica-quote, #fff1a8)").set("cursor", "pointer").set("border-radius", "2px");
            String claim = s.claims().getFirst();
            mark.addClickListener(e -> onMarkClick.accept(claim));
            // reachable without a mouse: a tab stop that Enter selects like a click
            mark.getElement().setAttribute("tabindex", "0").setAttribute("role", "button");
            mark.getElement().addEventListener("keydown", e -> onMarkClick.accept(claim)).setFilter("event.key === 'Enter'");
            for (String c : s.claims()) marksOf.computeIfAbsent(c, k -> new ArrayList<>()).add(mark);
            text.add(mark);
        }
        Div paragraph = new Div(number, text);
        paragraph.addClassName("paper-paragraph");
        paragraph.getElement().setAttribute("data-paragraph", String.valueOf(p.number()));
        // the numbers in a column of their own, the lines of the text aligned beside them
        paragraph.getStyle().set("margin", "0 0 0.6em").set("padding-left", "2rem").set("text-indent", "-2rem");
        if (p.heading()) text.getStyle().set("font-weight", "600");
        return paragraph;
    }

    /** The marks of a claim's quote (none: the claim quotes nothing here). */
    List<Span> marksOf(String claimId) {
        return marksOf.getOrDefault(claimId, List.of());
    }

    /** Whether the claim's quote is marked in the text shown. */
    boolean marks(String claimId) {
        return marksOf.containsKey(claimId);
    }

    /** Shows the claim's quote as the current one and scrolls it into view; null: none is. */
    void setCurrent(String claimId) {
        if (Objects.equals(current, claimId)) return;
        marksOf(current).forEach(m -> m.getStyle().remove("outline"));
        marksOf(current).forEach(m -> m.getElement().removeAttribute("data-current"));
        current = claimId;
        List<Span> marks = marksOf(claimId);
        marks.forEach(m -> m.getStyle().set("outline", "2px solid var(--vaadin-focus-ring-color, #1a73e8)"));
        marks.forEach(m -> m.getElement().setAttribute("data-current", ""));
        // only when it is out of sight: a click on a mark that is in view leaves the text where the reader has it
        if (!marks.isEmpty()) {
            marks.getFirst().getElement().executeJs("const box = this.getBoundingClientRect(), view = $0.getBoundingClientRect();"
                    + " if (box.top < view.top || box.bottom > view.bottom) this.scrollIntoView({block: 'center'});", getElement());
        }
    }

    /**
     * Selects the passage in the page, as if the reader had (so the page reports it as the selection),
     * and brings it into view when it is out of sight.
     */
    void reveal(org.dialectica.papers.Passage passage) {
        var first = passage.spans().getFirst();
        var last = passage.spans().getLast();
        getElement().executeJs(REVEAL, first.paragraph().number(), first.from(), last.paragraph().number(), last.to());
    }

    /** The text node and offset at a character offset of a paragraph's text (its marks are spans of it). */
    private static final String REVEAL = """
            const at = (n, offset) => {
              const text = this.querySelector('[data-paragraph="' + n + '"] .paragraph-text');
              if (!text) return null;
              const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
              let left = offset, node;
              while ((node = walker.nextNode())) {
                if (left <= node.length) return [node, left];
                left -= node.length;
              }
              return null;
            };
            const a = at($0, $1), b = at($2, $3);
            if (!a || !b) return;
            const range = document.createRange();
            range.setStart(a[0], a[1]);
            range.setEnd(b[0], b[1]);
            const selection = document.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            const box = a[0].parentElement.getBoundingClientRect(), view = this.getBoundingClientRect();
            if (box.top < view.top || box.bottom > view.bottom) a[0].parentElement.scrollIntoView({ block: 'center' });
            """;

    String current() {
        return current;
    }

    /** The reader selects in the text (or clears the selection made there). */
    com.vaadin.flow.shared.Registration addSelectionListener(ComponentEventListener<SelectionEvent> listener) {
        return addListener(SelectionEvent.class, listener);
    }

    /**
     * What the reader selected, reported once the selection rests: from an offset in one
     * paragraph's text to an offset in the same or a later one's; paragraph 0 when it was cleared.
     */
    @DomEvent(value = "paper-selection", debounce = @DebounceSettings(timeout = 250, phases = DebouncePhase.TRAILING))
    public static class SelectionEvent extends ComponentEvent<ReadingText> {
        private final QuoteMarks.Selection selection;

        public SelectionEvent(ReadingText source, boolean fromClient, @EventData("event.detail.from") int from,
                @EventData("event.detail.start") int start, @EventData("event.detail.to") int to, @EventData("event.detail.end") int end) {
            super(source, fromClient);
            this.selection = from <= 0 ? null : new QuoteMarks.Selection(from, start, to, end);
        }

        /** The selection, or null when it was cleared. */
        QuoteMarks.Selection selection() {
            return selection;
        }
    }
}
