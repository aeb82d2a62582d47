// Header text in pieces: the words of one header line grouped into chunks
// (one header cell each, as far as spacing tells), the year line's prefixes,
// and the cuts that split a chunk where spacing alone joined two cells' words.
import { isNonAmountHeader } from "./columnKind.js";
import { joinTokens } from "./runsToLines.js";
import type { Column, Line, Token } from "./types.js";
import { isYearToken, RANGE } from "./yearTokens.js";

/** A word space at table sizes (in em): words closer than this are one header cell, a prefix stands this close to its year. */
export const PREFIX_GAP_EM = 0.8;
/** How far a right-aligned header word may end from its year's right edge: side bearings, a fraction of a point. */
export const RIGHT_ALIGNED_TOLERANCE_EM = 0.15;

export interface Chunk {
  tokens: Token[];
  x0: number;
  x1: number;
  text: string;
  /** On the year line: the index of the year this chunk is printed right before ("ØP" of "ØP 2026"). */
  prefixOf?: number;
}

export function lineChunks(tokens: Token[], size: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (const t of tokens) {
    const last = chunks[chunks.length - 1];
    const lastTok = last?.tokens[last.tokens.length - 1];
    if (last && lastTok && t.x0 - lastTok.x1 < PREFIX_GAP_EM * size && !isYearToken(lastTok)) {
      last.tokens.push(t);
      last.x1 = t.x1;
    } else {
      chunks.push({ tokens: [t], x0: t.x0, x1: t.x1, text: "" });
    }
  }
  for (const c of chunks) c.text = joinTokens(c.tokens);
  return chunks;
}

/**
 * The words of the year line between its years: each year ends a chunk, so no
 * word reaches over a year. Words within a word space before a year are that
 * year's prefix ("B 2025", "ØP 2026", "bud. 2024"), however near the column
 * before it stands; a per-cent or change header crowded against them ("i % ØP")
 * is not part of it.
 */
export function chunksBetweenYears(line: Line): Chunk[] {
  const out: Chunk[] = [];
  let run: Token[] = [];
  let yearIndex = 0;
  for (const t of line.tokens) {
    if (!isYearToken(t) && !RANGE.test(t.text)) {
      run.push(t);
      continue;
    }
    const chunks = lineChunks(run, line.size);
    const last = chunks[chunks.length - 1];
    if (last && t.x0 - last.x1 < PREFIX_GAP_EM * line.size) chunks.splice(chunks.length - 1, 1, ...splitPrefix(last, yearIndex));
    out.push(...chunks);
    run = [];
    yearIndex++;
  }
  out.push(...lineChunks(run, line.size));
  return out;
}

/** The longest tail of the chunk that names no per cent or change is the year's prefix; the rest stands apart. */
function splitPrefix(chunk: Chunk, yearIndex: number): Chunk[] {
  let k = chunk.tokens.length;
  while (k > 0 && !isNonAmountHeader(joinTokens(chunk.tokens.slice(k - 1)))) k--;
  const pieces = [chunk.tokens.slice(0, k), chunk.tokens.slice(k)].filter((ts) => ts.length > 0).map(toChunk);
  if (k < chunk.tokens.length) pieces[pieces.length - 1]!.prefixOf = yearIndex;
  return pieces;
}

export function toChunk(tokens: Token[]): Chunk {
  return { tokens, x0: tokens[0]!.x0, x1: tokens[tokens.length - 1]!.x1, text: joinTokens(tokens) };
}

/** Extent of a year column's own text on the year line: the year and its prefix. */
export interface Anchor {
  x0: number;
  x1: number;
}

export function yearAnchors(line: Line, chunks: Chunk[]): Anchor[] {
  const years = line.tokens.filter((t) => isYearToken(t) || RANGE.test(t.text));
  return years.map((year, j) => ({ x0: chunks.find((c) => c.prefixOf === j)?.x0 ?? year.x0, x1: year.x1 }));
}

/**
 * Right-aligned header words of neighbouring columns can stand less than a
 * word space apart ("Oppr. Rev. bud." over "bud. 2024 | 2024"): a word that
 * ends at a cell's right edge is the last word of that cell, so the chunk is
 * cut after it. The right edges are the years' and those where the last words
 * of the other header lines end ("End-" / "ringer" / "i pst." stacked over no year).
 */
export function splitAtColumnEdges(chunk: Chunk, edges: number[]): Chunk[] {
  const cuts = chunk.tokens.flatMap((t, k) => {
    const next = chunk.tokens[k + 1];
    const atEdge = next !== undefined && edges.some((e) => Math.abs(t.x1 - e) <= RIGHT_ALIGNED_TOLERANCE_EM * t.size && next.x0 > e);
    return atEdge ? [k + 1] : [];
  });
  return cutChunk(chunk, cuts);
}

/** Right edges of header cells as seen from line `i`: the years', and where chunks of the other header lines end. */
export function cellEdges(chunksByLine: Chunk[][], i: number, columns: Column[]): number[] {
  const others = chunksByLine.filter((_, k) => k !== i).flatMap((cs) => cs.map((c) => c.x1));
  return [...columns.map((c) => c.right), ...others];
}

/** Cuts a chunk before the given token indices; the piece that ends it keeps its place as a year's prefix. */
export function cutChunk(chunk: Chunk, cuts: number[]): Chunk[] {
  if (cuts.length === 0) return [chunk];
  const bounds = [0, ...cuts, chunk.tokens.length];
  const pieces = bounds.slice(1).map((end, i) => toChunk(chunk.tokens.slice(bounds[i], end)));
  if (chunk.prefixOf !== undefined) pieces[pieces.length - 1]!.prefixOf = chunk.prefixOf;
  return pieces;
}
