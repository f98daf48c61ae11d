// <dialectica-paper-text>: the text of a paper in the map page's reading pane, behind
// org.dialectica.workspace.ui.PaperText. Its paragraphs are built on the server from text nodes (never
// HTML); this element only reports the reader's selection in it, as paragraph numbers and offsets into
// the paragraphs' own text, so the server takes the quote from the paper and not from the screen.

/** Where a selection starts or ends: the paragraph's number and the offset into its text. */
interface Point {
  paragraph: number;
  offset: number;
}

class PaperText extends HTMLElement {
  private readonly onSelectionChange = () => this.report();
  /** whether the last report was of a selection here: a later empty one is reported once */
  private reported = false;

  connectedCallback() {
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  disconnectedCallback() {
    document.removeEventListener('selectionchange', this.onSelectionChange);
  }

  private report() {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (!range || !this.contains(range.commonAncestorContainer)) {
      // a selection elsewhere (or a click on a button) leaves the one made here standing
      return;
    }
    const start = range.collapsed ? null : this.point(range.startContainer, range.startOffset, true);
    const end = range.collapsed ? null : this.point(range.endContainer, range.endOffset, false);
    if (!start || !end || start.paragraph > end.paragraph || (start.paragraph === end.paragraph && start.offset >= end.offset)) {
      if (this.reported) this.send({ from: 0, start: 0, to: 0, end: 0 });
      this.reported = false;
      return;
    }
    this.reported = true;
    this.send({ from: start.paragraph, start: start.offset, to: end.paragraph, end: end.offset });
  }

  private send(detail: { from: number; start: number; to: number; end: number }) {
    this.dispatchEvent(new CustomEvent('paper-selection', { detail, bubbles: true, composed: true }));
  }

  /**
   * A boundary of the selection as a place in a paragraph's text. A boundary on a paragraph's number
   * or between paragraphs moves to the start of the next paragraph's text (a start) or the end of the
   * previous one's (an end).
   */
  private point(node: Node, offset: number, isStart: boolean): Point | null {
    const element = node instanceof Element ? node : node.parentElement;
    const paragraph = element?.closest<HTMLElement>('[data-paragraph]');
    const text = paragraph?.querySelector<HTMLElement>('.paragraph-text');
    if (paragraph && text && this.contains(paragraph) && text.contains(node)) {
      const before = document.createRange();
      before.selectNodeContents(text);
      before.setEnd(node, offset);
      return { paragraph: Number(paragraph.dataset.paragraph), offset: before.toString().length };
    }
    const paragraphs = Array.from(this.querySelectorAll<HTMLElement>('[data-paragraph]'));
    const boundary = document.createRange();
    boundary.setStart(node, offset);
    if (isStart) {
      const next = paragraphs.find((p) => {
        const t = p.querySelector('.paragraph-text');
        return t && boundary.comparePoint(t, 0) >= 0;
      });
      return next ? { paragraph: Number(next.dataset.paragraph), offset: 0 } : null;
    }
    const previous = paragraphs.reverse().find((p) => {
      const t = p.querySelector('.paragraph-text');
      return t && boundary.comparePoint(t, t.childNodes.length) <= 0;
    });
    return previous
      ? { paragraph: Number(previous.dataset.paragraph), offset: previous.querySelector('.paragraph-text')!.textContent!.length }
      : null;
  }
}

customElements.define('dialectica-paper-text', PaperText);
