// Years as header tokens: "2025", "2025¹", "2025*", and periods "2024–2027".
import type { Token } from "./types.js";

const YEAR = /^((?:19|20)\d\d)(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*]+|\d?\))?$/u;
export const RANGE = /^(?:19|20)\d\d\s*[–-]\s*(?:(?:19|20)?\d\d)?$/u;

export function isYearToken(t: Token): boolean {
  return YEAR.test(t.text);
}

export function yearOf(text: string): number | null {
  const m = /((?:19|20)\d\d)/.exec(text);
  return m ? Number(m[1]) : null;
}
