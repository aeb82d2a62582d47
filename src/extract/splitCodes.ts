import { SUM_LABEL } from "./vocabulary.js";
import { READER } from "./settings.js";
import type { TableLine, Token } from "./types.js";

const CODE = /^(\d{2,6}|\d{1,4}\.\d{1,3})$/;

/**
 * A leading code column (Ansvar 10101, Funksjon 244, Tjeneste 2440, Kap. 0840 /
 * Post 01) is neither label nor amount. It stands apart from the label by a
 * column gap, and most rows of the table have one; a number that merely starts
 * a label ("143 Rammereduksjon") is followed by an ordinary word space.
 * `known`: an earlier part of the table had the column, so a continued part
 * with only one or two rows left (often a coded row and its sum) has it too.
 */
export function splitCodes(lines: TableLine[], known = false): Map<TableLine, string> {
  const found = new Map<TableLine, Token[]>();
  for (const tl of lines) {
    const codes = leadingCodes(tl.labelTokens);
    if (codes.length > 0) found.set(tl, codes);
  }
  const rows = lines.filter((tl) => tl.cells.length > 0 && !SUM_LABEL.test(tl.line.text));
  const withCode = rows.filter((tl) => found.has(tl)).length;
  const out = new Map<TableLine, string>();
  if (rows.length === 0 || (!known && withCode < Math.max(2, rows.length * 0.5))) return out;
  // A gap of a column's width says "code" by itself; a narrower one only with the labels in a column.
  const narrow = [...found].some(([tl, codes]) => gapAfter(tl, codes.length) < READER.codeColumn.clearGapEm * tl.line.size);
  if (!known && narrow && !labelsStartInColumn([...found].map(([tl, codes]) => tl.labelTokens[codes.length]?.x0 ?? Number.NaN))) return out;
  for (const [tl, codes] of found) {
    tl.labelTokens = tl.labelTokens.slice(codes.length);
    out.set(tl, codes.map((t) => t.text).join(" "));
  }
  return out;
}

function leadingCodes(tokens: Token[]): Token[] {
  const codes: Token[] = [];
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (!CODE.test(t.text) || next.x0 - t.x1 < READER.codeColumn.minGapEm * t.size) break;
    codes.push(t);
  }
  return codes;
}

/**
 * The labels after a code column start at one edge, the column's; numbers that
 * merely start labels ("143 Rammereduksjon", "2 og 3") leave the labels where
 * the numbers' widths put them.
 */
function gapAfter(tl: TableLine, count: number): number {
  const next = tl.labelTokens[count];
  const last = tl.labelTokens[count - 1];
  return next && last ? next.x0 - last.x1 : Number.POSITIVE_INFINITY;
}

function labelsStartInColumn(starts: number[]): boolean {
  const xs = starts.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return false;
  const median = xs[Math.floor(xs.length / 2)]!;
  const aligned = xs.filter((x) => Math.abs(x - median) <= READER.codeColumn.labelEdgeTolerancePt).length;
  return aligned >= Math.max(2, READER.codeColumn.alignedShare * xs.length);
}
