// A layered layout for argument maps, small enough to reason about and fast enough for thousands of
// claims (linear sweeps, no crossing-minimisation search): theses on top, what supports or attacks a
// claim below it. Pure: no DOM, so it runs in a worker or, if none can be started, on the page.
// Boxes never overlap by construction: each row keeps a minimum gap between neighbours, rows are
// stacked by their tallest box.

export interface LayoutBox {
  id: string;
  w: number;
  h: number;
}

/** An edge points from the supporter or attacker (source) up to the claim it bears on (target). */
export interface LayoutEdge {
  source: string;
  target: string;
  /** Supports rank the claims (theses on top); attacks only pull claims towards each other. */
  ranks: boolean;
}

export interface LayoutRequest {
  boxes: LayoutBox[];
  edges: LayoutEdge[];
}

export interface LayoutResponse {
  /** x, y of each box's centre, in the order of the request's boxes. */
  centres: number[];
  millis: number;
}

const GAP_X = 30;
const GAP_ROW = 36;
const GAP_RANK = 80;
const SWEEPS = 4;
// a rank wider than this many boxes is wrapped into staggered rows, keeping the map near 16:10
const ASPECT = 1.6;

export function layeredLayout(request: LayoutRequest): LayoutResponse {
  const started = performance.now();
  const boxes = request.boxes;
  const n = boxes.length;
  const index = new Map<string, number>();
  boxes.forEach((b, i) => index.set(b.id, i));
  const up: number[][] = boxes.map(() => []);
  const down: number[][] = boxes.map(() => []);
  const upRanked: number[][] = boxes.map(() => []);
  const seen = new Set<string>();
  for (const e of request.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    if (e.ranks) upRanked[s].push(t);
    const key = `${s} ${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    up[s].push(t);
    down[t].push(s);
  }

  const rank = rankByLongestPath(n, upRanked);
  // claims no support reaches or leaves go to rows of their own at the bottom, not among the theses
  const supported = new Uint8Array(n);
  for (let i = 0; i < n; i++) for (const t of upRanked[i]) supported[t] = 1;
  const alone = (i: number) => upRanked[i].length === 0 && supported[i] === 0;
  let maxRank = 0;
  for (let i = 0; i < n; i++) if (!alone(i)) maxRank = Math.max(maxRank, rank[i]);
  for (let i = 0; i < n; i++) if (alone(i) && boxes.length > 1) rank[i] = maxRank + 1;

  const ranks: number[][] = [];
  for (let i = 0; i < n; i++) (ranks[rank[i]] ??= []).push(i);
  const meanW = n === 0 ? 1 : boxes.reduce((a, b) => a + b.w, 0) / n + GAP_X;
  const meanH = n === 0 ? 1 : boxes.reduce((a, b) => a + b.h, 0) / n + GAP_ROW;
  const perRow = Math.max(6, Math.round(Math.sqrt((n * ASPECT * meanH) / meanW)));

  // order within ranks: barycentres of the neighbours' relative places, swept down and up
  const place = new Float64Array(n);
  const order: number[][] = ranks.map((r) => (r ?? []).slice());
  order.forEach((r) => r.forEach((v, k) => (place[v] = (k + 0.5) / r.length)));
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const downwards = sweep % 2 === 0;
    for (let k = 0; k < order.length; k++) {
      const r = order[downwards ? k : order.length - 1 - k];
      const neighbours = downwards ? up : down;
      const key = new Map<number, number>();
      for (const v of r) {
        let sum = 0;
        let count = 0;
        for (const u of neighbours[v]) {
          if (rank[u] === rank[v]) continue;
          sum += place[u];
          count++;
        }
        key.set(v, count > 0 ? sum / count : place[v]);
      }
      r.sort((a, b) => key.get(a)! - key.get(b)! || a - b);
      r.forEach((v, i) => (place[v] = (i + 0.5) / r.length));
    }
  }

  // wide ranks become several staggered rows: every rows-th box to a row, so x order is kept
  const rows: number[][] = [];
  const gapAbove: number[] = [];
  for (const r of order) {
    const count = Math.max(1, Math.ceil(r.length / perRow));
    for (let k = 0; k < count; k++) {
      rows.push(r.filter((_, i) => i % count === k));
      gapAbove.push(k === 0 ? GAP_RANK : GAP_ROW);
    }
  }
  const row = new Int32Array(n);
  rows.forEach((r, k) => r.forEach((v) => (row[v] = k)));

  // x: start from the order, then pull boxes over their neighbours without breaking order or gaps
  const x = new Float64Array(n);
  for (const r of rows) {
    r.forEach((v) => (x[v] = (place[v] - 0.5) * perRow * meanW));
    spread(r, x, x.slice(), boxes);
  }
  const pull = (k: number, neighbours: number[][], above: boolean) => {
    const r = rows[k];
    const wanted = new Float64Array(n);
    for (const v of r) {
      let sum = 0;
      let count = 0;
      for (const u of neighbours[v]) {
        if (above ? row[u] >= k : row[u] <= k) continue;
        sum += x[u];
        count++;
      }
      wanted[v] = count > 0 ? (sum / count + x[v]) / 2 : x[v];
    }
    spread(r, x, wanted, boxes);
  };
  for (let pass = 0; pass < 3; pass++) {
    if (pass % 2 === 0) for (let k = 1; k < rows.length; k++) pull(k, up, true);
    else for (let k = rows.length - 2; k >= 0; k--) pull(k, down, false);
  }

  const centres = new Array<number>(2 * n);
  let top = 0;
  rows.forEach((r, k) => {
    if (k > 0) top += gapAbove[k];
    const height = r.reduce((m, v) => Math.max(m, boxes[v].h), 0);
    for (const v of r) {
      centres[2 * v] = Math.round(x[v] * 10) / 10;
      centres[2 * v + 1] = Math.round((top + height / 2) * 10) / 10;
    }
    top += height;
  });
  return { centres, millis: performance.now() - started };
}

/**
 * Rank 0 for what points nowhere (theses), otherwise one more than the highest-ranked claim it
 * points to. Edges closing a cycle (found by depth-first search) are ignored for ranking.
 */
function rankByLongestPath(n: number, up: number[][]): Int32Array {
  const rank = new Int32Array(n);
  const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done
  const stack: number[] = [];
  const next: number[] = [];
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0) continue;
    stack.push(start);
    next.push(0);
    state[start] = 1;
    while (stack.length > 0) {
      const v = stack[stack.length - 1];
      const i = next[next.length - 1];
      if (i < up[v].length) {
        next[next.length - 1] = i + 1;
        const t = up[v][i];
        if (state[t] === 0) {
          state[t] = 1;
          stack.push(t);
          next.push(0);
        }
        continue;
      }
      let r = 0;
      for (const t of up[v]) if (state[t] === 2) r = Math.max(r, rank[t] + 1);
      rank[v] = r;
      state[v] = 2;
      stack.pop();
      next.pop();
    }
  }
  return rank;
}

/**
 * Places the row's boxes (in their order) as close as possible to the wanted x (least squares)
 * with at least GAP_X between neighbours: isotonic regression by pooling adjacent violators.
 */
function spread(r: number[], x: Float64Array, wanted: Float64Array, boxes: LayoutBox[]) {
  const m = r.length;
  if (m === 0) return;
  // x_i = y_i + offset_i with offset the minimum distance from the first box: y must not decrease
  const offset = new Float64Array(m);
  for (let i = 1; i < m; i++) offset[i] = offset[i - 1] + (boxes[r[i - 1]].w + boxes[r[i]].w) / 2 + GAP_X;
  const value: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < m; i++) {
    value.push(wanted[r[i]] - offset[i]);
    weight.push(1);
    while (value.length > 1 && value[value.length - 2] > value[value.length - 1]) {
      const w = weight[weight.length - 2] + weight[weight.length - 1];
      const v = (value[value.length - 2] * weight[weight.length - 2] + value[value.length - 1] * weight[weight.length - 1]) / w;
      value.splice(-2, 2, v);
      weight.splice(-2, 2, w);
    }
  }
  let i = 0;
  for (let b = 0; b < value.length; b++) {
    for (let k = 0; k < weight[b]; k++, i++) x[r[i]] = value[b] + offset[i];
  }
}
