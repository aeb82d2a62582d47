// A Word table laid out on the synthetic page: a grid of columns (the label
// column as wide as its longest label, amount columns 70 pt), each cell's text
// wrapped to its width and placed at the bottom of its cell, merged cells over
// the grid columns they span. The parts of a table continued as separate Word
// tables are laid out on one set of columns, sized to all their rows.
import { CHAR, LEFT, widthOf, wrap, type DocxCell, type DocxParagraph, type DocxRow, type DocxTable, type Line } from "./docxModel.js";

const PAD = 4;
const LABEL_WIDTH = 220;
const AMOUNT_WIDTH = 70;
const MAX_COLUMN = 480;
const INDENT = 12;
const HEADER_CHARS = 10;

export interface LaidTable {
  /** Each row's lines, in order. */
  rows: Line[][];
  /** Leading rows marked to repeat on every page. */
  repeat: number;
}

/**
 * A cell that prints an amount (or a zero dash), perhaps with its unit in the
 * cell (`12 964 468 kr`, `1 835,0 mill.`); a year or a range of years in a
 * header is not one.
 */
const AMOUNT = /^[−–\-(+]?\s?\d[\d\s\u00a0\u2009\u202f.,]*\)?(,-)?([\s\u00a0]?(%|kr\.?|kroner|mill\.?|mrd\.?|nok))?$|^[−–-]$/iu;
const YEARS = /^(19|20)\d\d(\s*[–-]\s*((19|20)?\d\d)?)?$/u;

/** A table whose first row is already a body row: a part that goes on from another, if its grid says so. */
export function isHeaderless(t: DocxTable): boolean {
  const first = t.rows[0];
  return first !== undefined && !first.header && hasAmount(first);
}

/** Lays out `t` on columns sized to the body rows of all of `family` (the parts of one table, `t` among them). */
export function layoutTable(t: DocxTable, family: DocxTable[] = [t]): LaidTable {
  const bodyStart = bodyStartOf(t);
  const width = Math.max(1, ...family.flatMap((part) => part.rows.flatMap((r) => r.cells.map((c) => c.column + c.span))));
  const columns = gridColumns(width, family.flatMap((part) => part.rows.slice(bodyStartOf(part))));
  const cellLines = t.rows.map((row, r) => row.cells.map((c) => cellToLines(c, columns, r < bodyStart)));
  const heights = rowHeights(t, cellLines);
  const slots: Line[][] = heights.map((h) => Array.from({ length: h }, (): Line => []));
  t.rows.forEach((row, r) => {
    row.cells.forEach((c, k) => {
      const lines = cellLines[r]![k]!;
      const spanned = slots.slice(r, r + c.rowSpan).flat();
      // Text sits at the bottom of its cell, so a header's years share one baseline.
      lines.forEach((l, n) => spanned[spanned.length - lines.length + n]!.push(...l));
    });
  });
  let repeat = 0;
  while (repeat < t.rows.length && t.rows[repeat]!.header) repeat++;
  return { rows: slots, repeat: repeat < t.rows.length ? repeat : 0 };
}

function rowHeights(t: DocxTable, cellLines: Line[][][]): number[] {
  const heights = t.rows.map((row, r) => Math.max(1, ...row.cells.map((c, k) => (c.rowSpan === 1 ? cellLines[r]![k]!.length : 0))));
  t.rows.forEach((row, r) => {
    row.cells.forEach((c, k) => {
      if (c.rowSpan === 1) return;
      const have = heights.slice(r, r + c.rowSpan).reduce((a, b) => a + b, 0);
      const need = cellLines[r]![k]!.length;
      if (need > have) heights[r]! += need - have;
    });
  });
  return heights;
}

interface GridColumn {
  left: number;
  right: number;
  /** Holds amounts (right-aligned numbers) rather than text. */
  amounts: boolean;
}

/**
 * The label column is as wide as its longest label (labels are not wrapped),
 * amount columns 70 pt or as wide as their widest amount. Header rows (before
 * the first row with an amount) do not widen columns: their text wraps.
 */
function gridColumns(n: number, body: DocxRow[]): GridColumn[] {
  const columns: GridColumn[] = [];
  let left = LEFT;
  for (let j = 0; j < n; j++) {
    const cells = body.flatMap((r) => r.cells.filter((c) => c.column === j && c.span === 1));
    const texts = cells.flatMap((c) => c.paragraphs.flatMap((p) => p.lines.map((l) => ({ text: l.join(" ").trim(), indent: indentShift(p, l.join(" ")) }))));
    const filled = texts.filter((x) => x.text !== "");
    const amounts = j > 0 && filled.length > 0 && filled.filter((x) => AMOUNT.test(x.text)).length * 2 >= filled.length;
    const natural = Math.max(0, ...filled.map((x) => widthOf(x.text) + x.indent)) + 2 * PAD;
    const width = Math.min(MAX_COLUMN, Math.max(j === 0 ? LABEL_WIDTH : AMOUNT_WIDTH, natural));
    columns.push({ left, right: left + width, amounts });
    left += width;
  }
  return columns;
}

/** The header ends at the first row with an amount (a year is not one) or after the rows marked as header. */
function bodyStartOf(t: DocxTable): number {
  const first = t.rows.findIndex(hasAmount);
  let marked = 0;
  while (marked < t.rows.length && t.rows[marked]!.header) marked++;
  return first < 0 ? marked : first;
}

function hasAmount(row: DocxRow): boolean {
  const amount = (s: string) => AMOUNT.test(s) && !YEARS.test(s);
  return row.cells.some((c) => c.column > 0 && c.paragraphs.some((p) => p.lines.some((l) => amount(l.join(" ").trim()))));
}

/** Sub-rows are indented by the paragraph's indent, or by leading tabs or spaces (about four a level): 12 pt a level. */
function indentShift(p: DocxParagraph, text: string): number {
  const levels = p.indent > 0 ? Math.max(1, Math.round(p.indent / INDENT)) : 0;
  const lead = /^[\s\u00a0]*/u.exec(text)![0];
  const tabs = [...lead].filter((ch) => ch === "\t").length;
  const spaces = [...lead].length - tabs;
  return INDENT * Math.min(4, levels + tabs + Math.floor((spaces + 2) / 4));
}

/**
 * A cell's lines, wrapped to its width. Header text over amount columns wraps
 * as in a narrow printed column (10 characters a column), so that the years
 * stand on a line of their own under "Regnskap", "Vedtatt budsjett", "Øk.plan".
 */
function cellToLines(c: DocxCell, columns: GridColumn[], header: boolean): Line[] {
  const first = columns[c.column]!;
  const last = columns[Math.min(columns.length - 1, c.column + c.span - 1)]!;
  const narrow = header && columns.slice(c.column, c.column + c.span).every((col) => col.amounts);
  const lines: Line[] = [];
  for (const p of c.paragraphs) {
    for (const segments of p.lines) {
      const raw = segments.join("\t");
      const shift = indentShift(p, raw);
      const text = raw.replace(/\t/g, " ").trim();
      if (text === "") continue;
      const fits = Math.max(1, Math.floor((last.right - first.left - 2 * PAD - shift) / CHAR));
      const chars = narrow ? Math.min(fits, HEADER_CHARS * c.span) : fits;
      for (const l of wrap(text, chars)) lines.push([{ text: l, x: cellX(l, p, c, first, last, shift) }]);
    }
  }
  return lines;
}

/**
 * Where a cell line starts. Text centred in a merged cell is centred over the
 * contents of the columns it spans: amounts (and years) are right-aligned, so
 * that is over their right parts, where "Økonomiplan" stands over its years.
 */
function cellX(text: string, p: DocxParagraph, c: DocxCell, first: GridColumn, last: GridColumn, shift: number): number {
  const w = widthOf(text);
  // Alignment set by a paragraph style is not read: follow the column instead.
  const align = p.align ?? (first.amounts ? "right" : "left");
  if (align === "right") return last.right - PAD - w;
  if (align === "left") return first.left + PAD + shift;
  const centre = (col: GridColumn) => (col.amounts ? col.right - PAD - 2 * CHAR : (col.left + col.right) / 2);
  const mid = c.column === 0 ? (first.left + last.right) / 2 : (centre(first) + centre(last)) / 2;
  return mid - w / 2;
}
