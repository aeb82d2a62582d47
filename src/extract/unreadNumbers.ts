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
  line.tokens.forEach((t, k) => {
    // A number that starts a line before a word is a chapter number or a code ("3 Tjenesteområdene 5", "1 Driftsutgifter"), not an amount.
    const leadingCode = k === 0 && /^\p{L}/u.test(line.tokens[1]?.text ?? "");
    if (!AMOUNT.test(t.text) || leadingCode) {
      flush();
      return;
    }
    const prev = current[current.length - 1];
    const joins = prev !== undefined && /^\d{3}\b/u.test(t.text) && t.x0 - prev.x1 < READER.digitGroupGapEm * line.size;
    if (!joins) flush();
    current.push(t);
  });
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

/** A line with the numbers found on it, so that each line is scanned once. */
interface NumberLine {
  line: Line;
  cells: NumberCell[];
}

export function alignedNumberBlocks(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let run: NumberLine[] = [];
  const close = () => {
    const rows = tableRows(run);
    if (rows.length >= READER.possibleTable.minLines) blocks.push(rows);
    run = [];
  };
  // Lines without numbers in between (a wrapped label, a group heading, or prose
  // of the other text column on a two-column page) do not end a block: only a gap does.
  for (const line of lines) {
    if (CONTENTS_LINE.test(line.text)) continue;
    const cells = numberCells(line);
    if (cells.length < 2) continue;
    const prev = run[run.length - 1];
    if (prev !== undefined && line.y - prev.line.y > READER.possibleTable.maxLineGapEm * line.size) close();
    run.push({ line, cells });
  }
  close();
  return blocks;
}

/**
 * The lines of a run that have two or more numbers in columns shared with at
 * least two other lines. Counting per line, not per column, is what keeps a
 * paragraph full of numbers out: its numbers may line up by chance once or
 * twice, but not two on each of three lines.
 */
function tableRows(run: NumberLine[]): Line[] {
  if (run.length < READER.possibleTable.minLines) return [];
  const tolerance = READER.possibleTable.alignTolerancePt;
  const best = (["right", "centre"] as const).map((key) => {
    const edges = run.flatMap(({ cells }, i) => cells.map((c) => ({ line: i, at: key === "right" ? c.x1 : (c.x0 + c.x1) / 2 })));
    const sorted = [...edges].sort((a, b) => a.at - b.at);
    const aligned = new Map<number, number>();
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i]!.at - sorted[i - 1]!.at <= tolerance) continue;
      const cluster = sorted.slice(start, i);
      if (new Set(cluster.map((e) => e.line)).size >= READER.possibleTable.minLines) {
        for (const e of cluster) aligned.set(e.line, (aligned.get(e.line) ?? 0) + 1);
      }
      start = i;
    }
    return run.filter((_, i) => (aligned.get(i) ?? 0) >= READER.possibleTable.minColumns).map((r) => r.line);
  });
  return best.reduce((a, b) => (b.length > a.length ? b : a));
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
