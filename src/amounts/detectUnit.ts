// Finds the unit a table's numbers are printed in ("Beløp i 1000 kr",
// "Tall i mill. kroner", "Hele 1 000", "Mrd. kroner") in a unit line, a corner
// cell or a caption, and tells a unit line apart from prose.
import type { Unit } from "../model/types.js";
import { priceBasisMatches } from "./detectPriceBasis.js";

/** Where a unit phrase was found, as [start, end) offsets into the text. */
export interface UnitMatch {
  unit: Unit;
  start: number;
  end: number;
}

const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
const THOUSAND = "(?:1[\\s.]?000(?!\\d)|tusen(?!\\p{L}))";
const MILLION = "(?:mill(?:ioner|ionar)?\\.|mill(?:ioner|ionar)?(?!\\p{L}))";
const BILLION = "(?:mrd\\.|mrd(?!\\p{L})|milliard(?:er|ar)?(?!\\p{L}))";
const MAGNITUDE = `(?:${THOUSAND}|${MILLION}|${BILLION})`;
/** A currency word, possibly with the price year built in: "kroner", "2026-kroner", "faste 2026-kroner". */
const CURRENCY = "(?:(?:faste\\s+)?(?:19|20)\\d{2}[-\u2011\u2013]?)?(?:kroner|kronar|kr|nok)(?!\\p{L})";
const WHOLE = "(?:(?:hele|heile)\\s+)";
const LEAD = "(?:(?:alle\\s+)?(?:beløp|tall|tal|anslag)\\s+i\\s+)";

const UNIT_PHRASE = new RegExp(
  NOT_WORD_BEFORE +
    "(?:" +
    [
      // "Beløp i 1000 kr", "Tall i hele tusen", "(Beløp i 1000)", "Beløp i kroner"
      `${LEAD}${WHOLE}?(?:${MAGNITUDE}(?:\\s*${CURRENCY})?|${CURRENCY})`,
      // "i 1000 kr", "i tusen kroner"
      `i\\s+${WHOLE}?${MAGNITUDE}\\s*${CURRENCY}`,
      // "Hele 1 000", "Hele tusen kroner", "Hele kroner"
      `${WHOLE}(?:${MAGNITUDE}(?:\\s*${CURRENCY})?|${CURRENCY})`,
      // "Mill. kroner", "mill. kr", "Mrd. kroner", "tusen kroner", "Mill. 2026-kroner"
      `(?:tusen|${MILLION}|${BILLION})\\s*${CURRENCY}`,
      // "NOK 1000", "NOK mill.", "TNOK", "MNOK"
      `nok\\s*${MAGNITUDE}`,
      "[tm]nok(?!\\p{L})",
    ].join("|") +
    ")",
  "giu",
);

/** A whole text that is only a currency, or 1000 of it: "Kroner", "(kr)", "1 000 kroner", "(1000 kr)". */
const BARE = "(?:(?:i\\s+)?1[\\s.]?000\\s*)?(?:kroner|kronar|kr\\.?|nok)";
const BARE_UNIT = new RegExp(`^\\s*(\\(\\s*${BARE}\\s*\\)|${BARE})\\s*$`, "iu");

const ENDS_IN_CURRENCY = /(?:kroner|kronar|kr|nok)$/iu;
const STARTS_WITH_MAGNITUDE = /^(?:tusen|mill|mrd|milliard)/iu;
const LOWERCASE_WORD_NEXT = /^\s*\p{Ll}/u;
const AMOUNT_BEFORE = /\d(?:[.,]\d+)?[\s\u00A0]*$/u;
const CAPTION_NUMBER_BEFORE = /(?:tabell|tabel|tab\.|figur)\s*\d+(?:[.,]\d+)*[a-z]?[\s.:]*$/iu;
const YEAR_BEFORE = /(?:^|[^\d\s.,])\s*(?:19|20)\d{2}\s*$/u;

/**
 * The unit named anywhere in a line, or null. Case-insensitive; any space
 * character counts. `printed` is the phrase exactly as printed, with its
 * parentheses when the phrase is wrapped in them, and without a price-basis
 * suffix. An amount with a unit in prose ("14,7 mill. kroner") is not a unit.
 * Use `isUnitLine` to tell a unit line from prose.
 */
export function detectUnit(text: string): Unit | null {
  return findUnit(text)?.unit ?? null;
}

/** Like `detectUnit`, with where the phrase is. */
export function findUnit(text: string): UnitMatch | null {
  const bare = BARE_UNIT.exec(text);
  if (bare !== null) return toUnitMatch(text, text.indexOf(bare[1] ?? ""), bare[1] ?? "");
  for (const m of text.matchAll(UNIT_PHRASE)) {
    const phrase = m[0].trimEnd();
    if (isRealUnit(text, m.index, phrase)) return toUnitMatch(text, m.index, phrase);
  }
  return null;
}

function isRealUnit(text: string, start: number, phrase: string): boolean {
  const after = text.slice(start + phrase.length);
  // "Hele 1 000" is a unit, "hele 1 000 elever" is prose.
  if (!ENDS_IN_CURRENCY.test(phrase) && LOWERCASE_WORD_NEXT.test(after)) return false;
  return !(STARTS_WITH_MAGNITUDE.test(phrase) && amountBefore(text.slice(0, start)));
}

/** "14,7 mill. kroner" is an amount; "Tabell 2.1 Mill. kroner" and "2025 Mill. kroner" are not. */
function amountBefore(before: string): boolean {
  if (!AMOUNT_BEFORE.test(before)) return false;
  return !CAPTION_NUMBER_BEFORE.test(before) && !YEAR_BEFORE.test(before);
}

function toUnitMatch(text: string, start: number, phrase: string): UnitMatch {
  const [from, to] = widenToParentheses(text, start, start + phrase.length);
  const printed = text.slice(from, to);
  return { unit: { multiplier: multiplierOf(printed), printed }, start: from, end: to };
}

/** Takes in the parentheses around a phrase: "(Beløp i 1000)". */
function widenToParentheses(text: string, start: number, end: number): [number, number] {
  if (text[start] === "(" || text[end - 1] === ")") return [start, end];
  const open = text.slice(0, start).trimEnd();
  const closeAt = end + (text.slice(end).length - text.slice(end).trimStart().length);
  if (!open.endsWith("(") || text[closeAt] !== ")") return [start, end];
  return [open.length - 1, closeAt + 1];
}

function multiplierOf(printed: string): number {
  const lower = printed.toLowerCase();
  if (/mrd|milliard/u.test(lower)) return 1_000_000_000;
  if (/mill|mnok/u.test(lower)) return 1_000_000;
  if (/(?<!\d)1[\s.]?000(?!\d)|tusen|tnok/u.test(lower)) return 1000;
  return 1;
}

const FILLER = /^[\s,.;:()[\]\-\u2013\u2014/]*$/u;
/** A footnote marker glued to the unit ("Mrd. kroner1", "Mill. kroner¹"), or "og prosent". */
const ALLOWED_AFTER =
  /^(?:[¹²³⁴-⁹⁰*]+|\d{1,2}(?!\S)|\s*og\s+(?:prosent(?:vis\s+endring)?|pst\.?)(?!\p{L}))/iu;
const CAPTION_START = /^\s*(?:tabell|tabel|tab\.|figur)\s*\d/iu;

/**
 * True when the line is essentially a unit phrase: on its own, in parentheses,
 * with a price basis ("Tall i hele tusen, faste 2025-priser"), or at the end of
 * a caption ("Tabell 3.1 Netto driftsramme. Beløp i 1000 kr"). Prose that
 * mentions kroner is not a unit line.
 */
export function isUnitLine(text: string): boolean {
  const found = findUnit(text);
  if (found === null) return false;
  const before = withoutPriceBasis(text.slice(0, found.start));
  const after = withoutPriceBasis(text.slice(found.end)).replace(ALLOWED_AFTER, "");
  return FILLER.test(after) && (FILLER.test(before) || CAPTION_START.test(before));
}

function withoutPriceBasis(text: string): string {
  let rest = text;
  for (const m of priceBasisMatches(text).sort((a, b) => b.start - a.start)) {
    rest = rest.slice(0, m.start) + rest.slice(m.end);
  }
  return rest;
}
