// Finds the prices a table's figures are given in: "faste 2023-priser" (fixed)
// or "løpende priser"/"nominelle" (nominal).
import type { PriceBasis } from "../model/types.js";

/** Where a price-basis phrase was found, as [start, end) offsets into the text. */
export interface PriceBasisMatch {
  basis: PriceBasis;
  start: number;
  end: number;
}

const YEAR = "((?:19|20)\\d{2})(?!\\d)";
const PRICES = "(?:priser|prisar|kroner|kronar|kr|prisnivå)(?!\\p{L})";
const DASH = "[-\u2011\u2013]";

const FIXED = new RegExp(
  [
    // "faste priser (2023)", "faste priser 2023", "faste kroner (2024)"
    `faste\\s+(?:priser|prisar|kroner|kronar)\\s*(?:\\(\\s*${YEAR}\\s*\\)|${YEAR})`,
    // "faste 2023-priser", "faste 2023 priser", "Faste 2024-kroner", "faste 2023-prisar"
    `faste\\s+${YEAR}(?:${DASH}|\\s)?${PRICES}`,
    // "2023-priser", "2024-kroner", "2023-prisnivå"
    `(?<![\\p{L}\\p{N}])${YEAR}${DASH}${PRICES}`,
    // "prisnivå 2023"
    `prisnivå\\s+${YEAR}`,
  ]
    .map((alt) => `(?<!\\p{L})${alt}`)
    .join("|"),
  "giu",
);

const NOMINAL = new RegExp(
  "(?<!\\p{L})(?:løpende|løpande)\\s+(?:priser|prisar|kroner|kronar)(?!\\p{L})" +
    "|(?<!\\p{L})nominelle?(?:\\s+(?:priser|prisar|kroner|kronar|tall|beløp))?(?!\\p{L})",
  "giu",
);

/**
 * The price basis printed anywhere in a line (a unit line, a caption, a header).
 * A fixed-price phrase wins over a nominal one in the same line, since counting
 * inflation twice is the worse mistake. "faste priser" without a year gives null.
 */
export function detectPriceBasis(text: string): PriceBasis | null {
  return findPriceBasis(text)?.basis ?? null;
}

/** Like `detectPriceBasis`, with where the phrase is. */
export function findPriceBasis(text: string): PriceBasisMatch | null {
  const all = priceBasisMatches(text);
  return all.find((m) => m.basis.kind === "fixed") ?? all[0] ?? null;
}

/** Every price-basis phrase in the text, fixed ones first, each in text order. */
export function priceBasisMatches(text: string): PriceBasisMatch[] {
  const fixed = [...text.matchAll(FIXED)].map((m): PriceBasisMatch => {
    const year = Number(m.slice(1).find((g) => g !== undefined));
    const printed = m[0].trim();
    return { basis: { kind: "fixed", year, printed }, start: m.index, end: m.index + printed.length };
  });
  const nominal = [...text.matchAll(NOMINAL)].map(
    (m): PriceBasisMatch => ({ basis: { kind: "nominal" }, start: m.index, end: m.index + m[0].length }),
  );
  return [...fixed, ...nominal];
}
