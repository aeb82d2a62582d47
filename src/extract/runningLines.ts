import type { Line } from "./types.js";

/**
 * Running headers and footers repeat on most pages at the same height, with
 * only the page number changing. Knowing them lets a table that goes on after
 * a two-line running header still count as starting at the top of its page.
 */
export function findRunningLines(pages: Line[][], heights: number[]): (line: Line) => boolean {
  const counts = new Map<string, number>();
  pages.forEach((lines, i) => {
    const keys = new Set(lines.filter((l) => nearEdge(l, heights[i] ?? 842)).map(keyOf));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const needed = Math.max(2, pages.length * 0.3);
  const running = new Set([...counts].filter(([, n]) => n >= needed).map(([k]) => k));
  return (line) => running.has(keyOf(line));
}

function nearEdge(line: Line, height: number): boolean {
  return line.y < height * 0.15 || line.y > height * 0.85;
}

function keyOf(line: Line): string {
  return `${Math.round(line.y / 3)}|${line.text.replace(/\d+/g, "#")}`;
}
