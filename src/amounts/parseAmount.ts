// Reads one table cell as an amount. Strict on purpose: a cell that is prose,
// a date, a percentage, a case number or a header is `not_amount`, never a number.
import { Decimal } from "decimal.js";
import type { Unit } from "../model/types.js";

/** A printed number. `value` is the number as printed, not yet multiplied by any unit. */
export interface AmountCell {
  kind: "amount";
  value: Decimal;
  /** Digits after the decimal comma (0 for `1 234` and `1 234,-`). */
  decimals: number;
  printed: string;
  /** A unit printed in the cell itself (`1 253,0 mill.`, `19 904 407 kr`); it overrides the table's unit. */
  cellUnit: Unit | null;
}

/** `-`, `–`, `—`, `−`, `-,-`, `0`, `0,0`, `(0)` … */
export interface ZeroCell {
  kind: "zero";
  printed: string;
}

export interface BlankCell {
  kind: "blank";
  printed: "";
}

export interface NotAmountCell {
  kind: "not_amount";
  printed: string;
}

export type ParsedCell = AmountCell | ZeroCell | BlankCell | NotAmountCell;

/** One thousands-separator character: space, NBSP, U+2000–U+200A (figure, thin …), U+202F. */
const SEP = "[ \\u00A0\\u2000-\\u200A\\u202F]";
const SIGNS = "-\u2212\u2013+";
const INT_SPACED = `[1-9]\\d{0,2}(?:${SEP}\\d{3})+`;
const INT_DOTTED = `[1-9]\\d{0,2}(?:\\.\\d{3})+`;
const INT_PLAIN = "0|[1-9]\\d*";

/**
 * Groups: 1 sign, 2 "(", 3 integer part, 4 decimals, 5 ",-" suffix, 6 ")".
 * The sign must touch the digits: "- 744 017 715" is, in real documents, a zero
 * dash of one column run together with the next column's number.
 */
const NUMBER = new RegExp(
  `^([${SIGNS}])?(?:(\\()${SEP}?)?` +
    `(${INT_SPACED}|${INT_DOTTED}|${INT_PLAIN})(?:,(\\d+)|(,[-\u2013]{1,2}))?` +
    `(?:${SEP}?(\\)))?$`,
);

const ZERO_SYMBOL = /^[-\u2013\u2014\u2212](?:,[-\u2013\u2014\u2212]{1,2})?$/;

const UNIT_WORDS =
  "(?:mill(?:ioner)?\\.?|mrd\\.?|milliarder)" +
  `(?:${SEP}*(?:kr\\.?|kroner|nok))?|kr\\.?|kroner|nok`;

/** A unit at the end of a cell, right after a digit, `)`, `-` (of `,-`) or `–`. */
const UNIT_SUFFIX = new RegExp(`(?<=[\\d)\\-\u2013])${SEP}*(${UNIT_WORDS})$`, "iu");

const HAS_DIGIT = /\d/;
/** Most cells end in a digit or ")" and so carry no unit: skip the suffix search. */
const ENDS_IN_NUMBER = /[\d)]$/;

/** Parses one cell as printed. Leading and trailing whitespace is ignored. */
export function parseAmount(text: string): ParsedCell {
  const printed = text.trim();
  if (printed === "") return { kind: "blank", printed: "" };
  if (ZERO_SYMBOL.test(printed)) return { kind: "zero", printed };
  if (!HAS_DIGIT.test(printed)) return { kind: "not_amount", printed };
  const { core, cellUnit } = splitCellUnit(printed);
  return parseNumber(core, printed, cellUnit);
}

function splitCellUnit(printed: string): { core: string; cellUnit: Unit | null } {
  const m = ENDS_IN_NUMBER.test(printed) ? null : UNIT_SUFFIX.exec(printed);
  if (m === null) return { core: printed, cellUnit: null };
  const unitText = m[1] ?? "";
  return {
    core: printed.slice(0, m.index),
    cellUnit: { multiplier: unitWordMultiplier(unitText), printed: unitText },
  };
}

function unitWordMultiplier(unitText: string): number {
  const lower = unitText.toLowerCase();
  if (lower.startsWith("mrd") || lower.startsWith("milliard")) return 1_000_000_000;
  if (lower.startsWith("mill")) return 1_000_000;
  return 1;
}

function parseNumber(core: string, printed: string, cellUnit: Unit | null): ParsedCell {
  if (ZERO_SYMBOL.test(core)) return { kind: "zero", printed };
  const m = NUMBER.exec(core);
  if (m === null) return { kind: "not_amount", printed };
  const [, sign, open, int = "", frac, , close] = m;
  const paren = open !== undefined;
  if (paren !== (close !== undefined) || (paren && sign !== undefined)) {
    return { kind: "not_amount", printed };
  }
  const digits = int.replace(/\D/g, "") + (frac === undefined ? "" : `.${frac}`);
  const magnitude = new Decimal(digits);
  if (magnitude.isZero()) return { kind: "zero", printed };
  const negative = paren || (sign !== undefined && sign !== "+");
  const value = negative ? magnitude.negated() : magnitude;
  return { kind: "amount", value, decimals: frac?.length ?? 0, printed, cellUnit };
}

/** A fragment that may be part of an amount whose digit groups were drawn apart:
 * `773`, `(24`, `248)`, `−1`, `1 203`, `,5`, `221,6`. Dots are not allowed (dates). */
const NUMERIC_FRAGMENT = new RegExp(
  `^\\(?[${SIGNS}]?(?:\\d+(?:${SEP}\\d+)*(?:,\\d*|,[-\u2013])?|,\\d+)\\)?$`,
);

export function looksNumeric(text: string): boolean {
  return NUMERIC_FRAGMENT.test(text.trim());
}

/**
 * Kroner for a parsed cell: the printed value × the cell's own unit, or else
 * × the table's unit. Zero cells give 0; blank and not_amount cells give null.
 * The result is not rounded (`1,2345` in a 1000-kr table gives 1234.5).
 */
export function cellToKroner(cell: ParsedCell, tableUnit: Unit): Decimal | null {
  switch (cell.kind) {
    case "amount":
      return cell.value.times((cell.cellUnit ?? tableUnit).multiplier);
    case "zero":
      return new Decimal(0);
    case "blank":
    case "not_amount":
      return null;
    default:
      return assertNever(cell);
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected cell ${JSON.stringify(x)}`);
}
