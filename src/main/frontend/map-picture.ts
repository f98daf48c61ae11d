// The map as drawn, as a picture to put in a paper or on a slide: an SVG written from what the canvas
// shows (every visible claim where it stands, its shape, colours and wrapped text; every visible
// line with its ends, curve, dashes and arrow), under the map's title and the legend; the PNG is that
// SVG rasterised, so the two pictures are the same. Texts are escaped: nothing typed becomes markup.
import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';

/** The canvas's look, handed over by graph-canvas.ts so the picture and the canvas share one source. */
export interface Palette {
  status: Record<string, { fill: string; border: string }>;
  neutral: { fill: string; border: string };
  support: string;
  attack: string;
  conflict: string;
  badge: string;
  text: string;
  fontFamily: string;
  fontSize: number;
  lineHeight: number;
}

/** The legend's words in the reader's language (the keys of MapLegend: legend.in, legend.support …). */
export type Words = (key: string) => string;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const MARGIN = 24;
const TITLE_SIZE = 18;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 22;
const SAMPLE_WIDTH = 30;
const DASHES: Record<string, string> = { derived: '7 5', conflict: '2 3' };
// a canvas of more pixels than this is refused or drawn blank by browsers: big maps get a smaller scale
const MAX_SIDE = 16000;
const MAX_PIXELS = 120_000_000;

let measure: CanvasRenderingContext2D | null | undefined;

function textWidth(text: string, size: number, bold: boolean, family: string): number {
  if (measure === undefined) measure = document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * size * 0.55;
  measure.font = `${bold ? 'bold ' : ''}${size}px ${family}`;
  return measure.measureText(text).width;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function n(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}

/** The SVG document of the map as the canvas shows it now (filters applied), whole, with title and legend. */
export function mapSvg(cy: Core, title: string, words: Words, palette: Palette): string {
  const claims = (cy.nodes().not('.anchor, .pending, .filtered').toArray() as NodeSingular[]).filter((c) => c.visible());
  const anchors = (cy.nodes('.anchor').not('.filtered').toArray() as NodeSingular[]).filter((a) => a.visible());
  const edges = (cy.edges().not('.pending, .filtered').toArray() as EdgeSingular[]).filter((e) => e.visible());
  const graph = bounds(claims, edges);
  const graphWidth = graph.x2 - graph.x1;
  const graphHeight = graph.y2 - graph.y1;
  const width = Math.max(graphWidth, 720) + 2 * MARGIN;

  const font = esc(palette.fontFamily);
  const head: string[] = [];
  let y = MARGIN;
  head.push(`<text class="map-title" x="${MARGIN}" y="${n(y + TITLE_SIZE)}" font-size="${TITLE_SIZE}" font-weight="bold">${esc(title)}</text>`);
  y += TITLE_SIZE + 14;
  const legend = legendRows(words, palette, width - 2 * MARGIN);
  head.push(`<g class="legend" transform="translate(${MARGIN} ${n(y)})">${legend.svg}</g>`);
  y += legend.height + 16;

  // the graph is drawn in its own coordinates, moved below the legend and centred when narrower than it
  const dx = MARGIN + (width - 2 * MARGIN - graphWidth) / 2 - graph.x1;
  const dy = y - graph.y1;
  const height = y + graphHeight + MARGIN;
  const body: string[] = [];
  body.push(`<g class="relations" fill="none">`);
  for (const e of edges) body.push(edgeSvg(e, palette));
  body.push(`</g><g class="anchors">`);
  for (const a of anchors) {
    const p = a.position();
    body.push(`<circle cx="${n(p.x)}" cy="${n(p.y)}" r="4.5" fill="${palette.support}"/>`);
  }
  body.push(`</g><g class="claims">`);
  for (const c of claims) body.push(nodeSvg(c, palette));
  body.push(`</g>`);

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" ` +
    `viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" font-family="${font}" fill="${palette.text}">` +
    `<title>${esc(title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    head.join('') +
    `<g class="map" transform="translate(${n(dx)} ${n(dy)})">${body.join('')}</g>` +
    `</svg>\n`
  );
}

/** The SVG drawn on a white canvas, at twice its size where the browser allows, as PNG. */
export async function mapPng(svg: string): Promise<Blob> {
  const size = /width="(\d+)" height="(\d+)"/.exec(svg);
  const w = Number(size?.[1] ?? 800);
  const h = Number(size?.[2] ?? 600);
  const scale = Math.min(2, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_PIXELS / (w * h)));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(w * scale));
    canvas.height = Math.max(1, Math.round(h * scale));
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser made no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The box of the claims (borders included) and of the lines' curves. */
function bounds(claims: NodeSingular[], edges: EdgeSingular[]): Box {
  const b: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const add = (x: number, y: number) => {
    b.x1 = Math.min(b.x1, x);
    b.y1 = Math.min(b.y1, y);
    b.x2 = Math.max(b.x2, x);
    b.y2 = Math.max(b.y2, y);
  };
  for (const c of claims) {
    const p = c.position();
    add(p.x - c.data('w') / 2 - 4, p.y - c.data('h') / 2 - 4);
    add(p.x + c.data('w') / 2 + 4, p.y + c.data('h') / 2 + 4);
  }
  for (const e of edges) for (const p of [e.sourceEndpoint(), e.targetEndpoint(), ...(e.controlPoints() ?? [])]) add(p.x, p.y);
  return b.x1 === Infinity ? { x1: 0, y1: 0, x2: 0, y2: 0 } : b;
}

function nodeSvg(c: NodeSingular, palette: Palette): string {
  const p = c.position();
  const w: number = c.data('w');
  const h: number = c.data('h');
  const kind: string = c.data('kind');
  const status: string | undefined = c.data('status');
  const colours = (status && palette.status[status]) || palette.neutral;
  const border = kind === 'thesis' ? 4 : 2;
  const paint = `fill="${colours.fill}" stroke="${colours.border}" stroke-width="${border}"`;
  const x1 = p.x - w / 2;
  const y1 = p.y - h / 2;
  let shape: string;
  if (kind === 'thesis') {
    shape = `<rect x="${n(x1)}" y="${n(y1)}" width="${n(w)}" height="${n(h)}" rx="8" ${paint}/>`;
  } else if (kind === 'evidence') {
    shape = `<path d="${barrel(x1, y1, w, h)}" ${paint}/>`;
  } else {
    shape = `<rect x="${n(x1)}" y="${n(y1)}" width="${n(w)}" height="${n(h)}" ${paint}/>`;
  }
  const lines = String(c.data('text') ?? '').split('\n');
  const top = p.y - (lines.length * palette.lineHeight) / 2;
  const text = lines
    .map((line, i) => `<tspan x="${n(p.x)}" y="${n(top + palette.lineHeight * (i + 0.5))}">${esc(line)}</tspan>`)
    .join('');
  const weight = kind === 'thesis' ? ' font-weight="bold"' : '';
  let badge = '';
  const count: number = c.data('badge') ?? 0;
  if (count > 0) {
    const label = count < 100 ? String(Math.floor(count)) : '99+';
    const bw: number = c.data('badgeWidth');
    const bx = x1 + w - 3 - bw;
    const by = y1 + 3;
    badge =
      `<g class="badge"><title>${esc(String(c.data('badgeTitle') ?? ''))}</title>` +
      `<rect x="${n(bx + 1)}" y="${n(by + 1)}" width="${n(bw - 2)}" height="16" rx="8" fill="${palette.badge}" stroke="#ffffff" stroke-width="1.5"/>` +
      `<text x="${n(bx + bw / 2)}" y="${n(by + 13)}" text-anchor="middle" font-size="11" font-weight="bold" fill="#ffffff">${label}</text></g>`;
  }
  return (
    `<g class="claim" data-id="${esc(c.id())}" data-kind="${esc(kind)}" data-status="${esc(status ?? '')}">` +
    `<title>${esc(String(c.data('label') ?? ''))}</title>${shape}` +
    `<text text-anchor="middle" dominant-baseline="central" font-size="${palette.fontSize}"${weight}>${text}</text>${badge}</g>`
  );
}

/** A box whose sides bow out, as cytoscape's barrel: evidence. */
function barrel(x: number, y: number, w: number, h: number): string {
  const cw = Math.min(0.15 * w, 24);
  const ch = 0.22 * h;
  const x2 = x + w;
  const y2 = y + h;
  return (
    `M${n(x + cw)} ${n(y)}L${n(x2 - cw)} ${n(y)}Q${n(x2)} ${n(y)} ${n(x2)} ${n(y + ch)}L${n(x2)} ${n(y2 - ch)}` +
    `Q${n(x2)} ${n(y2)} ${n(x2 - cw)} ${n(y2)}L${n(x + cw)} ${n(y2)}Q${n(x)} ${n(y2)} ${n(x)} ${n(y2 - ch)}` +
    `L${n(x)} ${n(y + ch)}Q${n(x)} ${n(y)} ${n(x + cw)} ${n(y)}Z`
  );
}

function colourOf(kind: string, palette: Palette): string {
  if (kind === 'conflict') return palette.conflict;
  if (kind === 'rebut' || kind === 'undermine' || kind === 'undercut') return palette.attack;
  return palette.support;
}

/** A line from where cytoscape ends it at the source to where it ends it at the target, with its arrows. */
function edgeSvg(e: EdgeSingular, palette: Palette): string {
  const kind: string = e.data('kind');
  const colour = colourOf(kind, palette);
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const control = e.controlPoints() ?? [];
  const attack = kind === 'rebut' || kind === 'undermine' || kind === 'undercut';
  // the line stops at the arrow's base, as on the canvas: the arrow's tip touches the claim
  const head = attack ? 2 : 11;
  const towardsTarget = control.length > 0 ? control[control.length - 1] : s;
  const towardsSource = control.length > 0 ? control[0] : t;
  const end = back(t, towardsTarget, head);
  const start = kind === 'conflict' ? back(s, towardsSource, head) : s;
  let d = `M${n(start.x)} ${n(start.y)}`;
  if (control.length === 1) d += `Q${n(control[0].x)} ${n(control[0].y)} ${n(end.x)} ${n(end.y)}`;
  else if (control.length > 1) {
    // several control points: quadratic pieces through the midpoints between them
    for (let i = 0; i < control.length - 1; i++) {
      const mid = { x: (control[i].x + control[i + 1].x) / 2, y: (control[i].y + control[i + 1].y) / 2 };
      d += `Q${n(control[i].x)} ${n(control[i].y)} ${n(mid.x)} ${n(mid.y)}`;
    }
    const last = control[control.length - 1];
    d += `Q${n(last.x)} ${n(last.y)} ${n(end.x)} ${n(end.y)}`;
  } else d += `L${n(end.x)} ${n(end.y)}`;
  const dash = kind === 'conflict' ? DASHES.conflict : e.data('derived') ? DASHES.derived : '';
  const dashAttr = dash ? ` stroke-dasharray="${dash}"${kind === 'conflict' ? ' stroke-linecap="round"' : ''}` : '';
  let svg = `<g class="relation" data-kind="${esc(kind)}"${e.data('derived') ? ' data-derived="true"' : ''}>`;
  if (e.data('title')) svg += `<title>${esc(String(e.data('title')))}</title>`;
  svg += `<path d="${d}" stroke="${colour}" stroke-width="2"${dashAttr}/>`;
  svg += attack ? tee(t, towardsTarget, colour) : triangle(t, towardsTarget, colour);
  if (kind === 'conflict') svg += triangle(s, towardsSource, colour);
  return svg + '</g>';
}

/** The point `by` back from `tip` towards `from`. */
function back(tip: Position, from: Position, by: number): Position {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  return { x: tip.x - ((tip.x - from.x) / len) * by, y: tip.y - ((tip.y - from.y) / len) * by };
}

function triangle(tip: Position, from: Position, colour: string): string {
  const base = back(tip, from, 11);
  const ux = (tip.x - base.x) / 11;
  const uy = (tip.y - base.y) / 11;
  const a = { x: base.x - uy * 5.5, y: base.y + ux * 5.5 };
  const b = { x: base.x + uy * 5.5, y: base.y - ux * 5.5 };
  return `<path d="M${n(tip.x)} ${n(tip.y)}L${n(a.x)} ${n(a.y)}L${n(b.x)} ${n(b.y)}Z" fill="${colour}" stroke="none"/>`;
}

function tee(tip: Position, from: Position, colour: string): string {
  const at = back(tip, from, 2);
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  return (
    `<path d="M${n(at.x - uy * 8)} ${n(at.y + ux * 8)}L${n(at.x + uy * 8)} ${n(at.y - ux * 8)}" ` +
    `stroke="${colour}" stroke-width="4" fill="none"/>`
  );
}

/**
 * The legend as MapLegend shows it beside the canvas, in rows: the status colours, the kinds' shapes
 * and the lines; a row that would be wider than the picture goes on in the next one.
 */
function legendRows(words: Words, palette: Palette, maxWidth: number): { svg: string; height: number } {
  const neutral = palette.neutral;
  type Sample = (x: number, y: number) => string;
  const box =
    (fill: string, border: string, stroke: number, shape: 'rect' | 'round' | 'barrel'): Sample =>
    (x, y) => {
      const paint = `fill="${fill}" stroke="${border}" stroke-width="${stroke}"`;
      if (shape === 'barrel') return `<path d="${barrel(x, y - 8, SAMPLE_WIDTH - 4, 16)}" ${paint}/>`;
      return `<rect x="${x}" y="${y - 8}" width="${SAMPLE_WIDTH - 4}" height="16"${shape === 'round' ? ' rx="4"' : ''} ${paint}/>`;
    };
  const line =
    (colour: string, dash: string, end: 'triangle' | 'tee' | 'none', dot = false): Sample =>
    (x, y) => {
      // an undercut ends at the dot of the support it attacks: both inside the sample's width
      const x2 = x + SAMPLE_WIDTH - (dot ? 12 : 4);
      const stop = end === 'triangle' ? x2 - 9 : x2;
      let s = `<path d="M${x} ${y}L${stop} ${y}" stroke="${colour}" stroke-width="2" fill="none"${dash ? ` stroke-dasharray="${dash}"` : ''}${dash === DASHES.conflict ? ' stroke-linecap="round"' : ''}/>`;
      if (end === 'triangle') s += triangle({ x: x2, y }, { x, y }, colour);
      if (end === 'tee') s += tee({ x: x2, y }, { x, y }, colour);
      if (dot) s += `<circle cx="${x2 + 6}" cy="${y}" r="4" fill="${palette.support}"/>`;
      return s;
    };
  const groups: [string, [Sample, string][]][] = [
    [
      'legend.status',
      ['IN', 'OUT', 'UNDEC', 'UNSUPPORTED'].map((s) => [
        box(palette.status[s].fill, palette.status[s].border, 2, 'rect'),
        `legend.${s.toLowerCase()}`,
      ]),
    ],
    [
      'legend.kind',
      [
        [box(neutral.fill, neutral.border, 4, 'round'), 'legend.kind.thesis'],
        [box(neutral.fill, neutral.border, 2, 'rect'), 'legend.kind.claim'],
        [box(neutral.fill, neutral.border, 2, 'barrel'), 'legend.kind.evidence'],
      ],
    ],
    [
      'legend.lines',
      [
        [line(palette.support, '', 'triangle'), 'legend.support'],
        [line(palette.attack, '', 'tee'), 'legend.attack'],
        [line(palette.attack, '', 'tee', true), 'legend.undercut'],
        [line(neutral.border, '', 'none'), 'legend.drawn'],
        [line(neutral.border, DASHES.derived, 'none'), 'legend.derived'],
        [line(palette.conflict, DASHES.conflict, 'triangle'), 'legend.conflict'],
      ],
    ],
  ];
  const family = palette.fontFamily;
  const parts: string[] = [];
  let row = 0;
  for (const [heading, items] of groups) {
    let x = 0;
    const y = row * LEGEND_ROW + LEGEND_ROW / 2;
    const name = words(heading);
    parts.push(`<text x="0" y="${y}" dominant-baseline="central" font-size="${LEGEND_SIZE}" font-weight="bold">${esc(name)}</text>`);
    const indent = Math.max(90, textWidth(name, LEGEND_SIZE, true, family) + 14);
    x = indent;
    for (const [sample, key] of items) {
      const text = words(key);
      const itemWidth = SAMPLE_WIDTH + 8 + textWidth(text, LEGEND_SIZE, false, family) + 18;
      if (x > indent && x + itemWidth > maxWidth) {
        row++;
        x = indent;
      }
      const iy = row * LEGEND_ROW + LEGEND_ROW / 2;
      parts.push(
        `<g class="legend-item">${sample(x, iy)}<text x="${n(x + SAMPLE_WIDTH + 8)}" y="${iy}" dominant-baseline="central" font-size="${LEGEND_SIZE}">${esc(text)}</text></g>`,
      );
      x += itemWidth;
    }
    row++;
  }
  return { svg: parts.join(''), height: row * LEGEND_ROW };
}
