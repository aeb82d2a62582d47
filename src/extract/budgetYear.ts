import type { Line } from "./types.js";

const TITLE_PATTERNS: RegExp[] = [
  /budsjett\s+((?:19|20)\d\d)\s+og\s+økonomiplan/i,
  /(?:økonomiplan|handlingsprogram|handlingsplan)\s+((?:19|20)\d\d)\s*[–-]\s*(?:19|20)?\d\d/i,
  /(?:årsbudsjett|budsjett|gul bok|statsbudsjettet|nasjonalbudsjettet)\s+((?:19|20)\d\d)\b/i,
  /budsjettåret\s+((?:19|20)\d\d)/i,
];

/**
 * The budget year B of the document, from its title as printed on the first
 * pages and in running headers. Column kinds depend on it (a plain "2024"
 * column is the proposal when B = 2024, a plan year when B = 2023).
 */
export function findBudgetYear(lines: Line[]): { year: number | null; title: string | null } {
  const votes = new Map<number, number>();
  let title: string | null = null;
  for (const line of lines) {
    for (const [rank, pattern] of TITLE_PATTERNS.entries()) {
      const m = pattern.exec(line.text);
      if (!m) continue;
      const year = Number(m[1]);
      votes.set(year, (votes.get(year) ?? 0) + (TITLE_PATTERNS.length - rank) * (line.page <= 2 ? 3 : 1));
      title ??= line.text.trim();
      break;
    }
  }
  let best: number | null = null;
  for (const [year, n] of votes) if (best === null || n > (votes.get(best) ?? 0)) best = year;
  return { year: best, title };
}
