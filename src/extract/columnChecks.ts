// The body's own checks on the columns a header gave. A header whose words
// were split wrongly can fuse two columns, shift a year onto its neighbour or
// turn a year's amounts into a "not an amount" column; the sums may still
// hold, so the table's rows are checked against the geometry and the words.
import { parseAmount } from "../amounts/index.js";
import { isPartOfYearHeader, kindWordsIn } from "./columnKind.js";
import { READER } from "./settings.js";
import type { Cell, TablePart } from "./types.js";

export type ColumnDoubtKind =
  /** The column's cells do not line up: two columns fused, or a digit group went astray. */
  | "misaligned"
  /** The header names two kinds (Opprinnelig and Revidert): words of two columns in one. */
  | "mixed_header"
  /** A column with one year is read as not an amount, yet holds amounts: its year's figures would be lost. */
  | "year_column_dropped";

export interface ColumnDoubt {
  kind: ColumnDoubtKind;
  header: string;
  /** Cells that show the problem, as printed. */
  cells: string[];
}

/** "Endring 2024–2027", "Sum 2024 – 2027": a period, not one year, even when its years were drawn apart. */
const PERIOD = /(19|20)\d\d\s*([–-]|til)\s*((19|20)?\d\d)/u;

const EDGES = [(c: Cell) => c.x1, (c: Cell) => c.x0, (c: Cell) => (c.x0 + c.x1) / 2];

/** A dash or a single digit is too narrow to say how a column is aligned. */
const isTooShortToTell = (c: Cell) => c.text.replace(/\s/g, "").length <= 1;

export function columnDoubts(part: TablePart): ColumnDoubt[] {
  const size = median(part.lines.map((l) => l.line.size));
  const cellsOf = (j: number) => part.lines.flatMap((l) => l.cells.filter((c) => c.column === j));
  const out: ColumnDoubt[] = [];
  part.table.columns.forEach((col, j) => {
    const cells = cellsOf(j);
    const amounts = cells.filter((c) => !c.text.includes("%") && parseAmount(c.text).kind === "amount");
    if (col.inValues && kindWordsIn(col.header).length > 1) out.push({ kind: "mixed_header", header: col.header, cells: cells.slice(0, 3).map((c) => c.text) });
    if (!col.inValues && col.year !== null && !PERIOD.test(col.header) && !isPartOfYearHeader(col.header) && looksLikeNeighbours(amounts, part, j)) {
      out.push({ kind: "year_column_dropped", header: col.header, cells: amounts.slice(0, 3).map((c) => c.text) });
    }
    const outliers = misaligned(amounts.filter((c) => !isTooShortToTell(c)), READER.columnConsistency.spreadEm * size);
    if (outliers.length > 0) out.push({ kind: "misaligned", header: col.header, cells: outliers.map((c) => c.text) });
  });
  return out;
}

/**
 * A change or per-cent column beside year columns holds far smaller numbers
 * than they do; a column of amounts as large as its neighbours' is one more
 * year's figures, whatever its header words were taken to say.
 */
function looksLikeNeighbours(amounts: Cell[], part: TablePart, j: number): boolean {
  if (amounts.length === 0) return false;
  const size = (cells: Cell[]) => median(cells.map((c) => magnitude(c.text)));
  const neighbours = part.table.columns
    .map((c, k) => ({ c, k }))
    .filter(({ c, k }) => c.inValues && Math.abs(k - j) <= 2)
    .map(({ k }) => size(part.lines.flatMap((l) => l.cells.filter((c) => c.column === k))));
  const mine = size(amounts);
  return neighbours.some((n) => n > 0 && mine / n > 1 / READER.columnConsistency.changeColumnRatio);
}

function magnitude(text: string): number {
  const parsed = parseAmount(text);
  return parsed.kind === "amount" ? Math.abs(parsed.value.toNumber()) : 0;
}

/** The cells off the column's line, for the edge (right, left or centre) that most of them share. */
function misaligned(cells: Cell[], tolerance: number): Cell[] {
  if (cells.length < READER.columnConsistency.minCells) return [];
  return EDGES.map((edge) => {
    const m = median(cells.map(edge));
    return cells.filter((c) => Math.abs(edge(c) - m) > tolerance);
  }).reduce((a, b) => (b.length < a.length ? b : a));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}
