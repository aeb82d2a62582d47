import { READER } from "./settings.js";
import type { Line } from "./types.js";

/**
 * Words that title an annual report or its accounts, bokmål and nynorsk. Only
 * a title counts (a heading line that starts with one), never prose: a budget
 * document mentions "årsregnskapet" too.
 */
const ACCOUNTS_TITLE =
  /^(årsmelding|årsrapport|årsberetning|årsregnskap|årsrekneskap|regnskap|rekneskap|resultatregnskap|resultatrekneskap|balanse|kontantstrømoppstilling|kontantstraumoppstilling|kontantstraumsanalyse)(en|et|a|ane)?\b/iu;

/**
 * The title of an annual report or annual accounts (Årsmelding 2014,
 * Årsrekneskap 2023), from the headings of its first pages; null for any other
 * document. In accounts a bare year column is that year's accounts (regnskap),
 * not a budget; `findBudgetYear` decides first, so a budget document that has a
 * chapter "Årsregnskap 2022" stays a budget document.
 */
export function findAccountsTitle(firstPages: Line[]): string | null {
  const sizes = firstPages.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const title = firstPages.find(
    (l) => l.size >= READER.accounts.titleSizeRatio * body && l.tokens.length <= 6 && ACCOUNTS_TITLE.test(l.text.trim()),
  );
  return title ? title.text.trim() : null;
}
