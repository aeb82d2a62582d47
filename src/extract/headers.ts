import { HEADER_WORDS } from "./vocabulary.js";
import { columnKind, isNonAmountHeader } from "./columnKind.js";
import { cellEdges, chunksBetweenYears, cutChunk, lineChunks, RIGHT_ALIGNED_TOLERANCE_EM, splitAtColumnEdges, yearAnchors, type Anchor, type Chunk } from "./headerChunks.js";
import { findNoteColumn } from "./noteColumn.js";
import { READER } from "./settings.js";
import { isPlainYearText, isSpacedYearText, isYearToken, RANGE, unspaceYear, yearOf } from "./yearTokens.js";
import type { Column, Line, NoteColumn, Token } from "./types.js";

export { isYearToken, yearOf } from "./yearTokens.js";


/**
 * The line's tokens with each year typeset as a number ("2 013", drawn as "2"
 * and "013") joined into one token. An amount of 2 013 kr in a body row looks
 * just the same ("Engangsmidler 2023   2 010"), so a spaced year counts only on
 * a line with no words but header words and no numbers but years, that also
 * prints an unspaced year ("Note | 2 014 | 2013") or names each spaced year
 * ("R 2 014", "Sum 2 013"); otherwise the line's tokens are returned as they are.
 */
export function withSpacedYears(line: Line): Token[] {
  const out: Token[] = [];
  const spaced: number[] = [];
  const tokens = line.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const a = tokens[k]!;
    const b = tokens[k + 1];
    const joined = b ? `${a.text} ${b.text}` : "";
    if (b && isSpacedYearText(joined) && b.x0 - a.x1 <= READER.accounts.spacedYearGapEm * line.size) {
      spaced.push(out.length);
      out.push({ ...a, text: joined, x1: b.x1 });
      k++;
    } else out.push(a);
  }
  if (spaced.length === 0) return tokens;
  if (out.some((t) => /\p{L}/u.test(t.text) && !HEADER_WORDS.has(t.text.toLowerCase()))) return tokens;
  // A header prints no numbers but years: "2004 | -79 246 | 1 994" is a row of amounts labelled with a year.
  if (out.some((t) => /\d/u.test(t.text) && !isPlainYearText(t.text) && !isSpacedYearText(t.text))) return tokens;
  const unspaced = out.some((t) => isPlainYearText(t.text));
  const named = spaced.every((i) => i > 0 && HEADER_WORDS.has(out[i - 1]!.text.toLowerCase()) && !/^[-–]$/u.test(out[i - 1]!.text));
  return unspaced || named ? out : tokens;
}

/** The year line as the header reads it: a year typeset as a number ("2 013") is one token. */
function withSpacedYearLine(line: Line): Line {
  const tokens = withSpacedYears(line);
  return tokens === line.tokens ? line : { ...line, tokens };
}

/** True for a line that carries column years, not prose that mentions years. */
export function isYearLine(line: Line): boolean {
  const tokens = withSpacedYears(line);
  const years = tokens.filter((t) => isYearToken(t) || RANGE.test(t.text));
  if (tokens.filter(isYearToken).length < 2) return false;
  const strange = tokens.filter((t) => /\p{L}{2,}/u.test(t.text) && !HEADER_WORDS.has(t.text.toLowerCase()));
  if (strange.length > 4) return false;
  // Years in prose stand close together ("fra 2021 til 2023"); column years are a column apart.
  const xs = years.map((t) => (t.x0 + t.x1) / 2);
  const minGap = Math.min(...xs.slice(1).map((x, i) => x - xs[i]!));
  return minGap > 2.2 * line.size;
}

export interface HeaderBlock {
  /** Index of the top line of the header in the page's lines. */
  top: number;
  /** Index of the line with the years (the header's last line). */
  yearLine: number;
  columns: Column[];
  /** Header text left of the first column (the corner cell), often the unit. */
  corner: string;
  /** Header lines' text that sits over the columns but names no column (e.g. a right-aligned unit). */
  extraText: string[];
  /** Where an accounts table's "Note" column stands, left of the amounts; null when it has none. */
  noteColumn: NoteColumn | null;
}

export interface HeaderOptions {
  /** Columns the rows showed and the header's years did not (bodyColumns.ts). */
  bodyColumns?: Column[];
  /** The document is an annual report or annual accounts (documentKind.ts). */
  accounts?: boolean;
}

/**
 * Builds the header that ends at `yearLine`, reaching up over the lines that belong to it. `bodyColumns`
 * are columns the rows showed and the header's years did not (see bodyColumns.ts): they take the
 * header words over them. In annual accounts (`accounts`) a bare year is that year's accounts.
 */
export function readHeader(lines: Line[], yearLine: number, budgetYear: number | null, isUnitText: (s: string) => boolean, options: HeaderOptions = {}): HeaderBlock {
  const { bodyColumns = [], accounts = false } = options;
  const base = withSpacedYearLine(lines[yearLine]!);
  const byYear = yearColumns(base);
  const top = headerTop(lines, yearLine, byYear, isUnitText);
  const yearLineChunks = chunksBetweenYears(base);
  const anchors = yearAnchors(base, yearLineChunks);
  const chunksByLine = lines.slice(top, yearLine + 1).map((line, k) => (top + k === yearLine ? yearLineChunks : lineChunks(line.tokens, line.size)));
  const grouped = groupYearColumns(chunksByLine.slice(0, -1).flat(), yearLineChunks, anchors);
  const columns = [...byYear, ...grouped.map((g) => g.column), ...bodyColumns.map((c) => ({ ...c }))].sort((a, b) => a.center - b.center);
  const pitch = columnPitch(columns);
  const firstLeft = columns[0]!.center - pitch / 2;
  // The group's text heads each of its columns, however far its centre is from theirs.
  const texts: string[][] = columns.map((c) => grouped.filter((g) => g.column === c).map((g) => g.group.text));
  const groups = new Set(grouped.map((g) => g.group));
  const cornerParts: string[] = [];
  const extraText: string[] = [];
  const orphans: Chunk[] = [];
  const prefixTarget = (yearIndex: number) => columns.indexOf(byYear[yearIndex]!);
  const place: Placement = { columns, anchors, texts, pitch, firstLeft, cornerParts, extraText, isUnitText, orphans, prefixTarget };
  chunksByLine.forEach((lineChunksHere, k) => {
    const edges = cellEdges(chunksByLine, k, columns);
    // A unit line right-aligned over the last columns ("Tall i hele tusen") is one piece of text, never cut at a column edge.
    const chunks = lineChunksHere
      .flatMap((c) => (isUnitText(c.text) ? [c] : splitAtColumnEdges(c, edges)))
      .flatMap((c) => splitCrowded(c, columns, pitch));
    for (const chunk of chunks) if (!groups.has(chunk)) placeChunk(chunk, top + k === yearLine, place);
  });
  addOrphanColumns(orphans, columns, texts);
  spreadGroupHeaders(lines, top, yearLine, columns, texts);
  finishColumns(columns, texts, budgetYear, accounts);
  return { top, yearLine, columns, corner: cornerParts.join(" "), extraText, noteColumn: findNoteColumn(base.tokens, firstLeft) };
}

/** Index of the header's top line: the lines just above the years that sit over the columns (or in the corner). */
function headerTop(lines: Line[], yearLine: number, columns: Column[], isUnitText: (s: string) => boolean): number {
  const pitch = columnPitch(columns);
  const firstLeft = columns[0]!.center - pitch / 2;
  let top = yearLine;
  for (let i = yearLine - 1; i >= 0 && yearLine - i <= 4; i--) {
    const line = lines[i]!;
    if (lines[i + 1]!.y - line.y > 2.2 * line.size || /^(tabell|tab\.|figur)\s*\d/i.test(line.text)) break;
    const gap = lines[i + 1]!.y - line.y;
    const corner = isCornerOnly(line, firstLeft) && gap < 1.6 * line.size && !/^\d+(\.\d+)*\s/.test(line.text);
    if (line.tokens[0]!.x0 < firstLeft - pitch && !isUnitText(line.text) && !corner) break;
    top = i;
  }
  return top;
}

/**
 * A year printed only in a group header ("Budsjett 2024" over "Vedtatt |
 * Justert") stands over no year of the year line; the words under it on the
 * year line that stand over no year either are its columns, each of that year.
 */
function groupYearColumns(upper: Chunk[], yearLineChunks: Chunk[], anchors: Anchor[]): { column: Column; group: Chunk }[] {
  const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => a.x0 < b.x1 && b.x0 < a.x1;
  const out: { column: Column; group: Chunk }[] = [];
  for (const group of upper) {
    const years = group.tokens.filter(isYearToken);
    if (years.length !== 1 || group.tokens.length < 2 || anchors.some((a) => overlaps(a, group))) continue;
    const subs = yearLineChunks.filter(
      (c) => c.prefixOf === undefined && /\p{L}{2,}/u.test(c.text) && !isNonAmountHeader(c.text) && overlaps(c, group) && !anchors.some((a) => overlaps(a, c)),
    );
    for (const sub of subs) {
      const column: Column = { header: "", year: yearOf(years[0]!.text), kind: null, inValues: true, center: (sub.x0 + sub.x1) / 2, right: sub.x1 };
      out.push({ column, group });
    }
  }
  return out;
}

/**
 * Header words of neighbouring columns can stand closer than a word space
 * ("Forslag Økonomiplan Økonomiplan" 4 pt apart). When every word of a chunk is
 * a header word and each sits over a column of its own, they are separate cells.
 */
/** A crowded header word is centred over its column to within a quarter of the column pitch. */
const CROWDED_CENTRE_SHARE = 0.25;

function splitCrowded(chunk: Chunk, columns: Column[], pitch: number): Chunk[] {
  const words = chunk.tokens.every((t) => HEADER_WORDS.has(t.text.toLowerCase()) && !t.text.endsWith("."));
  const apart = chunk.tokens.slice(1).every((t, k) => t.x0 - chunk.tokens[k]!.x1 > 0.4 * t.size);
  if (chunk.tokens.length < 2 || !words || !apart) return [chunk];
  const nearest = chunk.tokens.map((t) => nearestColumn(columns, (t.x0 + t.x1) / 2));
  const distinct = new Set(nearest).size === nearest.length;
  // Each word must stand over its own column (centred on it, or ending where it ends): the words of
  // one right-aligned cell ("Vedtatt budsjett" over 2022) are a word space apart too, but only the last
  // is aligned with a column.
  const onTop = chunk.tokens.every((t, k) => {
    const col = columns[nearest[k]!]!;
    return Math.abs(col.center - (t.x0 + t.x1) / 2) < CROWDED_CENTRE_SHARE * pitch || Math.abs(col.right - t.x1) <= RIGHT_ALIGNED_TOLERANCE_EM * t.size;
  });
  if (!distinct || !onTop) return [chunk];
  return cutChunk(chunk, chunk.tokens.slice(1).map((_, k) => k + 1));
}

function nearestColumn(columns: Column[], x: number): number {
  return columns.reduce((best, c, i) => (Math.abs(c.center - x) < Math.abs(columns[best]!.center - x) ? i : best), 0);
}

function isCornerOnly(line: Line, firstLeft: number): boolean {
  return line.tokens.every((t) => t.x1 < firstLeft) && line.tokens.length <= 6;
}

function yearColumns(line: Line): Column[] {
  return line.tokens
    .filter((t) => isYearToken(t) || RANGE.test(t.text))
    .map((t) => ({
      header: t.text,
      year: RANGE.test(t.text) ? null : yearOf(t.text),
      kind: null,
      inValues: !RANGE.test(t.text),
      center: (t.x0 + t.x1) / 2,
      right: t.x1,
    }));
}

export function columnPitch(columns: Column[]): number {
  if (columns.length < 2) return 60;
  const gaps = columns.slice(1).map((c, i) => c.center - columns[i]!.center);
  return Math.min(...gaps);
}

interface Placement {
  columns: Column[];
  anchors: Anchor[];
  texts: string[][];
  pitch: number;
  firstLeft: number;
  cornerParts: string[];
  extraText: string[];
  isUnitText: (s: string) => boolean;
  orphans: Chunk[];
  /** The column of the year a year-line prefix stands before. */
  prefixTarget: (yearIndex: number) => number;
}

function placeChunk(chunk: Chunk, onYearLine: boolean, p: Placement): void {
  const { columns, texts, pitch } = p;
  if (chunk.x1 < p.firstLeft) {
    p.cornerParts.push(chunk.text);
    return;
  }
  if (p.isUnitText(chunk.text)) {
    p.extraText.push(chunk.text);
    return;
  }
  if (onYearLine && chunk.prefixOf !== undefined) {
    texts[p.prefixTarget(chunk.prefixOf)]!.push(`\u0000${chunk.text}`);
    return;
  }
  const center = (chunk.x0 + chunk.x1) / 2;
  const covered = columns.map((c, i) => ({ c, i })).filter(({ c }) => c.center >= chunk.x0 - 0.15 * pitch && c.center <= chunk.x1 + 0.15 * pitch);
  if (covered.length > 1) {
    for (const { i } of covered) texts[i]!.push(chunk.text);
    return;
  }
  const nearest = nearestColumn(columns, center);
  if (Math.abs(columns[nearest]!.center - center) > 0.75 * pitch || isSqueezedBetween(chunk, p.anchors)) p.orphans.push(chunk);
  else texts[nearest]!.push(onYearLine ? `\u0000${chunk.text}` : chunk.text);
}

/**
 * "Endring i %" squeezed between two years, a few points from each, is nearer
 * to a year's centre than that year's own words can be: it is a column of its
 * own when it names no amount and stands over no year's text.
 */
function isSqueezedBetween(chunk: Chunk, anchors: Anchor[]): boolean {
  const overYear = anchors.some((a) => chunk.x0 < a.x1 && a.x0 < chunk.x1);
  return !overYear && isNonAmountHeader(chunk.text);
}

/**
 * A merged "Økonomiplan" cell is centred over the plain years it spans. It
 * lands on the column nearest its centre first; then, of the runs of
 * neighbouring columns without words of their own, it takes the run whose
 * middle is nearest its own centre (the wider run when two are as near).
 */
function spreadGroupHeaders(lines: Line[], top: number, yearLine: number, columns: Column[], texts: string[][]): void {
  for (let i = top; i < yearLine; i++) {
    for (const chunk of lineChunks(lines[i]!.tokens, lines[i]!.size)) {
      const idx = texts.findIndex((t) => t.includes(chunk.text));
      if (idx < 0) continue;
      const [lo, hi] = bestSpan(idx, (chunk.x0 + chunk.x1) / 2, columns, (j) => texts[j]!.length === 0);
      for (let j = lo; j <= hi; j++) if (j !== idx) texts[j]!.push(chunk.text);
    }
  }
}

function bestSpan(idx: number, center: number, columns: Column[], bare: (j: number) => boolean): [number, number] {
  let minLo = idx;
  while (minLo > 0 && bare(minLo - 1)) minLo--;
  let maxHi = idx;
  while (maxHi < columns.length - 1 && bare(maxHi + 1)) maxHi++;
  let best: [number, number] = [idx, idx];
  let bestDist = spanDistance(columns, idx, idx, center);
  for (let lo = minLo; lo <= idx; lo++) {
    for (let hi = idx; hi <= maxHi; hi++) {
      const dist = spanDistance(columns, lo, hi, center);
      const wider = hi - lo > best[1] - best[0];
      if (dist < bestDist - 1 || (Math.abs(dist - bestDist) <= 1 && wider)) {
        best = [lo, hi];
        bestDist = dist;
      }
    }
  }
  return best;
}

/**
 * How far a merged cell's centre is from the middle of columns lo..hi. With
 * years centred in their cells that middle is the middle of the year centres;
 * with years right-aligned (as the amounts) a cell runs from the right edge of
 * the column before to its own, and the year centres lie a half-cell too far
 * right. The header alone does not say which, so the nearer reading counts.
 */
function spanDistance(columns: Column[], lo: number, hi: number, center: number): number {
  const left = lo > 0 ? columns[lo - 1]!.right : columns[0]!.right - columnPitch(columns);
  const centred = (columns[lo]!.center + columns[hi]!.center) / 2;
  const rightAligned = (left + columns[hi]!.right) / 2;
  return Math.min(Math.abs(centred - center), Math.abs(rightAligned - center));
}

/**
 * Header cells over no year ("Endring i pst.", "Endring i %") head columns of
 * their own: their numbers need a place, or they would be taken for amounts
 * of the year next to them. Stacked words of one cell become one column.
 */
function addOrphanColumns(orphans: Chunk[], columns: Column[], texts: string[][]): void {
  const groups: Chunk[][] = [];
  for (const chunk of orphans) {
    const group = groups.find((g) => g.some((c) => c.x0 < chunk.x1 && chunk.x0 < c.x1));
    if (group) group.push(chunk);
    else groups.push([chunk]);
  }
  for (const group of groups) {
    const x0 = Math.min(...group.map((c) => c.x0));
    const x1 = Math.max(...group.map((c) => c.x1));
    const column: Column = { header: group.map((c) => c.text).join(" "), year: null, kind: null, inValues: false, center: (x0 + x1) / 2, right: x1 };
    const at = columns.findIndex((c) => c.center > column.center);
    const index = at < 0 ? columns.length : at;
    columns.splice(index, 0, column);
    texts.splice(index, 0, []);
  }
}

/** "regn-" over "skap" is "regnskap". */
function joinHeaderWords(a: string, b: string): string {
  if (a === "") return b;
  return /\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b) ? a.slice(0, -1) + b : `${a} ${b}`;
}

function finishColumns(columns: Column[], texts: string[][], budgetYear: number | null, accounts: boolean): void {
  columns.forEach((col, i) => {
    const above = texts[i]!.filter((s) => !s.startsWith("\u0000"));
    const beside = texts[i]!.filter((s) => s.startsWith("\u0000")).map((s) => s.slice(1));
    col.header = [...above, ...beside, col.header].reduce(joinHeaderWords, "").replace(/\s+/g, " ").trim();
    // "2 013" (annual accounts) is read as the year it is.
    const unspaced = unspaceYear(col.header);
    if (col.inValues && isNonAmountHeader(unspaced.replace(/\b(19|20)\d\d\S*$/, ""))) col.inValues = false;
    if (col.year !== null && col.inValues) col.kind = columnKind(unspaced, col.year, budgetYear, accounts);
  });
}
