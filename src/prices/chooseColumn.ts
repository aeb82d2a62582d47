// Which of a year's columns to compare. A budget document prints several
// figures per year (regnskap, vedtatt, justert, forslag); comparing a regnskap
// with a budget would mix outcome with plan, so the default compares like with like.
import type { AmountValue, ColumnKind } from "../model/types.js";

/** A past year: the budget as adopted is what the new budget is measured against. */
const PAST_ORDER: readonly ColumnKind[] = [
  "vedtatt_budsjett",
  "justert_budsjett",
  "budsjett_forslag",
  "okonomiplan",
  "regnskap",
];

/** The budget year and the plan years: the proposal is the figure being debated. */
const PLAN_ORDER: readonly ColumnKind[] = [
  "budsjett_forslag",
  "okonomiplan",
  "vedtatt_budsjett",
  "justert_budsjett",
  "regnskap",
];

export type ColumnChoice =
  | { by: "preference"; value: AmountValue; preference: string }
  | { by: "default"; value: AmountValue };

/**
 * The value to use for `year` among an item's values, or null when the item
 * has no column for that year. `preferences` are the user's --column texts, in order.
 */
export function chooseColumn(
  values: readonly AmountValue[],
  year: number,
  preferences: readonly string[],
  budgetYear: number | null,
): ColumnChoice | null {
  const candidates = values.filter((v) => v.year === year);
  for (const preference of preferences) {
    const value = candidates.find((v) => columnMatches(v.column, preference));
    if (value) return { by: "preference", value, preference };
  }
  const past =
    budgetYear !== null ? year < budgetYear : candidates.some((v) => v.kind === "regnskap");
  for (const kind of past ? PAST_ORDER : PLAN_ORDER) {
    const value = candidates.find((v) => v.kind === kind);
    if (value) return { by: "default", value };
  }
  return null;
}

/** Whether a --column text picks a header: contained in it, case and accents ignored. */
export function columnMatches(header: string, preference: string): boolean {
  return foldText(header).includes(foldText(preference));
}

/**
 * Case- and accent-insensitive text: "Økonomiplan" matches "okonomiplan".
 * NFD takes the ring off å; ø and æ do not decompose, so they are mapped by hand.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae")
    .replace(/\s+/g, " ")
    .trim();
}
