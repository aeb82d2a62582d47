import { isAmountFragment, isCellSuffix } from "./assignCells.js";
import { isYearToken } from "./headers.js";
import { joinTokens } from "./runsToLines.js";
import { READER } from "./settings.js";
import type { Line, Token } from "./types.js";

/**
 * On a two-column page a narrow table in one text column shares its baselines
 * with prose in the other, so a "line" holds a table row and half a sentence;
 * or the table's rows and the prose lines interleave on different baselines.
 * Either way the page is read wrongly line by line. Find the gutter from the
 * whitespace: a vertical band that many consecutive lines leave empty, with
 * words starting at its right edge on several of them. A stretch of such lines
 * ends at a line that runs across the gutter (a full-width heading) or that
 * only leaves it blank between a label and its amounts (a full-width table
 * row). Within a stretch, from its first to its last line that shows both
 * columns, cut the lines at the gutter and read the left column before the
 * right one; everything else stays in place.
 */
export function splitTextColumns(lines: Line[], pageWidth: number): Line[] {
  const right = findRightColumn(lines, pageWidth);
  if (right === null) return lines;
  const page: Columns = { ...right, leftEdge: leftColumnEdge(lines, right.edge) };
  const out: Line[] = [];
  let stretch: Line[] = [];
  for (const line of lines) {
    if (crossesGutter(line, page.edge) || isFullWidthRow(line, page)) {
      out.push(...readStretch(stretch, page), line);
      stretch = [];
    } else stretch.push(line);
  }
  return [...out, ...readStretch(stretch, page)];
}

// Tolerances, each with its reason, in READER.textColumns (settings.ts).
const { gutterMinEm: GUTTER_MIN_EM, gutterMaxEm: GUTTER_MAX_EM, edgeJitterPt: EDGE_JITTER, columnIndentEm: COLUMN_INDENT_EM } = READER.textColumns;
const { listIndentEm: LIST_INDENT_EM, shortOfEdgeEm: SHORT_OF_EDGE_EM, columnGoesOnEm: COLUMN_GOES_ON_EM } = READER.textColumns;
const { minColumnLines: MIN_COLUMN_LINES, proseMinWords: PROSE_MIN_WORDS, middle: MIDDLE } = READER.textColumns;

/** A word that starts a text column: a table label, a heading or prose, not an amount or a bullet. */
const WORD = /^\p{L}{2,}/u;

/** The right text column: where it starts, and where its lines start (the edge, table labels, list items). */
interface RightColumn {
  edge: number;
  starts: number[];
}

/**
 * The x where the right text column starts: where most words start a line's
 * right part after a gutter-wide gap (or start the line). Table labels indented
 * a little inside the column count with it; the column's edge is the leftmost.
 * Other places where several lines start a little further in (an indented
 * list) are starts of the same column.
 */
function findRightColumn(lines: Line[], pageWidth: number): RightColumn | null {
  const starts: number[] = [];
  for (const line of lines) {
    line.tokens.forEach((t, k) => {
      const gap = k === 0 ? Number.POSITIVE_INFINITY : t.x0 - line.tokens[k - 1]!.x1;
      const middle = t.x0 > pageWidth * MIDDLE.from && t.x0 < pageWidth * MIDDLE.to;
      if (middle && gap >= GUTTER_MIN_EM * line.size && WORD.test(t.text)) starts.push(t.x0);
    });
  }
  starts.sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of starts) {
    const group = groups[groups.length - 1];
    if (group && x - group[group.length - 1]! <= EDGE_JITTER) group.push(x);
    else groups.push([x]);
  }
  const busy = groups.filter((g) => g.length >= MIN_COLUMN_LINES);
  if (busy.length === 0) return null;
  const busiest = busy.reduce((a, b) => (b.length > a.length ? b : a))[0]!;
  const size = medianSize(lines);
  // The column's edge is the leftmost start near the busiest one: prose at the edge, labels indented.
  // Even one line (a caption, a unit line) starting there marks the edge: nothing else starts a line inside a gutter.
  const edge = Math.min(busiest, ...starts.filter((x) => x < busiest && busiest - x <= COLUMN_INDENT_EM * size));
  return { edge, starts: busy.map((g) => g[0]!).filter((x) => x >= edge && x - edge <= LIST_INDENT_EM * size) };
}

function medianSize(lines: Line[]): number {
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 10;
}

/** A token that starts left of the right column and reaches into the gutter runs across it. */
function crossesGutter(line: Line, edge: number): boolean {
  return line.tokens.some((t) => t.x0 < edge - EDGE_JITTER && t.x1 > edge - GUTTER_MIN_EM * t.size);
}

function isRight(t: Token, edge: number): boolean {
  return t.x0 >= edge - EDGE_JITTER;
}

/** The right edge of the left text column: the furthest any line's left part reaches short of the gutter. */
function leftColumnEdge(lines: Line[], edge: number): number {
  let end = Number.NEGATIVE_INFINITY;
  for (const line of lines) {
    if (crossesGutter(line, edge)) continue;
    for (const t of line.tokens) if (!isRight(t, edge)) end = Math.max(end, t.x1);
  }
  return end;
}

/** The two text columns of a page: where lines of the right one start, and where the left one ends. */
interface Columns extends RightColumn {
  leftEdge: number;
}

/** A right part that starts where the right column's lines start (prose, a table label, a list item) belongs to that column. */
function startsAtEdge(line: Line, page: Columns): boolean {
  const first = line.tokens.find((t) => isRight(t, page.edge));
  if (first === undefined) return false;
  return first.x0 <= page.edge + COLUMN_INDENT_EM * line.size || page.starts.some((x) => Math.abs(first.x0 - x) <= EDGE_JITTER);
}

/**
 * A line with text each side of the gutter whose right part does not start
 * where the right column's lines start is a full-width table row (label,
 * whitespace, amounts) when its right part is only amounts, or when its left
 * part stops well short of the left column's edge (a corner cell beside
 * header words).
 */
function isFullWidthRow(line: Line, page: Columns): boolean {
  const left = line.tokens.filter((t) => !isRight(t, page.edge));
  const right = line.tokens.filter((t) => isRight(t, page.edge));
  if (left.length === 0 || right.length === 0 || startsAtEdge(line, page)) return false;
  // A right part of years only is a column header beside prose, not a row of amounts.
  const amounts = right.every((t) => isAmountFragment(t.text) || isCellSuffix(t.text)) && !right.every(isYearToken);
  return amounts || left[left.length - 1]!.x1 < page.leftEdge - SHORT_OF_EDGE_EM * line.size;
}

/** A line that shows the right text column: text where its lines start, or text each side of the gutter. */
function showsColumns(line: Line, page: Columns): boolean {
  const sides = line.tokens.some((t) => isRight(t, page.edge)) && line.tokens.some((t) => !isRight(t, page.edge));
  return sides || startsAtEdge(line, page);
}

/** Reads a stretch column by column where it is two text columns; lines before and after that part stay in place. */
function readStretch(stretch: Line[], page: Columns): Line[] {
  const first = stretch.findIndex((l) => showsColumns(l, page));
  if (first < 0) return stretch;
  let last = stretch.length - 1 - [...stretch].reverse().findIndex((l) => showsColumns(l, page));
  // The longer column goes on below the other's end (a table's last rows, a paragraph's last lines) until a gap.
  while (last + 1 < stretch.length && stretch[last + 1]!.y - stretch[last]!.y <= COLUMN_GOES_ON_EM * stretch[last + 1]!.size) last++;
  const part = stretch.slice(first, last + 1);
  if (!isTwoColumns(part, page)) return stretch;
  const left: Line[] = [];
  const right: Line[] = [];
  for (const line of part) {
    const l = line.tokens.filter((t) => !isRight(t, page.edge));
    const r = line.tokens.filter((t) => isRight(t, page.edge));
    if (l.length > 0) left.push(withTokens(line, l));
    if (r.length > 0) right.push(withTokens(line, r));
  }
  return [...stretch.slice(0, first), ...left, ...right, ...stretch.slice(last + 1)];
}

/**
 * Words start the right column's lines on several lines, the left side has
 * words too, one side is prose (a table with text columns has none: its
 * label, country or comment cells are a few words each), and the left column
 * runs close to the gutter: a label column ending far from the next text is
 * not a column of its own.
 */
function isTwoColumns(part: Line[], page: Columns): boolean {
  let rightStarts = 0;
  let leftLines = 0;
  let leftProse = 0;
  let rightProse = 0;
  for (const line of part) {
    const left = line.tokens.filter((t) => !isRight(t, page.edge));
    const right = line.tokens.filter((t) => isRight(t, page.edge));
    if (right.length > 0 && startsAtEdge(line, page) && WORD.test(right[0]!.text)) rightStarts++;
    if (left.some((t) => WORD.test(t.text))) leftLines++;
    if (isProse(left)) leftProse++;
    if (isProse(right)) rightProse++;
  }
  const gutter = page.edge - page.leftEdge;
  const prose = Math.max(leftProse, rightProse) >= MIN_COLUMN_LINES;
  return rightStarts >= MIN_COLUMN_LINES && leftLines >= MIN_COLUMN_LINES && prose && gutter <= GUTTER_MAX_EM * medianSize(part);
}

function isProse(tokens: Token[]): boolean {
  return tokens.filter((t) => /\p{L}{2,}/u.test(t.text)).length >= PROSE_MIN_WORDS;
}

/** A split line's size is its own tokens' size: a table row beside larger prose keeps its own. */
function withTokens(line: Line, tokens: Token[]): Line {
  return { ...line, tokens, size: Math.max(...tokens.map((t) => t.size)), text: joinTokens(tokens) };
}
