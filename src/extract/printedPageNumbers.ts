import type { Line } from "./types.js";

/**
 * The page number printed in a running header or footer ("Side 7 av 18", or a
 * bare "17" at the outer edge), where it differs from the physical page: a
 * reader who looks up a figure will look for the printed number. Only an
 * offset that holds on most numbered pages is believed.
 */
export function printedPageNumbers(pages: Line[][], heights: number[]): Map<number, string> {
  const found = new Map<number, number>();
  pages.forEach((lines, i) => {
    const n = printedNumberOn(lines, heights[i] ?? 842);
    if (n !== null) found.set(i + 1, n);
  });
  const offsets = new Map<number, number>();
  for (const [page, n] of found) offsets.set(n - page, (offsets.get(n - page) ?? 0) + 1);
  const [offset, count] = [...offsets].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  const labels = new Map<number, string>();
  if (offset === 0 || count < Math.max(2, found.size * 0.6)) return labels;
  for (const [page, n] of found) if (n - page === offset) labels.set(page, String(n));
  return labels;
}

function printedNumberOn(lines: Line[], height: number): number | null {
  for (const line of lines) {
    if (line.y > height * 0.09 && line.y < height * 0.91) continue;
    const side = /\bside\s+(\d{1,4})\b/i.exec(line.text);
    if (side) return Number(side[1]);
    if (line.tokens.length > 8) continue;
    for (const t of [line.tokens[0], line.tokens[line.tokens.length - 1]]) {
      if (t && /^\d{1,4}$/.test(t.text)) return Number(t.text);
    }
  }
  return null;
}
