// Number formatting for every renderer. The model holds full-precision Decimals;
// this is the one place they are rounded (half up, i.e. away from zero on .5).
import { Decimal } from "decimal.js";

export const langs = ["nb", "nn", "en"] as const;
export type Lang = (typeof langs)[number];

/** Rounds to `places` decimals, half up, and never yields a negative zero. */
export function roundHalfUp(value: Decimal, places: number): Decimal {
  const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? new Decimal(0) : rounded;
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Formats a fixed-point string ("-1234.5") with a thousands separator and decimal mark. */
function localise(fixed: string, lang: Lang): string {
  const negative = fixed.startsWith("-");
  const [whole = "", fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const thousands = lang === "en" ? "," : " ";
  const decimalMark = lang === "en" ? "." : ",";
  const body = groupThousands(whole, thousands) + (fraction === undefined ? "" : decimalMark + fraction);
  return (negative ? "-" : "") + body;
}

/** Whole kroner: "221 588 000", "-11 099 704" (en: "221,588,000"). Minus is a plain hyphen. */
export function formatKroner(value: Decimal, lang: Lang = "nb"): string {
  return localise(roundHalfUp(value, 0).toFixed(0), lang);
}

/** A per-cent figure to one decimal: "-5,0 %" (en: "-5.0%"). `value` is in per cent. */
export function formatPercent(value: Decimal, lang: Lang = "nb"): string {
  const number = localise(roundHalfUp(value, 1).toFixed(1), lang);
  return lang === "en" ? `${number}%` : `${number} %`;
}

/** An index figure as used, to at most four decimals: "122,8", "89,1583". */
export function formatIndex(value: Decimal, lang: Lang = "nb"): string {
  const fixed = roundHalfUp(value, 4).toFixed();
  return lang === "en" ? fixed : fixed.replace(".", ",");
}

/** Whole kroner for CSV: "221588000", "-11099704". */
export function csvKroner(value: Decimal | null): string {
  return value === null ? "" : roundHalfUp(value, 0).toFixed(0);
}

/** Per cent for CSV, one decimal with a decimal point: "-5.0". */
export function csvPercent(value: Decimal | null): string {
  return value === null ? "" : roundHalfUp(value, 1).toFixed(1);
}

/** Full precision, never in exponent notation, for JSON. */
export function decimalString(value: Decimal): string {
  return value.isZero() ? "0" : value.toFixed();
}
