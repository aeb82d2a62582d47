import type { ColumnKind } from "../model/types.js";

const fold = (s: string) => s.toLowerCase().normalize("NFC");

/**
 * The kind of an amount column from its header and the document's budget year B.
 * Words decide first (Regnskap, Justert, Vedtatt, Forslag); a plain year, a plain
 * "Budsjett" or a plan column is placed by its year relative to B.
 */
export function columnKind(header: string, year: number, budgetYear: number | null, accounts = false): ColumnKind {
  // "Anslag på regnskap" is an updated estimate of the year, like a revised budget: test it before "regnskap".
  const h = fold(header).replace(/(19|20)\d\d\S*/g, " ").replace(/\s+/g, " ").trim();
  if (/(justert|revidert|rev\.|anslag (?:på )?(?:regnskap|rekneskap)|korrigert|endret budsjett|endra budsjett)/.test(h)) return "justert_budsjett";
  if (/\b(regnskap|rekneskap|regnsk)\b|^r\.?$/.test(h)) return "regnskap";
  if (/(vedtatt|vedteke|vedt\.|opprinnelig|oppr\.|opphavleg|saldert)/.test(h)) {
    return "vedtatt_budsjett";
  }
  if (/(forslag|framlegg|gul bok)/.test(h)) return "budsjett_forslag";
  // Annual accounts: a bare year is that year's accounts; a budget beside them ("B 2014") is the year's adopted budget.
  if (accounts && h === "") return "regnskap";
  if (accounts && /^(b\.?|bud\.?|budsjett)$/.test(h)) return "vedtatt_budsjett";
  // "Anslag NB26" under "Budsjettanslag 2025": the updated estimate of a year before the budget year.
  if (/(^|\s)anslag\b/.test(h) && budgetYear !== null && year < budgetYear) return "justert_budsjett";
  if (budgetYear === null) return /(økonomiplan|øk\.? ?plan|øp)/.test(h) ? "okonomiplan" : "vedtatt_budsjett";
  if (year < budgetYear) return "vedtatt_budsjett";
  if (year === budgetYear) return "budsjett_forslag";
  return "okonomiplan";
}

/** Headers of columns that print something other than one year's amount. */
export function isNonAmountHeader(header: string): boolean {
  const h = fold(header);
  // A part of a year ("Regnskap 1. halvår 2024", "per 2. tertial", "hittil i år") is not the year's amount.
  return /%|prosent|endring|endr\.|differanse|avvik|(19|20)\d\d\s*[–-]\s*((19|20)?\d\d)?$|^sum\b/.test(h) || isPartOfYearHeader(h);
}

/**
 * Every kind a header's words name. One column's header names one kind; two
 * ("Oppr. Rev. bud. bud. 2024") mean the words of two neighbouring columns
 * were given to one, so the header cannot be trusted to say what it holds.
 */
export function kindWordsIn(header: string): ColumnKind[] {
  const h = fold(header).replace(/anslag (?:på )?(?:regnskap|rekneskap)/g, "justert");
  const kinds: ColumnKind[] = [];
  if (/(justert|revidert|rev\.|korrigert|endret budsjett|endra budsjett)/.test(h)) kinds.push("justert_budsjett");
  if (/\b(regnskap|rekneskap|regnsk)\b/.test(h)) kinds.push("regnskap");
  if (/(vedtatt|vedteke|vedt\.|opprinnelig|oppr\.|opphavleg|saldert)/.test(h)) kinds.push("vedtatt_budsjett");
  if (/(forslag|framlegg|gul bok)/.test(h)) kinds.push("budsjett_forslag");
  return kinds;
}

/** A part of a year ("Regnskap 1. halvår 2024", "per 2. tertial", "hittil i år", "per 31.08."): not the year's amount. */
export function isPartOfYearHeader(header: string): boolean {
  return /halvår|tertial|kvartal|hittil|per \d{1,2}\.\s?\d{1,2}\.|per \d{1,2}\.\s?\p{L}/u.test(fold(header));
}
