// The body's own check on the columns a header gave: the cells read into one
// column must line up. Two columns fused under one header, or a digit group
// given to the wrong column, leave cells a column pitch (or a group) away from
// the rest; the sums may still hold, so only the geometry can tell.
import { READER } from "./settings.js";
import type { Cell, TablePart } from "./types.js";

export interface MisalignedColumn {
  column: number;
  header: string;
  /** The cells that stand apart from the column's line, as printed. */
  outliers: string[];
}

const EDGES = [(c: Cell) => c.x1, (c: Cell) => c.x0, (c: Cell) => (c.x0 + c.x1) / 2];

/** A dash or a single digit is too narrow to say how a column is aligned. */
const isTooShortToTell = (c: Cell) => c.text.replace(/\s/g, "").length <= 1;

export function misalignedColumns(part: TablePart): MisalignedColumn[] {
  const size = median(part.lines.map((l) => l.line.size));
  const tolerance = READER.columnConsistency.spreadEm * size;
  const out: MisalignedColumn[] = [];
  part.table.columns.forEach((col, j) => {
    const cells = part.lines.flatMap((l) => l.cells.filter((c) => c.column === j && !isTooShortToTell(c)));
    if (cells.length < READER.columnConsistency.minCells) return;
    // The column is aligned if one of its edges (right, left or centre) holds for every cell.
    const best = EDGES.map((edge) => {
      const m = median(cells.map(edge));
      return cells.filter((c) => Math.abs(edge(c) - m) > tolerance);
    }).reduce((a, b) => (b.length < a.length ? b : a));
    if (best.length > 0) out.push({ column: j, header: col.header, outliers: best.map((c) => c.text) });
  });
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}
