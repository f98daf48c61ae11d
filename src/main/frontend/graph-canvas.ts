/// <reference types="vite/client" />
// <dialectica-graph>: the argument-map canvas behind org.dialectica.base.ui.GraphCanvas.
// Data comes down as properties (graph, highlighted, filter); user actions go up as composed
// CustomEvents. Every text is drawn by cytoscape on its canvas or set with textContent: never HTML.
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import cytoscape from 'cytoscape';
import type { Core, EdgeSingular, ElementDefinition, EventObject, NodeSingular, Position, StylesheetJson } from 'cytoscape';
import { layeredLayout, type LayoutEdge, type LayoutRequest, type LayoutResponse } from './layered-layout';
import { mapPng, mapSvg, type Palette } from './map-picture';
// The layout's worker as a script of its own, so that laying out thousands of claims never blocks the page.
import LayoutWorker from './layered-layout-worker.ts?worker';

interface NodeData {
  id: string;
  label: string;
  kind: 'thesis' | 'claim' | 'evidence';
  status?: 'IN' | 'OUT' | 'UNDEC' | 'UNSUPPORTED';
  classes: string[];
  x?: number;
  y?: number;
  hint?: { x: number; y: number };
  badge?: { count: number; title: string };
}

interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: string;
  derived: boolean;
  title: string;
}

interface GraphData {
  nodes: NodeData[];
  edges: EdgeData[];
}

/** The change since the base graph: nodes and edges added or changed (whole), and ids removed. */
interface GraphDelta {
  nodes: NodeData[];
  edges: EdgeData[];
  removed: string[];
}

interface FilterData {
  hiddenKinds: string[];
  showDerived: boolean;
}

// Cytoscape edges cannot end at edges: an undercut ends at this small node on its support's midpoint.
const ANCHOR_PREFIX = 'dialectica-anchor:';
const FONT_FAMILY = 'Roboto, "Segoe UI", Helvetica, Arial, sans-serif';
const FONT_SIZE = 12;
const LINE_HEIGHT = 15;
const NODE_WIDTH = 184;
const TEXT_WIDTH = 164;
const MAX_LINES = 5;
// Above this many elements the canvas trades looks for speed while panning and zooming (PERF.md).
const BIG_GRAPH = 600;
const LAYOUT_TIMEOUT_MS = 20000;
const NEIGHBOUR_PLACEMENT_LIMIT = 50;
// the first view never shrinks text below 11.5 px: what cannot be shown at that size is panned to
const READABLE_ZOOM = 11.5 / FONT_SIZE;
// no label is drawn smaller than this on screen (README): below it the canvas says to zoom in
const MIN_LABEL_PX = 8;
// saved positions where more claims than this share a place with another are laid out again
const OVERLAP_SHARE = 0.05;

const STATUS_COLOURS: Record<string, { fill: string; border: string }> = {
  IN: { fill: '#dcf2e1', border: '#1b7f3b' },
  OUT: { fill: '#fbe0de', border: '#b3261e' },
  UNDEC: { fill: '#fdf0c4', border: '#8a6500' },
  UNSUPPORTED: { fill: '#eceff1', border: '#607d8b' },
};
const SUPPORT_COLOUR = '#2e7d32';
const ATTACK_COLOUR = '#c62828';
const CONFLICT_COLOUR = '#6a1b9a';
const HIGHLIGHT_COLOUR = '#1565c0';
const SELECT_COLOUR = '#0d47a1';
const BADGE_COLOUR = '#1565c0';
const BADGE_HEIGHT = 18;
const NEUTRAL = { fill: '#eef0f3', border: '#5f6b7a' };
// what the pictures of the map are drawn with: the canvas's own colours and type
const PALETTE: Palette = {
  status: STATUS_COLOURS,
  neutral: NEUTRAL,
  support: SUPPORT_COLOUR,
  attack: ATTACK_COLOUR,
  conflict: CONFLICT_COLOUR,
  badge: BADGE_COLOUR,
  text: '#1a1a1a',
  fontFamily: FONT_FAMILY,
  fontSize: FONT_SIZE,
  lineHeight: LINE_HEIGHT,
};

// the canvas's own texts, in English until the server sends the reader's (the `words` property)
const WORDS: Record<string, string> = {
  'kind.support': 'Support',
  'kind.rebut': 'Rebut',
  'kind.undermine': 'Undermine',
  'kind.undercut': 'Undercut',
  'kind.conflict': 'Conflict',
  'node.thesis': 'thesis',
  'node.claim': 'claim',
  'node.evidence': 'evidence',
  derived: '(derived)',
  selected: 'Selected {0}',
  'connect.cancelled': 'Connection cancelled',
  'connect.drag': 'Connecting from “{0}”: release the mouse over the target claim.',
  'connect.keys': 'Connecting from “{0}”: click the target node, or choose it with the arrow keys and press Enter. Esc cancels.',
  'connect.first': 'Select the node to connect from first, then press C',
  'enter.connects': 'Enter connects to it.',
  'enter.selects': 'Enter selects it.',
};

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(text)',
      width: 'data(w)',
      height: 'data(h)',
      'font-family': FONT_FAMILY,
      'font-size': FONT_SIZE,
      'line-height': LINE_HEIGHT / FONT_SIZE,
      color: '#1a1a1a',
      'text-wrap': 'wrap',
      'text-max-width': `${TEXT_WIDTH + 8}px`,
      'text-valign': 'center',
      'text-halign': 'center',
      // unreadably small labels are skipped, which also keeps zoomed-out big maps fast
      'min-zoomed-font-size': MIN_LABEL_PX,
      'background-color': NEUTRAL.fill,
      'border-color': NEUTRAL.border,
      'border-width': 2,
      shape: 'rectangle',
    },
  },
  { selector: 'node[kind = "thesis"]', style: { shape: 'round-rectangle', 'border-width': 4, 'font-weight': 'bold' } },
  { selector: 'node[kind = "claim"]', style: { shape: 'rectangle' } },
  { selector: 'node[kind = "evidence"]', style: { shape: 'barrel' } },
  ...Object.entries(STATUS_COLOURS).map(([status, c]) => ({
    selector: `node[status = "${status}"]`,
    style: { 'background-color': c.fill, 'border-color': c.border },
  })),
  {
    selector: 'node.anchor',
    style: {
      label: '',
      shape: 'ellipse',
      width: 9,
      height: 9,
      'border-width': 0,
      'background-color': SUPPORT_COLOUR,
      // clicks go through to the support edge underneath
      events: 'no',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'line-color': SUPPORT_COLOUR,
      'target-arrow-color': SUPPORT_COLOUR,
      'source-arrow-color': SUPPORT_COLOUR,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 1.3,
    },
  },
  {
    selector: 'edge[kind = "rebut"], edge[kind = "undermine"], edge[kind = "undercut"]',
    style: { 'line-color': ATTACK_COLOUR, 'target-arrow-color': ATTACK_COLOUR, 'target-arrow-shape': 'tee', 'arrow-scale': 1.6 },
  },
  { selector: 'edge[?derived]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 5] } },
  {
    selector: 'edge[kind = "conflict"]',
    style: {
      'line-color': CONFLICT_COLOUR,
      'target-arrow-color': CONFLICT_COLOUR,
      'source-arrow-color': CONFLICT_COLOUR,
      'line-style': 'dotted',
      'source-arrow-shape': 'triangle',
      'target-arrow-shape': 'triangle',
    },
  },
  {
    selector: 'node.hl',
    style: { 'underlay-color': HIGHLIGHT_COLOUR, 'underlay-opacity': 0.3, 'underlay-padding': 7, 'underlay-shape': 'round-rectangle' },
  },
  {
    selector: 'edge.hl',
    style: { width: 5, 'z-index': 10, 'underlay-color': HIGHLIGHT_COLOUR, 'underlay-opacity': 0.3, 'underlay-padding': 4 },
  },
  { selector: 'node.anchor.hl', style: { 'underlay-padding': 3 } },
  {
    selector: 'node:selected',
    style: { 'outline-width': 3, 'outline-color': SELECT_COLOUR, 'outline-offset': 3, 'outline-style': 'solid' },
  },
  { selector: 'edge:selected', style: { width: 4, 'line-outline-width': 2, 'line-outline-color': SELECT_COLOUR, 'z-index': 20 } },
  { selector: 'node.connect-source', style: { 'outline-width': 3, 'outline-color': SELECT_COLOUR, 'outline-offset': 3, 'outline-style': 'dashed' } },
  {
    // a count (open comments) in the node's top-right corner: inside its box, so layouts, overlap
    // checks and bounding boxes stay as they were
    selector: 'node[badge > 0]',
    style: {
      'background-image': 'data(badgeImage)',
      'background-width': 'data(badgeWidth)',
      'background-height': BADGE_HEIGHT,
      'background-fit': 'none',
      'background-position-x': '100%',
      'background-position-y': '0%',
      'background-offset-x': -3,
      'background-offset-y': 3,
      'background-clip': 'none',
      'background-image-containment': 'over',
    },
  },
  { selector: '.dim', style: { opacity: 0.35 } },
  { selector: '.filtered, .pending', style: { display: 'none' } },
];

let measureContext: CanvasRenderingContext2D | null | undefined;

/** Wraps the label into at most MAX_LINES lines of TEXT_WIDTH pixels, ending in … when cut. */
function wrapLabel(label: string, bold: boolean): string[] {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  const ctx = measureContext;
  const width = (s: string) => (ctx ? ctx.measureText(s).width : s.length * FONT_SIZE * 0.55);
  if (ctx) ctx.font = `${bold ? 'bold ' : ''}${FONT_SIZE}px ${FONT_FAMILY}`;
  const lines: string[] = [];
  let line = '';
  for (const word of label.trim().split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate) <= TEXT_WIDTH || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
    // a single overlong word is cut rather than overflowing the node
    while (width(line) > TEXT_WIDTH && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && width(line.slice(0, cut)) > TEXT_WIDTH) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  if (lines.length > MAX_LINES) {
    lines.length = MAX_LINES;
    let last = lines[MAX_LINES - 1];
    while (last.length > 0 && width(`${last}…`) > TEXT_WIDTH) last = last.slice(0, -1);
    lines[MAX_LINES - 1] = `${last}…`;
  }
  return lines.length ? lines : [''];
}

/** Width of the badge for a count: one or two digits, or 99+. */
function badgeWidth(count: number): number {
  return count < 10 ? BADGE_HEIGHT : count < 100 ? 24 : 30;
}

/** The badge as an SVG image: a rounded label with the count (digits only, so nothing else reaches the markup). */
function badgeImage(count: number): string {
  const text = count < 100 ? String(Math.floor(count)) : '99+';
  const w = badgeWidth(count);
  const h = BADGE_HEIGHT;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<rect x="1" y="1" width="${w - 2}" height="${h - 2}" rx="${(h - 2) / 2}" fill="${BADGE_COLOUR}" stroke="white" stroke-width="1.5"/>` +
    `<text x="${w / 2}" y="${h / 2 + 4}" text-anchor="middle" font-family="Arial, sans-serif" font-size="11" font-weight="bold" fill="white">${text}</text>` +
    `</svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

function nodeFields(n: NodeData) {
  const lines = wrapLabel(n.label, n.kind === 'thesis');
  const count = n.badge && n.badge.count > 0 ? n.badge.count : 0;
  return {
    id: n.id,
    label: n.label,
    text: lines.join('\n'),
    kind: n.kind,
    status: n.status,
    w: NODE_WIDTH,
    h: lines.length * LINE_HEIGHT + 20,
    // always set, so that a badge that went away is cleared on the element that stays
    badge: count,
    badgeTitle: count > 0 ? n.badge!.title : '',
    badgeImage: count > 0 ? badgeImage(count) : 'none',
    badgeWidth: count > 0 ? badgeWidth(count) : BADGE_HEIGHT,
  };
}

function edgeFields(e: EdgeData) {
  const undercut = e.kind === 'undercut';
  return {
    id: e.id,
    source: e.source,
    target: undercut ? ANCHOR_PREFIX + e.target : e.target,
    undercuts: undercut ? e.target : undefined,
    kind: e.kind,
    derived: e.derived,
    title: e.title,
  };
}

function sameClasses(a: string[], b: string[]) {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

export class DialecticaGraph extends LitElement {
  static properties = {
    graph: { attribute: false },
    graphDelta: { attribute: false },
    highlighted: { attribute: false },
    filter: { attribute: false },
    words: { attribute: false },
  };

  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 240px;
      background: #fff;
      outline: none;
      overflow: hidden;
    }
    :host(:focus-visible) {
      box-shadow: inset 0 0 0 2px ${unsafeCSS(SELECT_COLOUR)};
    }
    #cy {
      position: absolute;
      inset: 0;
    }
    .tip {
      position: absolute;
      z-index: 2;
      max-width: 22rem;
      padding: 0.35rem 0.55rem;
      border-radius: 4px;
      background: #263238;
      color: #fff;
      font: 12px/1.35 ${unsafeCSS(FONT_FAMILY)};
      white-space: pre-wrap;
      pointer-events: none;
    }
    .hint {
      position: absolute;
      z-index: 2;
      left: 0.5rem;
      bottom: 0.5rem;
      max-width: calc(100% - 1rem);
      padding: 0.3rem 0.6rem;
      border-radius: 4px;
      background: #e3f2fd;
      color: #0d2b52;
      border: 1px solid ${unsafeCSS(SELECT_COLOUR)};
      font: 13px/1.35 ${unsafeCSS(FONT_FAMILY)};
    }
    .zoom-note {
      position: absolute;
      z-index: 2;
      top: 0.5rem;
      left: 50%;
      transform: translateX(-50%);
      padding: 0.25rem 0.6rem;
      border-radius: 4px;
      background: #263238;
      color: #fff;
      font: 13px/1.35 ${unsafeCSS(FONT_FAMILY)};
      pointer-events: none;
    }
    .drag-line {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      z-index: 1;
      pointer-events: none;
    }
    [hidden] {
      display: none !important;
    }
    .sr {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  declare graph: GraphData | undefined;
  declare graphDelta: GraphDelta | undefined;
  declare highlighted: string[] | undefined;
  declare filter: FilterData | undefined;
  declare words: Record<string, string> | undefined;

  private cy?: Core;
  private resizeObserver?: ResizeObserver;
  private worker?: Worker;
  private workerBroken = false;
  // until the user pans, zooms or drags, a resized canvas shows the first view again
  private viewTouched = false;
  // while a layout moves every node, anchors follow once at the end rather than per node
  private movingMany = false;
  private connectDrag?: { source: NodeSingular; line: SVGLineElement };
  private appliedGraph?: GraphData;
  private layoutGeneration = 0;
  private pendingFocus?: string;
  private connectFrom?: string;
  private big = false;
  /** `graph` with `graphDelta` applied: what the canvas shows. */
  private shownGraph?: GraphData;
  // node positions kept over a destroy and re-create of cytoscape (detach and re-attach)
  private savedPositions = new Map<string, Position>();

  constructor() {
    super();
    this.addEventListener('keydown', (e) => this.onKey(e));
    // cytoscape blurs the focused element on mousedown and touchstart (in its container's handler,
    // which runs before this one): take the focus back so the keys work after a click
    const takeFocus = () => {
      if (document.activeElement !== this) this.focus({ preventScroll: true });
    };
    this.addEventListener('mousedown', takeFocus);
    this.addEventListener('touchstart', takeFocus, { passive: true });
    const touched = () => (this.viewTouched = true);
    this.addEventListener('wheel', touched, { passive: true });
    this.addEventListener('touchstart', touched, { passive: true });
    // capturing, so that a Shift-press on a claim starts a connection before cytoscape grabs the claim
    this.addEventListener('mousedown', (e) => this.onMouseDown(e), { capture: true });
    this.addEventListener('blur', () => this.hideTip());
  }

  render() {
    return html`<div id="cy"></div>
      <div class="drag-line" hidden>
        <svg width="100%" height="100%"><line stroke="${SELECT_COLOUR}" stroke-width="2" stroke-dasharray="6 4"></line></svg>
      </div>
      <div class="tip" hidden></div>
      <div class="hint" hidden></div>
      <div class="zoom-note" role="status" hidden></div>
      <div class="sr" aria-live="polite"></div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    // firstUpdated runs once per element: a re-attached element creates cytoscape here
    if (this.hasUpdated && !this.cy) this.createCy();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.destroyCy();
  }

  protected firstUpdated() {
    this.createCy();
  }

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('graph') || changed.has('graphDelta')) this.shownGraph = withDelta(this.graph, this.graphDelta);
  }

  protected updated(changed: PropertyValues) {
    if (!this.cy) return;
    const graphChanged = changed.has('graph') || changed.has('graphDelta');
    if (graphChanged && isBig(this.shownGraph) !== this.big) {
      // renderer options are fixed at creation: a map that grows past the threshold gets a new renderer
      this.destroyCy();
      this.createCy();
      return;
    }
    if (graphChanged && this.shownGraph !== this.appliedGraph) this.applyGraph();
    if (changed.has('filter')) this.applyFilter();
    if (changed.has('highlighted')) this.applyHighlight();
  }

  // ---- server-called functions ----------------------------------------------------------

  /** Centres on the element and selects it; waits for it if it is not there or not placed yet. */
  focusElement(id: string) {
    const el = this.cy?.getElementById(id);
    if (!this.cy || !el || el.empty() || el.hasClass('pending')) {
      this.pendingFocus = id;
      return;
    }
    this.pendingFocus = undefined;
    // a later resize must not take the view away from what was asked for
    this.viewTouched = true;
    this.cy.elements(':selected').unselect();
    el.select();
    this.cy.center(el);
    this.announce(this.t('selected', this.describe(el.isNode() ? (el as NodeSingular) : (el as EdgeSingular))));
  }

  /** The map as drawn (filters applied), whole, under its title and the legend, as an SVG document. */
  pictureSvg(title: string): string {
    if (!this.cy) return '';
    return mapSvg(this.cy, title, (key) => this.t(key), PALETTE);
  }

  /**
   * Saves the map as drawn as an SVG or a PNG file (the PNG is the SVG rasterised, so both show the
   * same): made here, as only the browser knows where the claims stand and how their text wraps.
   */
  async downloadPicture(format: string, fileName: string, title: string) {
    const svg = this.pictureSvg(title);
    const blob = format === 'png' ? await mapPng(svg) : new Blob([svg], { type: 'image/svg+xml' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  fitAll() {
    const cy = this.cy;
    if (!cy || cy.width() === 0 || cy.height() === 0) return;
    const visible = cy.nodes().not('.filtered, .pending, .anchor').toArray() as NodeSingular[];
    if (visible.length === 0) return;
    const b = boundsOf(visible);
    const padding = 30;
    // a map of three nodes should not fill the screen at 4x
    const zoom = Math.max(cy.minZoom(), Math.min(1.25, (cy.width() - 2 * padding) / (b.x2 - b.x1), (cy.height() - 2 * padding) / (b.y2 - b.y1)));
    cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (b.x1 + b.x2)) / 2, y: (cy.height() - zoom * (b.y1 + b.y2)) / 2 } });
  }

  /**
   * The view a map opens with: all of it if its text stays readable, otherwise readable text at
   * the top of the map (the theses), centred on them. Bounds come from positions and sizes, not
   * from cytoscape's bounding boxes, which measure every label (a second for 2,000 claims).
   */
  initialView() {
    const cy = this.cy;
    if (!cy || cy.width() === 0 || cy.height() === 0) return;
    const visible = cy.nodes().not('.filtered, .pending, .anchor').toArray() as NodeSingular[];
    if (visible.length === 0) return;
    this.fitAll();
    if (cy.zoom() >= READABLE_ZOOM) return;
    const all = boundsOf(visible);
    const theses = visible.filter((n) => n.data('kind') === 'thesis');
    const topRow = visible.filter((n) => n.position().y - n.data('h') / 2 <= all.y1 + 1);
    const focus = boundsOf(theses.length > 0 ? theses : topRow);
    const viewWidth = cy.width() / READABLE_ZOOM;
    // centre on the theses, but never leave the left edge of the map further in than the padding
    let left = (focus.x1 + focus.x2) / 2 - viewWidth / 2;
    if (focus.x2 - focus.x1 > viewWidth) left = focus.x1 - 30 / READABLE_ZOOM;
    left = Math.max(left, all.x1 - 30 / READABLE_ZOOM);
    const top = Math.min(focus.y1, all.y1) - 30 / READABLE_ZOOM;
    // no claim half in view at the sides (a cut label cannot be read either): the view moves a
    // little, or zooms in a little, to edges that fall between claims
    const view = uncutView(visible, left, viewWidth, top, top + cy.height() / READABLE_ZOOM, 12 / READABLE_ZOOM);
    const zoom = cy.width() / view.width;
    cy.viewport({ zoom, pan: { x: -view.left * zoom, y: -top * zoom } });
  }

  /** Lays out every claim again, reports the new positions (to be saved) and shows the first view. */
  relayout() {
    const cy = this.cy;
    if (!cy) return;
    const nodes = cy.nodes().not('.anchor').toArray() as NodeSingular[];
    if (nodes.length === 0) return;
    this.layOut(nodes, false);
  }

  /**
   * Says "zoom in" while the labels are too small to be drawn (min-zoomed-font-size), so a fitted
   * big map shows its shape with a word on how to read it. The words come from the server
   * (attribute zoom-note); `dataset.labelsHidden` tells tests and tools the same.
   */
  private showZoomNote() {
    const cy = this.cy;
    const note = this.renderRoot.querySelector('.zoom-note') as HTMLElement | null;
    if (!cy || !note) return;
    const hidden = cy.nodes().not('.anchor').length > 0 && cy.zoom() * FONT_SIZE < MIN_LABEL_PX;
    this.dataset.labelsHidden = String(hidden);
    note.textContent = this.getAttribute('zoom-note') ?? 'Zoom in to read the claims.';
    note.hidden = !hidden;
  }

  zoomBy(factor: number) {
    const cy = this.cy;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  // ---- cytoscape lifecycle ----------------------------------------------------------------

  private createCy() {
    const container = this.renderRoot.querySelector('#cy') as HTMLElement;
    const big = isBig(this.shownGraph);
    this.big = big;
    const cy = cytoscape({
      container,
      // straight edges cost a fraction of curved ones to draw, which matters with thousands of them
      style: big ? [...STYLE, { selector: 'edge', style: { 'curve-style': 'straight' } }] : STYLE,
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      pixelRatio: big ? 1 : 'auto',
    });
    this.cy = cy;
    this.appliedGraph = undefined;

    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.onBackgroundTap();
    });
    cy.on('tap', 'node', (e: EventObject) => this.onNodeTap(e.target as NodeSingular));
    cy.on('tap', 'edge', (e: EventObject) => {
      this.emit('graph-edge-select', { id: (e.target as EdgeSingular).id() });
    });
    cy.on('dragfree', 'node', (e: EventObject) => {
      const n = e.target as NodeSingular;
      const p = n.position();
      this.emit('graph-node-move', { id: n.id(), x: round(p.x), y: round(p.y) });
    });
    cy.on('position', 'node', (e: EventObject) => this.moveAnchorsOf(e.target as NodeSingular));
    cy.on('mouseover', 'node, edge', (e: EventObject) => this.showTip(e));
    cy.on('mouseout', 'node, edge', () => this.hideTip());
    cy.on('viewport', () => this.hideTip());
    cy.on('viewport', () => this.showZoomNote());

    cy.on('grab', 'node', () => (this.viewTouched = true));
    cy.on('tapstart', (e: EventObject) => {
      if (e.target === cy) this.viewTouched = true;
    });
    this.resizeObserver = new ResizeObserver(() => {
      cy.resize();
      if (!this.viewTouched && this.dataset.layout === 'done') this.initialView();
    });
    this.resizeObserver.observe(container);

    this.applyGraph();
  }

  private destroyCy() {
    const cy = this.cy;
    if (!cy) return;
    cy.nodes().not('.anchor, .pending').forEach((n) => {
      this.savedPositions.set(n.id(), { ...n.position() });
    });
    this.endConnect();
    this.endDrag();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.layoutGeneration++;
    cy.destroy();
    this.cy = undefined;
    this.appliedGraph = undefined;
    this.worker?.terminate();
    this.worker = undefined;
  }

  // ---- data down ------------------------------------------------------------------------

  /** Brings cytoscape in line with `graph`, keeping every element that stays where it is. */
  private applyGraph() {
    const cy = this.cy!;
    const graph: GraphData = this.shownGraph ?? { nodes: [], edges: [] };
    this.appliedGraph = graph;
    // placed nodes that stay: when there are none (first render, or a wholly new graph) the view fits
    let hadPlacedNodes = false;
    const wanted = new Set<string>();

    cy.batch(() => {
      for (const n of graph.nodes) wanted.add(n.id);
      for (const e of graph.edges) {
        wanted.add(e.id);
        if (e.kind === 'undercut') wanted.add(ANCHOR_PREFIX + e.target);
      }
      cy.elements().filter((el) => !wanted.has(el.id())).remove();
      hadPlacedNodes = cy.nodes().not('.anchor, .pending').nonempty();

      for (const n of graph.nodes) {
        const fields = nodeFields(n);
        const classes = n.classes ?? [];
        const existing = cy.getElementById(n.id);
        if (existing.nonempty() && existing.isEdge()) existing.remove();
        if (existing.nonempty() && existing.isNode()) {
          const { id: _id, ...changeable } = fields;
          existing.data(changeable);
          if (!sameClasses(existing.data('userClasses') ?? [], classes)) {
            existing.removeClass((existing.data('userClasses') ?? []).join(' '));
            existing.addClass(classes.join(' '));
            existing.data('userClasses', classes);
          }
          if (n.x !== undefined && n.y !== undefined) {
            const p = existing.position();
            if (p.x !== n.x || p.y !== n.y) existing.position({ x: n.x, y: n.y });
            existing.removeClass('pending');
          }
          continue;
        }
        const position = n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : (n.hint ?? this.savedPositions.get(n.id));
        cy.add({
          group: 'nodes',
          data: { ...fields, userClasses: classes },
          classes: position ? classes : [...classes, 'pending'],
          position: position ? { ...position } : { x: 0, y: 0 },
        } as ElementDefinition);
      }

      for (const e of graph.edges) {
        if (e.kind !== 'undercut') continue;
        const anchorId = ANCHOR_PREFIX + e.target;
        if (cy.getElementById(anchorId).empty()) {
          cy.add({ group: 'nodes', data: { id: anchorId, anchorOf: e.target }, classes: ['anchor'], selectable: false, grabbable: false });
        }
      }

      for (const e of graph.edges) {
        const fields = edgeFields(e);
        const existing = cy.getElementById(e.id);
        if (existing.nonempty() && existing.data('source') === fields.source && existing.data('target') === fields.target) {
          const { id: _id, source: _source, target: _target, ...changeable } = fields;
          existing.data(changeable);
        } else {
          existing.remove();
          cy.add({ group: 'edges', data: fields } as ElementDefinition);
        }
      }
    });
    this.savedPositions.clear();
    this.moveAllAnchors();
    this.applyFilter();
    this.applyHighlight();
    if (this.connectFrom && cy.getElementById(this.connectFrom).empty()) this.endConnect();

    // also nodes still waiting for a layout that this update supersedes
    const unplaced = cy.nodes('.pending').toArray() as NodeSingular[];
    if (unplaced.length > 0) {
      this.placeNewNodes(unplaced, hadPlacedNodes);
    } else if (!hadPlacedNodes && this.overlapping()) {
      // positions saved from an unfinished layout: laid out again, and the new ones saved
      this.relayout();
    } else {
      this.dataset.layout = 'done';
      if (!hadPlacedNodes) this.openView();
      this.applyPendingFocus();
    }
  }

  private applyFilter() {
    const cy = this.cy;
    if (!cy) return;
    const filter = this.filter ?? { hiddenKinds: [], showDerived: true };
    const hidden = new Set(filter.hiddenKinds);
    cy.batch(() => {
      cy.elements().not('.anchor').forEach((el) => {
        const out = hidden.has(el.data('kind')) || (el.isEdge() && !filter.showDerived && el.data('derived') === true);
        el.toggleClass('filtered', out);
      });
      cy.nodes('.anchor').forEach((a) => {
        const support = cy.getElementById(a.data('anchorOf'));
        a.toggleClass('filtered', support.hasClass('filtered') || support.connectedNodes('.filtered').nonempty());
      });
    });
  }

  private applyHighlight() {
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      cy.elements('.hl').removeClass('hl');
      for (const id of this.highlighted ?? []) {
        const el = cy.getElementById(id);
        el.addClass('hl');
        if (el.nonempty() && el.isEdge()) cy.getElementById(ANCHOR_PREFIX + id).addClass('hl');
      }
    });
  }

  private applyPendingFocus() {
    if (this.pendingFocus) this.focusElement(this.pendingFocus);
  }

  // ---- placing nodes ----------------------------------------------------------------------

  /**
   * A few additions go beside their placed neighbours, or near the selection, in a free spot in
   * view; anything more gets the layered layout, computed in a worker, as a block beside the rest.
   */
  private placeNewNodes(newNodes: NodeSingular[], hadPlacedNodes: boolean) {
    if (!hadPlacedNodes || newNodes.length > NEIGHBOUR_PLACEMENT_LIMIT) {
      this.layOut(newNodes, hadPlacedNodes);
      return;
    }
    this.layoutGeneration++;
    let rest = newNodes;
    let progress = true;
    while (progress && rest.length > 0) {
      progress = false;
      const still: NodeSingular[] = [];
      for (const n of rest) {
        if (this.placeNearNeighbours(n)) progress = true;
        else still.push(n);
      }
      rest = still;
    }
    for (const n of rest) this.placeNearSelection(n);
    this.finishPlacing(newNodes, true);
    this.reveal(newNodes);
  }

  /**
   * Lays these nodes out (beside the placed ones if `beside`), then reports their positions to be
   * saved. Only a finished layout is applied and reported: a superseded one is dropped.
   */
  private layOut(nodes: NodeSingular[], beside: boolean) {
    const cy = this.cy!;
    const generation = ++this.layoutGeneration;
    // browser tests wait for data-layout="done" before they look
    this.dataset.layout = 'running';
    const started = performance.now();
    this.dataset.layoutStartedAt = String(Math.round(started));
    const request = this.layoutRequest(nodes);
    this.computeLayout(request, generation).then(({ response, where }) => {
      if (generation !== this.layoutGeneration || this.cy !== cy) return;
      const positions = new Map<string, Position>();
      request.boxes.forEach((b, i) => positions.set(b.id, { x: response.centres[2 * i], y: response.centres[2 * i + 1] }));
      const alive = nodes.filter((n) => !n.removed());
      let dx = 0;
      let dy = 0;
      const aliveIds = new Set(alive.map((n) => n.id()));
      const others = cy.nodes().not('.anchor, .pending').filter((n) => !aliveIds.has(n.id()));
      if (beside && others.nonempty() && alive.length > 0) {
        const bb = boundsOf(others.toArray() as NodeSingular[]);
        dx = bb.x2 + 80 - Math.min(...alive.map((n) => positions.get(n.id())!.x - n.data('w') / 2));
        dy = bb.y1 - Math.min(...alive.map((n) => positions.get(n.id())!.y - n.data('h') / 2));
      }
      this.movingMany = true;
      try {
        cy.batch(() => {
          for (const n of alive) {
            const p = positions.get(n.id())!;
            n.position({ x: p.x + dx, y: p.y + dy });
          }
        });
      } finally {
        this.movingMany = false;
      }
      this.dataset.layoutMs = String(Math.round(performance.now() - started));
      this.dataset.layoutComputeMs = String(Math.round(response.millis));
      this.dataset.layoutWhere = where;
      this.finishPlacing(alive, beside);
    });
  }

  private finishPlacing(nodes: NodeSingular[], keepView: boolean) {
    const cy = this.cy!;
    const alive = nodes.filter((n) => !n.removed());
    cy.batch(() => alive.forEach((n) => n.removeClass('pending')));
    this.moveAllAnchors();
    if (!keepView) this.openView();
    this.dataset.layout = 'done';
    if (alive.length > 0) {
      this.emit('graph-layout', {
        positions: alive.map((n) => ({ id: n.id(), x: round(n.position().x), y: round(n.position().y) })),
      });
    }
    this.applyPendingFocus();
  }

  private openView() {
    this.viewTouched = false;
    this.initialView();
  }

  private layoutRequest(nodes: NodeSingular[]): LayoutRequest {
    const cy = this.cy!;
    const ids = new Set(nodes.map((n) => n.id()));
    const edges: LayoutEdge[] = [];
    cy.edges().forEach((e) => {
      const kind = e.data('kind');
      // derived relations come and go with every edit: the layout follows what people drew
      if (kind === 'conflict' || e.data('derived')) return;
      // an undercut layers its attacker like an attack on the supported claim
      const target = e.data('undercuts') ? cy.getElementById(e.data('undercuts')).data('target') : e.data('target');
      const source = e.data('source');
      if (ids.has(source) && ids.has(target)) edges.push({ source, target, ranks: kind === 'support' });
    });
    return { boxes: nodes.map((n) => ({ id: n.id(), w: n.data('w'), h: n.data('h') })), edges };
  }

  /** In the worker; on the page only if no worker can run there (the same computation, as complete). */
  private computeLayout(request: LayoutRequest, generation: number): Promise<{ response: LayoutResponse; where: string }> {
    const onPage = () => ({ response: layeredLayout(request), where: 'page' });
    if (this.workerBroken || typeof Worker === 'undefined') return Promise.resolve().then(onPage);
    return new Promise<{ response: LayoutResponse; where: string }>((resolve, reject) => {
      const worker = (this.worker ??= new LayoutWorker());
      const cleanup = () => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
      };
      const onMessage = (e: MessageEvent<LayoutResponse & { generation: number; sentAt: number }>) => {
        if (e.data.generation !== generation) return;
        this.dataset.layoutWaitMs = String(Math.round(performance.timeOrigin + performance.now() - e.data.sentAt));
        cleanup();
        resolve({ response: e.data, where: 'worker' });
      };
      const onError = (e: ErrorEvent) => {
        cleanup();
        reject(new Error(e.message || 'the layout worker could not be loaded'));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error('the layout worker did not answer'));
      }, LAYOUT_TIMEOUT_MS);
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ ...request, generation });
    }).catch((err) => {
      console.warn('dialectica-graph: laying out on the page:', err);
      this.workerBroken = true;
      this.worker?.terminate();
      this.worker = undefined;
      return onPage();
    });
  }

  /** Whether saved positions put many claims on top of each other (as an unfinished layout once saved). */
  private overlapping(): boolean {
    const cy = this.cy!;
    const boxes = (cy.nodes().not('.anchor, .pending').toArray() as NodeSingular[]).map((n) => ({ x: n.position().x, y: n.position().y, w: n.data('w'), h: n.data('h') }));
    boxes.sort((a, b) => a.x - b.x);
    const over = new Set<number>();
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && boxes[j].x - boxes[i].x < (boxes[i].w + boxes[j].w) / 2 - 4; j++) {
        if (Math.abs(boxes[j].y - boxes[i].y) < (boxes[i].h + boxes[j].h) / 2 - 4) {
          over.add(i);
          over.add(j);
        }
      }
    }
    return over.size > Math.max(2, boxes.length * OVERLAP_SHARE);
  }

  /** Supporters and attackers go below what they point at, the rest above, in the nearest free spot. */
  private placeNearNeighbours(n: NodeSingular): boolean {
    const cy = this.cy!;
    const xs: number[] = [];
    const ys: number[] = [];
    const gap = 70;
    n.connectedEdges().forEach((e) => {
      if (e.data('kind') === 'conflict') return;
      const outgoing = e.source().same(n);
      let other: NodeSingular = outgoing ? e.target() : e.source();
      if (other.hasClass('anchor')) {
        const support = cy.getElementById(other.data('anchorOf'));
        if (support.empty()) return;
        other = (support as EdgeSingular).target();
      }
      if (other.same(n) || other.hasClass('pending') || other.empty()) return;
      const p = other.position();
      xs.push(p.x);
      ys.push(outgoing ? p.y + other.data('h') / 2 + gap + n.data('h') / 2 : p.y - other.data('h') / 2 - gap - n.data('h') / 2);
    });
    if (xs.length === 0) return false;
    n.position(this.freeSpot(n, { x: xs.reduce((a, b) => a + b) / xs.length, y: ys.reduce((a, b) => a + b) / ys.length }));
    n.removeClass('pending');
    return true;
  }

  /** A claim with no placed neighbour: beside the selected claim, or in the middle of the view. */
  private placeNearSelection(n: NodeSingular) {
    const cy = this.cy!;
    const selected = this.selectedNode();
    let at: Position;
    if (selected && !selected.same(n) && !selected.hasClass('pending')) {
      const p = selected.position();
      at = { x: p.x + selected.data('w') / 2 + 40 + n.data('w') / 2, y: p.y };
    } else {
      const ext = cy.extent();
      at = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
    }
    n.position(this.freeSpot(n, at));
    n.removeClass('pending');
  }

  /**
   * The nearest place to `at` where the node's box (with a margin) touches no other claim and no
   * drawn line: first one in view, then one beside the view (panned to); only when there is none,
   * one that touches no claim. Only what lies in the searched area is looked at, through a grid of
   * cells, so the cost grows with the claims and lines there, not with the candidates times them.
   */
  private freeSpot(n: NodeSingular, at: Position): Position {
    const cy = this.cy!;
    const w = n.data('w') / 2;
    const h = n.data('h') / 2;
    const hw = w + 20;
    const hh = h + 15;
    const ext = cy.extent();
    const stepX = (n.data('w') + 30) / 2;
    const stepY = (n.data('h') + 20) / 2;
    const R = 24;
    const area = {
      x1: Math.min(ext.x1, at.x - R * stepX) - hw, y1: Math.min(ext.y1, at.y - R * stepY) - hh,
      x2: Math.max(ext.x2, at.x + R * stepX) + hw, y2: Math.max(ext.y2, at.y + R * stepY) + hh,
    };
    const grid = new FreeSpotGrid(area.x1, area.y1, area.x2, area.y2, 2 * stepX, 2 * stepY);
    cy.nodes().forEach((o) => {
      if (o.same(n) || o.hasClass('anchor') || o.hasClass('pending') || !o.visible()) return;
      const p = o.position();
      const ow = o.data('w') / 2;
      const oh = o.data('h') / 2;
      if (p.x + ow < area.x1 || p.x - ow > area.x2 || p.y + oh < area.y1 || p.y - oh > area.y2) return;
      grid.addBox([p.x - ow, p.y - oh, p.x + ow, p.y + oh]);
    });
    cy.edges().forEach((e) => {
      // the new claim's own lines move with it, and unplaced ends have no place yet
      if (!e.visible() || e.source().same(n) || e.target().same(n) || e.source().hasClass('pending') || e.target().hasClass('pending')) return;
      const s = e.source().position();
      const t = e.target().position();
      const line = [s.x, s.y, t.x, t.y];
      if (segmentMeetsBox(line, area.x1, area.y1, area.x2, area.y2)) grid.addLine(line);
    });
    const candidates: Position[] = [];
    for (let i = -R; i <= R; i++) for (let j = -R; j <= R; j++) candidates.push({ x: at.x + i * stepX, y: at.y + j * stepY });
    candidates.sort((a, b) => Math.hypot(a.x - at.x, a.y - at.y) - Math.hypot(b.x - at.x, b.y - at.y));
    let beside: Position | undefined;
    let onLine: Position | undefined;
    for (const p of candidates) {
      const box: Box = [p.x - hw, p.y - hh, p.x + hw, p.y + hh];
      if (grid.meetsBox(box)) continue;
      if (grid.meetsLine(box)) {
        onLine ??= p;
        continue;
      }
      if (p.x - w >= ext.x1 && p.x + w <= ext.x2 && p.y - h >= ext.y1 && p.y + h <= ext.y2) return p;
      beside ??= p;
    }
    if (beside ?? onLine) return (beside ?? onLine)!;
    // right of everything no claim and no line lies
    const bb = boundsOf(cy.nodes().not('.anchor, .pending').toArray() as NodeSingular[]);
    return { x: bb.x2 + 40 + n.data('w') / 2, y: bb.y1 + n.data('h') / 2 };
  }

  /** Pans just enough to show the nodes, if the first of them is out of view. */
  private reveal(nodes: NodeSingular[]) {
    const cy = this.cy!;
    const alive = nodes.filter((n) => !n.removed() && !n.hasClass('filtered'));
    if (alive.length === 0) return;
    const bb = alive[0].boundingBox({});
    const ext = cy.extent();
    const margin = 20 / cy.zoom();
    let dx = 0;
    let dy = 0;
    if (bb.x1 < ext.x1) dx = ext.x1 - bb.x1 + margin;
    else if (bb.x2 > ext.x2) dx = ext.x2 - bb.x2 - margin;
    if (bb.y1 < ext.y1) dy = ext.y1 - bb.y1 + margin;
    else if (bb.y2 > ext.y2) dy = ext.y2 - bb.y2 - margin;
    if (dx !== 0 || dy !== 0) cy.panBy({ x: dx * cy.zoom(), y: dy * cy.zoom() });
  }

  private moveAllAnchors() {
    const cy = this.cy!;
    cy.batch(() => cy.nodes('.anchor').forEach((a) => this.moveAnchor(a)));
  }

  private moveAnchorsOf(n: NodeSingular) {
    if (this.movingMany || n.hasClass('anchor')) return;
    const cy = this.cy!;
    n.connectedEdges().forEach((e) => {
      if (e.data('kind') !== 'support') return;
      const anchor = cy.getElementById(ANCHOR_PREFIX + e.id());
      if (anchor.nonempty()) this.moveAnchor(anchor as NodeSingular);
    });
  }

  private moveAnchor(anchor: NodeSingular) {
    const support = this.cy!.getElementById(anchor.data('anchorOf')) as EdgeSingular;
    if (support.empty()) return;
    const s = support.source().position();
    const t = support.target().position();
    anchor.position({ x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 });
  }

  // ---- user actions up --------------------------------------------------------------------

  private emit(type: string, detail?: object) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private onBackgroundTap() {
    if (this.connectFrom) {
      this.endConnect(this.t('connect.cancelled'));
      return;
    }
    this.emit('graph-selection-clear');
  }

  private onNodeTap(n: NodeSingular) {
    if (n.hasClass('anchor')) return;
    if (this.connectFrom) {
      this.connectTo(n);
      return;
    }
    this.emit('graph-node-select', { id: n.id() });
  }

  /** Shift-press on a claim and drag onto another: asks for a relation between them (graph-connect). */
  private onMouseDown(e: MouseEvent) {
    this.viewTouched = true;
    const cy = this.cy;
    if (!cy || !e.shiftKey || e.button !== 0 || this.connectDrag) return;
    const source = this.nodeAt(e);
    if (!source) return;
    // cytoscape never sees this press: the claim stays where it is and the view does not pan
    e.stopPropagation();
    e.preventDefault();
    this.endConnect();
    const svg = this.renderRoot.querySelector('.drag-line') as HTMLElement;
    const line = svg.querySelector('line') as SVGLineElement;
    this.connectDrag = { source, line };
    source.addClass('connect-source');
    svg.hidden = false;
    const hint = this.renderRoot.querySelector('.hint') as HTMLElement;
    hint.textContent = this.t('connect.drag', source.data('label'));
    hint.hidden = false;
    const move = (m: MouseEvent) => this.drawDragLine(m);
    const up = (u: MouseEvent) => {
      window.removeEventListener('mousemove', move, true);
      window.removeEventListener('mouseup', up, true);
      this.endDrag(u);
    };
    window.addEventListener('mousemove', move, true);
    window.addEventListener('mouseup', up, true);
    this.drawDragLine(e);
  }

  private drawDragLine(m: MouseEvent) {
    const drag = this.connectDrag;
    if (!drag || drag.source.removed()) return;
    const host = this.getBoundingClientRect();
    const from = drag.source.renderedPosition();
    drag.line.setAttribute('x1', String(from.x));
    drag.line.setAttribute('y1', String(from.y));
    drag.line.setAttribute('x2', String(m.clientX - host.left));
    drag.line.setAttribute('y2', String(m.clientY - host.top));
  }

  private endDrag(u?: MouseEvent) {
    const drag = this.connectDrag;
    if (!drag) return;
    this.connectDrag = undefined;
    (this.renderRoot.querySelector('.drag-line') as HTMLElement).hidden = true;
    (this.renderRoot.querySelector('.hint') as HTMLElement).hidden = true;
    if (!drag.source.removed()) drag.source.removeClass('connect-source');
    const target = u ? this.nodeAt(u) : undefined;
    if (!target || target.same(drag.source) || drag.source.removed()) {
      this.announce(this.t('connect.cancelled'));
      return;
    }
    this.emit('graph-connect', { source: drag.source.id(), target: target.id() });
  }

  /** The visible claim under the pointer, if any (the topmost where boxes overlap). */
  private nodeAt(e: MouseEvent): NodeSingular | undefined {
    const cy = this.cy;
    if (!cy) return undefined;
    const rect = (this.renderRoot.querySelector('#cy') as HTMLElement).getBoundingClientRect();
    const pan = cy.pan();
    const zoom = cy.zoom();
    const x = (e.clientX - rect.left - pan.x) / zoom;
    const y = (e.clientY - rect.top - pan.y) / zoom;
    let found: NodeSingular | undefined;
    cy.nodes().not('.anchor, .pending, .filtered').forEach((n) => {
      const p = n.position();
      if (Math.abs(p.x - x) <= n.data('w') / 2 && Math.abs(p.y - y) <= n.data('h') / 2) found = n;
    });
    return found;
  }

  private startConnect() {
    const source = this.selectedNode();
    if (!source) {
      this.announce(this.t('connect.first'));
      return;
    }
    this.connectFrom = source.id();
    source.addClass('connect-source');
    const hint = this.renderRoot.querySelector('.hint') as HTMLElement;
    hint.textContent = this.t('connect.keys', source.data('label'));
    hint.hidden = false;
    this.announce(hint.textContent);
  }

  private connectTo(target: NodeSingular) {
    const source = this.connectFrom!;
    if (target.id() === source) {
      this.endConnect(this.t('connect.cancelled'));
      return;
    }
    this.endConnect();
    this.emit('graph-connect', { source, target: target.id() });
  }

  private endConnect(message?: string) {
    if (this.connectFrom) this.cy?.getElementById(this.connectFrom).removeClass('connect-source');
    this.connectFrom = undefined;
    const hint = this.renderRoot.querySelector('.hint') as HTMLElement | null;
    if (hint) hint.hidden = true;
    if (message) this.announce(message);
  }

  private onKey(e: KeyboardEvent) {
    const cy = this.cy;
    if (!cy || e.ctrlKey || e.metaKey || e.altKey) return;
    let handled = true;
    switch (e.key) {
      case '+':
      case '=':
        this.zoomBy(1.25);
        break;
      case '-':
      case '_':
        this.zoomBy(0.8);
        break;
      case 'f':
      case 'F':
        this.fitAll();
        break;
      case 'c':
      case 'C':
        this.startConnect();
        break;
      case 'ArrowUp':
        this.moveSelection(0, -1);
        break;
      case 'ArrowDown':
        this.moveSelection(0, 1);
        break;
      case 'ArrowLeft':
        this.moveSelection(-1, 0);
        break;
      case 'ArrowRight':
        this.moveSelection(1, 0);
        break;
      case 'Enter': {
        const selected = cy.elements(':selected').first();
        if (selected.empty()) break;
        if (selected.isNode()) this.onNodeTap(selected as NodeSingular);
        else this.emit('graph-edge-select', { id: selected.id() });
        break;
      }
      case 'Escape':
        if (this.connectFrom) {
          this.endConnect(this.t('connect.cancelled'));
        } else if (cy.elements(':selected').nonempty()) {
          cy.elements(':selected').unselect();
          this.emit('graph-selection-clear');
        } else {
          handled = false;
        }
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  }

  /** Selects the nearest visible node in that direction (or the one nearest the centre). */
  private moveSelection(dx: number, dy: number) {
    const cy = this.cy!;
    const candidates = cy.nodes().not('.anchor, .pending, .filtered');
    if (candidates.empty()) return;
    const current = this.selectedNode();
    let best: NodeSingular | undefined;
    let bestScore = Infinity;
    if (!current) {
      const ext = cy.extent();
      const centre = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
      candidates.forEach((n) => {
        const p = n.position();
        const d = Math.hypot(p.x - centre.x, p.y - centre.y);
        if (d < bestScore) {
          bestScore = d;
          best = n;
        }
      });
    } else {
      const from = current.position();
      candidates.forEach((n) => {
        if (n.same(current)) return;
        const p = n.position();
        const along = (p.x - from.x) * dx + (p.y - from.y) * dy;
        if (along <= 1) return;
        const across = Math.abs((p.x - from.x) * dy - (p.y - from.y) * dx);
        const score = along + 2 * across;
        if (score < bestScore) {
          bestScore = score;
          best = n;
        }
      });
    }
    if (!best) return;
    const target: NodeSingular = best;
    cy.elements(':selected').unselect();
    target.select();
    const ext = cy.extent();
    const p = target.position();
    if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.center(target);
    this.announce(`${this.describe(target)}. ${this.t(this.connectFrom ? 'enter.connects' : 'enter.selects')}`);
  }

  private selectedNode(): NodeSingular | undefined {
    const n = this.cy?.nodes(':selected').first();
    return n && n.nonempty() ? (n as NodeSingular) : undefined;
  }

  // ---- text for people --------------------------------------------------------------------

  private describe(el: NodeSingular | EdgeSingular): string {
    if (el.isNode()) {
      const status = el.data('status') ? `, ${el.data('status')}` : '';
      const badge = el.data('badgeTitle') ? `, ${el.data('badgeTitle')}` : '';
      return `${this.t('node.' + el.data('kind'))} “${el.data('label')}”${status}${badge}`;
    }
    const word = this.t('kind.' + el.data('kind'));
    const derived = el.data('derived') ? ` ${this.t('derived')}` : '';
    const title = el.data('title') ? `: ${el.data('title')}` : '';
    return `${word}${derived}${title}`;
  }

  private showTip(e: EventObject) {
    const el = e.target as NodeSingular | EdgeSingular;
    if (el.isNode() && el.hasClass('anchor')) return;
    const tip = this.renderRoot.querySelector('.tip') as HTMLElement;
    tip.textContent = this.describe(el);
    const at = e.renderedPosition ?? { x: 0, y: 0 };
    const left = Math.min(at.x + 14, Math.max(0, this.clientWidth - 360));
    tip.style.left = `${left}px`;
    tip.style.top = `${at.y + 14}px`;
    tip.hidden = false;
  }

  private hideTip() {
    const tip = this.renderRoot.querySelector('.tip') as HTMLElement | null;
    if (tip) tip.hidden = true;
  }

  /** The text for `key` in the reader's language, {0}, {1} … filled in; an unknown key is shown as its last part. */
  private t(key: string, ...args: string[]): string {
    const text = this.words?.[key] ?? WORDS[key] ?? key.substring(key.lastIndexOf('.') + 1);
    return text.replace(/\{(\d)\}/g, (m, i) => args[Number(i)] ?? m);
  }

  private announce(text: string) {
    const live = this.renderRoot.querySelector('.sr');
    if (live) live.textContent = text;
  }
}

/** The box around these nodes, from their positions and sizes (borders and outlines included). */
/**
 * A view near `left` (or at the map's left edge), `width` wide or up to a quarter narrower, whose
 * right side cuts no claim in the rows from `top` to `bottom` (where the eye ends a row) and whose
 * left side cuts as few as can be: the widest such view at the nearest left side. The view as
 * given when none cuts.
 */
function uncutView(nodes: NodeSingular[], left: number, width: number, top: number, bottom: number, pad: number) {
  const boxes = nodes
    .map((n) => {
      const p = n.position();
      const w = n.data('w') / 2;
      const h = n.data('h') / 2;
      return { x1: p.x - w, x2: p.x + w, y1: p.y - h, y2: p.y + h };
    })
    .filter((b) => b.y2 > top && b.y1 < bottom);
  const cuts = (x: number) => boxes.filter((b) => b.x1 < x && b.x2 > x).length;
  if (cuts(left) === 0 && cuts(left + width) === 0) return { left, width };
  const sides = boxes.flatMap((b) => [b.x1 - pad, b.x2 + pad]);
  const rights = sides.filter((x) => cuts(x) === 0).sort((a, b) => b - a);
  // the map's own left edge cuts nothing: a view may start there, as a page is read from the left
  const mapLeft = Math.min(...boxes.map((b) => b.x1)) - pad;
  const lefts = [left, mapLeft, ...sides.filter((x) => Math.abs(x - left) <= width / 2)]
    .sort((a, b) => Math.abs(a - left) - Math.abs(b - left))
    .slice(0, 60);
  let best: { left: number; width: number; cut: number } | undefined;
  for (const l of lefts) {
    const r = rights.find((x) => x <= l + width && x >= l + 0.75 * width);
    if (r === undefined) continue;
    const cut = cuts(l);
    if (!best || cut < best.cut) best = { left: l, width: r - l, cut };
  }
  return best ? { left: best.left, width: best.width } : { left, width };
}

function boundsOf(nodes: NodeSingular[]) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const p = n.position();
    const w = n.data('w') / 2 + 4;
    const h = n.data('h') / 2 + 4;
    x1 = Math.min(x1, p.x - w);
    x2 = Math.max(x2, p.x + w);
    y1 = Math.min(y1, p.y - h);
    y2 = Math.max(y2, p.y + h);
  }
  return { x1, y1, x2, y2 };
}

/** Whether the segment [x1, y1, x2, y2] passes through the rectangle (Liang–Barsky clipping). */
type Box = [number, number, number, number];

/**
 * Claims' boxes and lines filed by the cells of a grid they cover, so that a box is checked only
 * against what shares a cell with it. A line is filed in the cells along it (of its bounding box,
 * checked cell by cell), a box in the cells it covers.
 */
class FreeSpotGrid {
  private readonly boxes = new Map<string, Box[]>();
  private readonly lines = new Map<string, number[][]>();

  // cells past these are outside the searched area: a long line is filed only where it is searched
  private readonly maxI: number;
  private readonly maxJ: number;

  constructor(private readonly x0: number, private readonly y0: number, x1: number, y1: number, private readonly cw: number,
      private readonly ch: number) {
    this.maxI = Math.ceil((x1 - x0) / cw);
    this.maxJ = Math.ceil((y1 - y0) / ch);
  }

  private cellsOf(b: Box): [number, number, number, number] {
    const cell = (v: number, size: number, max: number) => Math.min(max, Math.max(0, Math.floor(v / size)));
    return [cell(b[0] - this.x0, this.cw, this.maxI), cell(b[1] - this.y0, this.ch, this.maxJ),
      cell(b[2] - this.x0, this.cw, this.maxI), cell(b[3] - this.y0, this.ch, this.maxJ)];
  }

  addBox(b: Box) {
    const [i1, j1, i2, j2] = this.cellsOf(b);
    for (let i = i1; i <= i2; i++) for (let j = j1; j <= j2; j++) push(this.boxes, `${i},${j}`, b);
  }

  addLine(l: number[]) {
    const [i1, j1, i2, j2] = this.cellsOf([Math.min(l[0], l[2]), Math.min(l[1], l[3]), Math.max(l[0], l[2]), Math.max(l[1], l[3])]);
    for (let i = i1; i <= i2; i++) {
      for (let j = j1; j <= j2; j++) {
        const x = this.x0 + i * this.cw;
        const y = this.y0 + j * this.ch;
        if (segmentMeetsBox(l, x, y, x + this.cw, y + this.ch)) push(this.lines, `${i},${j}`, l);
      }
    }
  }

  meetsBox(b: Box): boolean {
    return this.some(this.boxes, b, (o) => o[0] < b[2] && b[0] < o[2] && o[1] < b[3] && b[1] < o[3]);
  }

  meetsLine(b: Box): boolean {
    return this.some(this.lines, b, (l) => segmentMeetsBox(l, b[0], b[1], b[2], b[3]));
  }

  private some<T>(filed: Map<string, T[]>, b: Box, meets: (t: T) => boolean): boolean {
    const [i1, j1, i2, j2] = this.cellsOf(b);
    for (let i = i1; i <= i2; i++) for (let j = j1; j <= j2; j++) if (filed.get(`${i},${j}`)?.some(meets)) return true;
    return false;
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T) {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function segmentMeetsBox(l: number[], left: number, top: number, right: number, bottom: number): boolean {
  const [x1, y1, x2, y2] = l;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [[-dx, x1 - left], [dx, right - x1], [-dy, y1 - top], [dy, bottom - y1]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** The base with the change applied: changed elements replaced in place, removed ones left out, new ones last. */
function withDelta(base: GraphData | undefined, delta: GraphDelta | undefined): GraphData | undefined {
  if (!base || !delta || delta.nodes.length + delta.edges.length + delta.removed.length === 0) return base;
  const removed = new Set(delta.removed);
  const apply = <T extends { id: string }>(items: T[], changed: T[]) => {
    const byId = new Map(changed.map((c) => [c.id, c]));
    const out: T[] = [];
    for (const item of items) {
      if (removed.has(item.id)) continue;
      const replaced = byId.get(item.id);
      byId.delete(item.id);
      out.push(replaced ?? item);
    }
    out.push(...byId.values());
    return out;
  };
  return { nodes: apply(base.nodes, delta.nodes), edges: apply(base.edges, delta.edges) };
}

function isBig(graph: GraphData | undefined) {
  return (graph?.nodes.length ?? 0) + (graph?.edges.length ?? 0) > BIG_GRAPH;
}

function round(v: number) {
  return Math.round(v * 10) / 10;
}

customElements.define('dialectica-graph', DialecticaGraph);

declare global {
  interface HTMLElementTagNameMap {
    'dialectica-graph': DialecticaGraph;
  }
}
