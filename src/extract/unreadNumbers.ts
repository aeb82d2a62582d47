// The reader's ledger: numbers printed on a page that no table took.
//
// A table the reader cannot see loses its rows without a word unless something
// looks at the page from the other side: not "which tables did I find?" but
// "which numbers are printed in columns here, and did a table take them?".
// This module answers that second question, independently of how the tables
// were found, so that a miss in the table finder becomes a warning instead of
// a row that silently vanishes.
import type { Warning } from "../model/types.js";
import { READER } from "./settings.js";
import type { Line, Token } from "./types.js";

/**
 * A printed amount as budget tables print it: digit groups of three after the
 * first, a decimal comma, a sign or parentheses, a per cent or unit after it.
 * Section numbers ("3.1"), dates ("01.06.2025") and times do not match, so a
 * table of contents or a list of dates is not taken for a table.
 */
const AMOUNT = /^[−–\-+(]?\d{1,3}(?:[.\u00a0\u2009\u202f]\d{3})*(?:,\d+)?\)?%?$|^[−–\-+(]?\d+(?:,\d+)?\)?%?$/u;

/** A number cell on a line: digit groups drawn apart are joined into one. */
interface NumberCell {
  text: string;
  x0: number;
  x1: number;
}

export function numberCells(line: Line): NumberCell[] {
  const cells: NumberCell[] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length > 0) cells.push({ text: current.map((t) => t.text).join(" "), x0: current[0]!.x0, x1: current[current.length - 1]!.x1 });
    current = [];
  };
  for (const t of line.tokens) {
    if (!AMOUNT.test(t.text)) {
      flush();
      continue;
    }
    const prev = current[current.length - 1];
    const joins = prev !== undefined && /^\d{3}\b/u.test(t.text) && t.x0 - prev.x1 < READER.digitGroupGapEm * line.size;
    if (!joins) flush();
    current.push(t);
  }
  flush();
  return cells;
}

/**
 * A block of at least `minLines` consecutive lines, each with two or more
 * numbers, whose numbers line up (by right edge, or by centre) in two or more
 * columns over the block: that is what a table looks like, whatever its
 * header says. Prose may mention two numbers on a line, but not in columns
 * that hold over three lines.
 */
/**
 * A table of contents pairs a chapter number with a page number after dot
 * leaders ("3.1 Oppvekst ........ 12"): two numbers in columns on every line,
 * but no amounts. A table row with leaders ends in its amounts, not in one
 * page number of at most four digits.
 */
const CONTENTS_LINE = /(\.\s?){4,}\s*\d{1,4}$/u;

export function alignedNumberBlocks(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let run: Line[] = [];
  const close = () => {
    if (run.length >= READER.possibleTable.minLines && alignedColumns(run) >= READER.possibleTable.minColumns) blocks.push(run);
    run = [];
  };
  for (const line of lines) {
    const prev = run[run.length - 1];
    const gapped = prev !== undefined && line.y - prev.y > READER.possibleTable.maxLineGapEm * line.size;
    const counts = numberCells(line).length >= 2 && !CONTENTS_LINE.test(line.text);
    if (!counts || gapped) close();
    if (counts) run.push(line);
  }
  close();
  return blocks;
}

function alignedColumns(block: Line[]): number {
  const edges = block.flatMap((line, i) => numberCells(line).map((c) => ({ line: i, right: c.x1, centre: (c.x0 + c.x1) / 2 })));
  const tolerance = READER.possibleTable.alignTolerancePt;
  let best = 0;
  for (const key of ["right", "centre"] as const) {
    const sorted = [...edges].sort((a, b) => a[key] - b[key]);
    let columns = 0;
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      if (i === sorted.length || sorted[i]![key] - sorted[i - 1]![key] > tolerance) {
        const lineCount = new Set(sorted.slice(start, i).map((e) => e.line)).size;
        if (lineCount >= READER.possibleTable.minLines) columns++;
        start = i;
      }
    }
    best = Math.max(best, columns);
  }
  return best;
}

/**
 * Blocks of numbers in columns on lines that no table took (budget table or
 * not): one warning per page, naming it and quoting the first lines found.
 */
export function possibleTablesNotRead(lines: Line[], taken: ReadonlySet<Line>, file: string): Warning[] {
  const blocks = alignedNumberBlocks(lines.filter((l) => !taken.has(l)));
  if (blocks.length === 0) return [];
  const page = blocks[0]![0]!.page;
  const count = blocks.reduce((n, b) => n + b.length, 0);
  return [{
    code: "possible_table_unread",
    message: `possible table on p. ${page} not read: ${count} lines with amounts in columns that no budget table took (a table without year columns, or one the reader could not follow); check this page in the document`,
    file,
    page,
    text: blocks[0]!.map((l) => l.text).slice(0, 3).join(" / "),
  }];
}
