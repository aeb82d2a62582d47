import { joinTokens } from "./runsToLines.js";
import type { Line, Token } from "./types.js";

/**
 * On a two-column page a narrow table in one text column shares its baselines
 * with prose in the other, so a "line" holds a table row and half a sentence.
 * Find the gutter: an x where many lines start a prose segment after a wide
 * gap. In each stretch of two-column text (ended by a line that runs across the
 * gutter, such as a full-width table row) cut the lines there and read the left
 * column before the right one; lines before and after a stretch stay in place.
 */
export function splitTextColumns(lines: Line[], pageWidth: number): Line[] {
  const gutter = findGutter(lines, pageWidth);
  if (gutter === null) return lines;
  const out: Line[] = [];
  let band: Line[] = [];
  for (const line of lines) {
    if (crossesGutter(line, gutter)) {
      out.push(...reorderBand(band, gutter), line);
      band = [];
    } else band.push(line);
  }
  return [...out, ...reorderBand(band, gutter)];
}

function crossesGutter(line: Line, gutter: number): boolean {
  const first = line.tokens[0]!;
  const last = line.tokens[line.tokens.length - 1]!;
  return first.x0 < gutter - 2 && last.x1 > gutter && cutAt(line, gutter) < 0;
}

function reorderBand(band: Line[], gutter: number): Line[] {
  const cuts = band.map((line) => cutAt(line, gutter));
  const first = cuts.findIndex((c) => c >= 0);
  if (first < 0) return band;
  const last = cuts.length - 1 - [...cuts].reverse().findIndex((c) => c >= 0);
  const left: Line[] = [];
  const right: Line[] = [];
  for (let i = first; i <= last; i++) {
    const line = band[i]!;
    const cut = cuts[i]!;
    if (cut < 0) (line.tokens[0]!.x0 >= gutter - 2 ? right : left).push(line);
    else {
      left.push(withTokens(line, line.tokens.slice(0, cut)));
      right.push(withTokens(line, line.tokens.slice(cut)));
    }
  }
  return [...band.slice(0, first), ...left, ...right, ...band.slice(last + 1)];
}

/** Index of the token that starts the right text column on this line, or -1. */
function cutAt(line: Line, gutter: number): number {
  const k = line.tokens.findIndex((t, k) => k > 0 && Math.abs(t.x0 - gutter) < 2 && t.x0 - line.tokens[k - 1]!.x1 > 1.2 * line.size);
  // Only prose starts the right text column: an amount that happens to start there is a table cell.
  return k > 0 && line.tokens.slice(k).some((t) => /^\p{Ll}{2,}/u.test(t.text)) ? k : -1;
}

function withTokens(line: Line, tokens: Token[]): Line {
  return { ...line, tokens, text: joinTokens(tokens) };
}

/** A gutter between text columns lies in the middle part of the page (a code column's edge does not). */
function findGutter(lines: Line[], pageWidth: number): number | null {
  const starts = new Map<number, number>();
  for (const line of lines) {
    line.tokens.forEach((t, k) => {
      if (k === 0 || t.x0 - line.tokens[k - 1]!.x1 < 1.2 * line.size) return;
      const rest = line.tokens.slice(k);
      if (rest.filter((r) => /^\p{Ll}{2,}/u.test(r.text)).length < 3) return;
      const key = Math.round(t.x0 / 2) * 2;
      starts.set(key, (starts.get(key) ?? 0) + 1);
    });
  }
  let best: number | null = null;
  for (const [x, n] of starts) {
    const middle = x > pageWidth * 0.3 && x < pageWidth * 0.7;
    if (middle && n >= 6 && (best === null || n > (starts.get(best) ?? 0))) best = x;
  }
  return best;
}
