// Columns come from the body: where the cells of all rows end. A header whose
// words cannot be split cleanly (a per-cent column squeezed between two years,
// its words a point from theirs) may show fewer columns than the rows have;
// the rows' own right edges show the column the header hid.
import { isCellSuffix, mayGoOn } from "./assignCells.js";
import { READER } from "./settings.js";
import type { Column, Token } from "./types.js";

/**
 * Cells of one column end within this share of the font size of each other
 * (the text layer places each run exactly; a word split by character share can
 * move a point), as in the column checks.
 */
const SAME_EDGE_EM = READER.columnConsistency.spreadEm;
/** An edge the header did not show must recur: in at least this share of the rows (and in two rows at least). */
const MIN_ROW_SHARE = 0.3;

interface CellEnd {
  /** Where the cell ends. */
  x1: number;
  /** Where it starts, as far as one row can tell. */
  x0: number;
}

/**
 * The columns the body shows and the header does not: right edges where cells
 * surely end (the last fragment of a row, a suffix such as "%", a fragment the
 * next cannot continue) and that recur over the rows, beyond those the header's
 * columns account for. Returned as columns without a year or header text, for
 * the header's words to be given to.
 */
export function unheadedColumns(rows: Token[][], columns: Column[]): Column[] {
  const ends = rows.flatMap(sureCellEnds);
  if (ends.length === 0) return [];
  const size = median(rows.flat().map((t) => t.size));
  const clusters = clusterEnds(ends, SAME_EDGE_EM * size).filter((c) => c.length >= Math.max(2, Math.ceil(MIN_ROW_SHARE * rows.length)));
  const edges = clusters.map((c) => median(c.map((e) => e.x1)));
  if (edges.length <= columns.length) return [];
  const matched = matchInOrder(edges, columns.map((c) => c.right));
  return clusters
    .filter((_, k) => !matched.has(k))
    .map((c) => {
      const right = median(c.map((e) => e.x1));
      const left = median(c.map((e) => e.x0));
      return { header: "", year: null, kind: null, inValues: false, center: (left + right) / 2, right };
    });
}

/** Ends of cells one row shows for sure: digit groups drawn apart that may go on are not ends. */
function sureCellEnds(frags: Token[]): CellEnd[] {
  const out: CellEnd[] = [];
  frags.forEach((t, k) => {
    const next = frags[k + 1];
    if (next && isCellSuffix(next.text)) return;
    if (mayGoOn(t, next)) return;
    const start = isCellSuffix(t.text) && k > 0 ? frags[k - 1]! : t;
    out.push({ x1: t.x1, x0: start.x0 });
  });
  return out;
}

function clusterEnds(ends: CellEnd[], tolerance: number): CellEnd[][] {
  const sorted = [...ends].sort((a, b) => a.x1 - b.x1);
  const clusters: CellEnd[][] = [];
  for (const e of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && e.x1 - last[last.length - 1]!.x1 <= tolerance) last.push(e);
    else clusters.push([e]);
  }
  return clusters;
}

/**
 * Gives each header column one body edge, in order, so that the edges lie as
 * near the columns' right edges as they can; returns the indices of the edges
 * taken. The edges left over are columns the header did not show.
 */
function matchInOrder(edges: number[], rights: number[]): Set<number> {
  const n = edges.length;
  const m = rights.length;
  const INF = Number.POSITIVE_INFINITY;
  // cost[i][j]: best cost of matching the first j columns among the first i edges.
  const cost = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(INF));
  for (let i = 0; i <= n; i++) cost[i]![0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= Math.min(i, m); j++) {
      cost[i]![j] = Math.min(cost[i - 1]![j]!, cost[i - 1]![j - 1]! + Math.abs(edges[i - 1]! - rights[j - 1]!));
    }
  }
  const taken = new Set<number>();
  for (let i = n, j = m; i > 0 && j > 0; i--) {
    if (cost[i]![j] === cost[i - 1]![j - 1]! + Math.abs(edges[i - 1]! - rights[j - 1]!)) {
      taken.add(i - 1);
      j--;
    }
  }
  return taken;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}
