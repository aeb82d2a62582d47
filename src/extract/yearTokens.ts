// Years as header tokens: "2025", "2025¹", "2025*", and periods "2024–2027"; in annual
// accounts also a year typeset as a number, with a thousands space ("2 013"), once
// `withSpacedYears` (headers.ts) has joined its two tokens into one.
import type { Token } from "./types.js";

const YEAR = /^((?:19|20)\d\d)(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*]+|\d?\))?$/u;
/** A year typeset with a thousands space, as joined by `withSpacedYears` (tokens never hold a space of their own). */
const SPACED_YEAR = /^(1 9|2 0)\d\d$/u;
export const RANGE = /^(?:19|20)\d\d\s*[–-]\s*(?:(?:19|20)?\d\d)?$/u;

export function isYearToken(t: Token): boolean {
  return YEAR.test(t.text) || SPACED_YEAR.test(t.text);
}

/** A year as printed without a thousands space ("2013", "2025¹"). */
export function isPlainYearText(text: string): boolean {
  return YEAR.test(text);
}

/** A year typeset as a number, "2 013". */
export function isSpacedYearText(text: string): boolean {
  return SPACED_YEAR.test(text);
}

/** The text with a year typeset as a number ("R 2 013") written as a year ("R 2013"). */
export function unspaceYear(text: string): string {
  return text.replace(/\b(1 9|2 0)(\d\d)\b/u, (_, a: string, b: string) => a.replace(" ", "") + b);
}

export function yearOf(text: string): number | null {
  const m = /((?:19|20)\d\d)/.exec(unspaceYear(text));
  return m ? Number(m[1]) : null;
}
