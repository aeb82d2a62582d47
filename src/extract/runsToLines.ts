import type { RawPage, TextRun } from "../read/index.js";
import type { Line, Token } from "./types.js";

const LIGATURES: Record<string, string> = { "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st" };

/**
 * Ligature glyphs and soft hyphens become plain text; every space kind becomes a split point.
 * A soft hyphen at the end of a word is where a line was broken, so it shows as a hyphen (and
 * the wrapped label is joined without a space); inside a word it is invisible and dropped.
 */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\u00ad+(?=$|[\s\u00a0])/gu, "-")
    .replace(/[\u00ad]/g, "")
    .replace(/[ﬀﬁﬂﬃﬄﬅﬆ]/g, (ch) => LIGATURES[ch] ?? ch);
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/u;
const SPLIT_KEEPING_SPACES = new RegExp(`(${SPACE.source})`, "u");

/**
 * A run holds several words (and sometimes several cells); split it at spaces,
 * placing each word by its share of the run's characters. Digits have equal
 * widths in nearly every font, which is what matters for amounts.
 */
export function runToTokens(run: TextRun): Token[] {
  const text = cleanText(run.text);
  const chars = [...text];
  if (chars.length === 0) return [];
  const perChar = run.width / chars.length;
  const tokens: Token[] = [];
  let i = 0;
  for (const part of text.split(SPLIT_KEEPING_SPACES)) {
    const len = [...part].length;
    if (part !== "" && !SPACE.test(part)) {
      tokens.push({ text: part, x0: run.x + i * perChar, x1: run.x + (i + len) * perChar, y: run.y, size: run.size });
    }
    i += len;
  }
  return tokens;
}

/**
 * Groups tokens into lines by baseline. Baselines jitter a fraction of a point,
 * and raised footnote markers sit higher in a smaller size: both join the line
 * they belong to.
 */
export function runsToLines(page: RawPage): Line[] {
  const tokens = page.runs.flatMap(runToTokens);
  const sizes = tokens.map((t) => t.size).sort((a, b) => a - b);
  const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const normal = tokens.filter((t) => t.size >= bodySize * 0.75);
  const small = tokens.filter((t) => t.size < bodySize * 0.75);
  const lines = clusterByBaseline(normal, page.number);
  for (const t of small) attachSmallToken(lines, t, page.number);
  for (const line of lines) finishLine(line);
  return lines.sort((a, b) => a.y - b.y);
}

function clusterByBaseline(tokens: Token[], page: number): Line[] {
  const sorted = [...tokens].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const t of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(t.y - last.y) <= Math.max(1, 0.3 * Math.min(t.size, last.size))) {
      last.tokens.push(t);
    } else {
      lines.push({ page, y: t.y, size: t.size, tokens: [t], text: "" });
    }
  }
  return lines;
}

function attachSmallToken(lines: Line[], t: Token, page: number): void {
  // A superscript's baseline is up to ~0.6 em above the line it belongs to.
  const host = lines.find((l) => t.y <= l.y + 0.2 * l.size && t.y >= l.y - 0.7 * l.size);
  if (host) host.tokens.push(t);
  else lines.push({ page, y: t.y, size: t.size, tokens: [t], text: "" });
}

function finishLine(line: Line): void {
  line.tokens.sort((a, b) => a.x0 - b.x0);
  line.size = Math.max(...line.tokens.map((t) => t.size));
  line.text = joinTokens(line.tokens);
}

/** Joins tokens with a space where there is a gap, and without where they touch. */
export function joinTokens(tokens: Token[]): string {
  let out = "";
  let prev: Token | undefined;
  for (const t of tokens) {
    // Touching tokens are one word; a token drawn back over the one before ("Ansvar" and "Beløp i
    // kroner" in two header rows on one baseline) starts a word of its own.
    if (prev) {
      const gap = t.x0 - prev.x1;
      const size = Math.min(prev.size, t.size);
      out += gap > 0.12 * size || gap < -0.5 * size ? " " : "";
    }
    out += t.text;
    prev = t;
  }
  return out;
}
