/// <reference types="vite/client" />
// <dialectica-graph>: the argument-map canvas behind org.dialectica.base.ui.GraphCanvas.
// Data comes down as properties (graph, highlighted, filter); user actions go up as composed
// CustomEvents. Every text is drawn by cytoscape on its canvas or set with textContent: never HTML.
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import cytoscape from 'cytoscape';
import type { Core, EdgeSingular, ElementDefinition, EventObject, NodeSingular, Position, StylesheetJson } from 'cytoscape';
import ELK from 'elkjs/lib/elk-api.js';
import type { ELK as ElkApi, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
// The ELK worker script as a file of its own: fetched only when a layout is needed, run off the main thread.
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

interface NodeData {
  id: string;
  label: string;
  kind: 'thesis' | 'claim' | 'evidence';
  status?: 'IN' | 'OUT' | 'UNDEC' | 'UNSUPPORTED';
  classes: string[];
  x?: number;
  y?: number;
  hint?: { x: number; y: number };
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
const LAYOUT_TIMEOUT_MS = 30000;
const NEIGHBOUR_PLACEMENT_LIMIT = 50;

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

const KIND_WORDS: Record<string, string> = {
  support: 'Support',
  rebut: 'Rebut',
  undermine: 'Undermine',
  undercut: 'Undercut',
  conflict: 'Conflict',
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
      'min-zoomed-font-size': 6,
      'background-color': '#eef0f3',
      'border-color': '#5f6b7a',
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

function nodeFields(n: NodeData) {
  const lines = wrapLabel(n.label, n.kind === 'thesis');
  return {
    id: n.id,
    label: n.label,
    text: lines.join('\n'),
    kind: n.kind,
    status: n.status,
    w: NODE_WIDTH,
    h: lines.length * LINE_HEIGHT + 20,
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
    highlighted: { attribute: false },
    filter: { attribute: false },
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
  declare highlighted: string[] | undefined;
  declare filter: FilterData | undefined;

  private cy?: Core;
  private resizeObserver?: ResizeObserver;
  private elk?: ElkApi;
  private elkFailed?: Promise<never>;
  private appliedGraph?: GraphData;
  private layoutGeneration = 0;
  private pendingFocus?: string;
  private connectFrom?: string;
  private big = false;
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
    this.addEventListener('blur', () => this.hideTip());
  }

  render() {
    return html`<div id="cy"></div>
      <div class="tip" hidden></div>
      <div class="hint" hidden></div>
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

  protected updated(changed: PropertyValues) {
    if (!this.cy) return;
    if (changed.has('graph') && isBig(this.graph) !== this.big) {
      // renderer options are fixed at creation: a map that grows past the threshold gets a new renderer
      this.destroyCy();
      this.createCy();
      return;
    }
    if (changed.has('graph') && this.graph !== this.appliedGraph) this.applyGraph();
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
    this.cy.elements(':selected').unselect();
    el.select();
    this.cy.center(el);
    this.announce(`Selected ${this.describe(el.isNode() ? (el as NodeSingular) : (el as EdgeSingular))}`);
  }

  fitAll() {
    const cy = this.cy;
    if (!cy) return;
    const visible = cy.elements().not('.filtered, .pending');
    if (visible.empty()) return;
    cy.fit(visible, 30);
    // a map of three nodes should not fill the screen at 4x
    if (cy.zoom() > 1.25) {
      cy.zoom(1.25);
      cy.center(visible);
    }
  }

  zoomBy(factor: number) {
    const cy = this.cy;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  // ---- cytoscape lifecycle ----------------------------------------------------------------

  private createCy() {
    const container = this.renderRoot.querySelector('#cy') as HTMLElement;
    const big = isBig(this.graph);
    this.big = big;
    const cy = cytoscape({
      container,
      style: STYLE,
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

    this.resizeObserver = new ResizeObserver(() => cy.resize());
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
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.layoutGeneration++;
    cy.destroy();
    this.cy = undefined;
    this.appliedGraph = undefined;
    this.elk?.terminateWorker();
    this.elk = undefined;
    this.elkFailed = undefined;
  }

  // ---- data down ------------------------------------------------------------------------

  /** Brings cytoscape in line with `graph`, keeping every element that stays where it is. */
  private applyGraph() {
    const cy = this.cy!;
    const graph: GraphData = this.graph ?? { nodes: [], edges: [] };
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
    } else {
      this.dataset.layout = 'done';
      if (!hadPlacedNodes) this.fitAll();
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
   * Nodes next to placed neighbours go beside them (the view does not jump); the rest get a
   * layered layout, computed in a worker, as a block beside what is already there.
   */
  private placeNewNodes(newNodes: NodeSingular[], hadPlacedNodes: boolean) {
    const cy = this.cy!;
    let rest = newNodes;
    // one by one only for a few additions: the overlap search is quadratic
    if (hadPlacedNodes && newNodes.length <= NEIGHBOUR_PLACEMENT_LIMIT) {
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
    }
    const generation = ++this.layoutGeneration;
    // browser tests wait for data-layout="done" before they look
    this.dataset.layout = 'running';
    const waiting = new Set(rest);
    const placedNow = newNodes.filter((n) => !waiting.has(n));
    if (rest.length === 0) {
      this.finishPlacing(placedNow, hadPlacedNodes);
      return;
    }
    // through a promise, so that a worker that cannot even be created also ends in the fallback
    Promise.resolve()
      .then(() => this.layeredLayout(rest))
      .catch((err) => {
        if (generation !== this.layoutGeneration || this.cy !== cy) return new Map<string, Position>();
        console.warn('dialectica-graph: ELK layout failed, using breadthfirst', err);
        return this.breadthfirstLayout(rest);
      })
      .then((positions) => {
        if (generation !== this.layoutGeneration || this.cy !== cy) return;
        const alive = rest.filter((n) => !n.removed());
        let dx = 0;
        let dy = 0;
        const placed = cy.nodes().not('.anchor, .pending');
        if (placed.nonempty()) {
          const bb = placed.boundingBox({});
          const minX = Math.min(...alive.map((n) => positions.get(n.id())!.x - n.data('w') / 2));
          const minY = Math.min(...alive.map((n) => positions.get(n.id())!.y - n.data('h') / 2));
          dx = bb.x2 + 80 - minX;
          dy = bb.y1 - minY;
        }
        cy.batch(() => {
          for (const n of alive) {
            const p = positions.get(n.id())!;
            n.position({ x: p.x + dx, y: p.y + dy });
          }
        });
        this.finishPlacing([...placedNow, ...alive], hadPlacedNodes);
      });
  }

  private finishPlacing(nodes: NodeSingular[], hadPlacedNodes: boolean) {
    const cy = this.cy!;
    const alive = nodes.filter((n) => !n.removed());
    cy.batch(() => alive.forEach((n) => n.removeClass('pending')));
    this.moveAllAnchors();
    if (!hadPlacedNodes) this.fitAll();
    this.dataset.layout = 'done';
    if (alive.length > 0) {
      this.emit('graph-layout', {
        positions: alive.map((n) => ({ id: n.id(), x: round(n.position().x), y: round(n.position().y) })),
      });
    }
    this.applyPendingFocus();
  }

  /** Supporters and attackers go below what they point at, the rest above; then right until free. */
  private placeNearNeighbours(n: NodeSingular): boolean {
    const cy = this.cy!;
    const xs: number[] = [];
    const ys: number[] = [];
    const gap = 70;
    n.connectedEdges().forEach((e) => {
      if (e.data('kind') === 'conflict') return;
      const outgoing = e.source().same(n);
      let other: NodeSingular = outgoing ? e.target() : e.source();
      if (other.hasClass('anchor')) other = (cy.getElementById(other.data('anchorOf')) as EdgeSingular).target();
      if (other.same(n) || other.hasClass('pending') || other.empty()) return;
      const p = other.position();
      xs.push(p.x);
      ys.push(outgoing ? p.y + other.data('h') / 2 + gap + n.data('h') / 2 : p.y - other.data('h') / 2 - gap - n.data('h') / 2);
    });
    if (xs.length === 0) return false;
    const pos = { x: xs.reduce((a, b) => a + b) / xs.length, y: ys.reduce((a, b) => a + b) / ys.length };
    const w = n.data('w');
    const h = n.data('h');
    const others = cy.nodes().filter((o) => !o.same(n) && !o.hasClass('anchor') && !o.hasClass('pending'));
    for (let i = 0; i < 200; i++) {
      const clash = others.some((o) => {
        const p = (o as NodeSingular).position();
        return Math.abs(p.x - pos.x) < (w + o.data('w')) / 2 + 20 && Math.abs(p.y - pos.y) < (h + o.data('h')) / 2 + 15;
      });
      if (!clash) break;
      pos.x += w + 30;
    }
    n.position(pos);
    n.removeClass('pending');
    return true;
  }

  private layeredLayout(nodes: NodeSingular[]): Promise<Map<string, Position>> {
    const ids = new Set(nodes.map((n) => n.id()));
    const cy = this.cy!;
    const edges: ElkExtendedEdge[] = [];
    cy.edges().forEach((e) => {
      if (e.data('kind') === 'conflict') return;
      // an undercut layers its attacker like an attack on the supported claim
      const target = e.data('undercuts') ? cy.getElementById(e.data('undercuts')).data('target') : e.data('target');
      const source = e.data('source');
      if (ids.has(source) && ids.has(target) && source !== target) {
        edges.push({ id: e.id(), sources: [source], targets: [target] });
      }
    });
    const graph: ElkNode = {
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        // arrows point up: evidence at the bottom, theses at the top
        'elk.direction': 'UP',
        'elk.spacing.nodeNode': '30',
        'elk.layered.spacing.nodeNodeBetweenLayers': '70',
        'elk.spacing.componentComponent': '60',
        'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      },
      children: nodes.map((n) => ({ id: n.id(), width: n.data('w'), height: n.data('h') })),
      edges,
    };
    const elk = this.elkApi();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('layout timed out')), LAYOUT_TIMEOUT_MS));
    return Promise.race([elk.layout(graph), this.elkFailed!, timeout]).then((laidOut) => {
      const positions = new Map<string, Position>();
      for (const c of laidOut.children ?? []) {
        positions.set(c.id, { x: (c.x ?? 0) + (c.width ?? 0) / 2, y: (c.y ?? 0) + (c.height ?? 0) / 2 });
      }
      if (positions.size !== nodes.length) throw new Error('layout lost nodes');
      return positions;
    });
  }

  private elkApi(): ElkApi {
    if (!this.elk) {
      let fail: (reason: unknown) => void = () => {};
      this.elkFailed = new Promise<never>((_, reject) => (fail = reject));
      this.elkFailed.catch(() => {});
      this.elk = new ELK({
        workerUrl: elkWorkerUrl,
        workerFactory: (url?: string) => {
          const worker = new Worker(url!);
          worker.addEventListener('error', (e) => fail(new Error(`layout worker ${url}: ${e.message ?? 'could not be loaded'}`)));
          return worker;
        },
      });
    }
    return this.elk;
  }

  /** cytoscape's own layered layout, synchronous: the fallback when the worker is unavailable. */
  private breadthfirstLayout(nodes: NodeSingular[]): Map<string, Position> {
    const cy = this.cy!;
    const positions = new Map<string, Position>();
    const ids = new Set(nodes.map((n) => n.id()));
    const collection = cy.nodes().filter((n) => ids.has(n.id()));
    // hidden nodes have no size to lay out; nothing is drawn before this synchronous call returns
    collection.removeClass('pending');
    const edges = collection.edgesWith(collection);
    // what nothing in the set points from (theses, mostly) forms the top row; the rest by distance below
    const roots = collection.filter((n) => (n as NodeSingular).outgoers('edge').intersection(edges).empty());
    const layout = collection.union(edges).layout({
      name: 'breadthfirst',
      directed: false,
      roots: roots.nonempty() ? roots : undefined,
      fit: false,
      animate: false,
      spacingFactor: 1.1,
    } as cytoscape.LayoutOptions);
    layout.run();
    nodes.forEach((n) => positions.set(n.id(), { ...n.position() }));
    return positions;
  }

  private moveAllAnchors() {
    const cy = this.cy!;
    cy.batch(() => cy.nodes('.anchor').forEach((a) => this.moveAnchor(a)));
  }

  private moveAnchorsOf(n: NodeSingular) {
    if (n.hasClass('anchor')) return;
    const cy = this.cy!;
    n.connectedEdges('[kind = "support"]').forEach((e) => {
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
      this.endConnect('Connection cancelled');
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

  private startConnect() {
    const source = this.selectedNode();
    if (!source) {
      this.announce('Select the node to connect from first, then press C');
      return;
    }
    this.connectFrom = source.id();
    source.addClass('connect-source');
    const hint = this.renderRoot.querySelector('.hint') as HTMLElement;
    hint.textContent = `Connecting from “${source.data('label')}”: click the target node, or choose it with the arrow keys and press Enter. Esc cancels.`;
    hint.hidden = false;
    this.announce(hint.textContent);
  }

  private connectTo(target: NodeSingular) {
    const source = this.connectFrom!;
    if (target.id() === source) {
      this.endConnect('Connection cancelled');
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
          this.endConnect('Connection cancelled');
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
    this.announce(`${this.describe(target)}${this.connectFrom ? '. Enter connects to it.' : '. Enter selects it.'}`);
  }

  private selectedNode(): NodeSingular | undefined {
    const n = this.cy?.nodes(':selected').first();
    return n && n.nonempty() ? (n as NodeSingular) : undefined;
  }

  // ---- text for people --------------------------------------------------------------------

  private describe(el: NodeSingular | EdgeSingular): string {
    if (el.isNode()) {
      const status = el.data('status') ? `, ${el.data('status')}` : '';
      return `${el.data('kind')} “${el.data('label')}”${status}`;
    }
    const word = KIND_WORDS[el.data('kind')] ?? el.data('kind');
    const derived = el.data('derived') ? ' (derived)' : '';
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

  private announce(text: string) {
    const live = this.renderRoot.querySelector('.sr');
    if (live) live.textContent = text;
  }
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
