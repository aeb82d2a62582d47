import { detectPriceBasis } from "../amounts/index.js";
import type { PriceBasis } from "../model/types.js";
import type { Line } from "./types.js";

export interface PriceBasisStatement {
  basis: Extract<PriceBasis, { kind: "fixed" }>;
  page: number;
  sentence: string;
}

/** The sentence must be about how the document's figures are shown, not about a plan or a price level in general. */
// \b knows only ASCII letters: "Økonomiplanen" needs Unicode-aware edges.
const ABOUT_FIGURES = /(?<![\p{L}\d])(tallene|talla|tall|beløpene|beløpa|beløp|rammene|tabellene|økonomiplan\p{L}*)(?![\p{L}\d])/iu;
const SHOWN = /\b(vist|visast|oppgitt|oppgjeve|angitt|presentert|gjengitt|ført opp|uttrykt|er i|står i|blir vist)\b/i;
const FIXED = /\bfaste\b/i;

/**
 * Many documents say once, in the text, that the plan years are in fixed
 * prices ("Tallene i økonomiplanperioden er vist i faste 2023-priser") and not
 * in each table. Reading those tables as nominal would deflate 2023–2026 again
 * and can turn a real increase into a cut, so the statement is found here.
 */
export function findPriceBasisStatement(pages: Line[][]): PriceBasisStatement | null {
  for (const lines of pages) {
    // Running headers carry no full stop: a line break before a capital also ends a sentence.
    const text = lines.map((l) => l.text.replace(/\s+/g, " ")).join("\n");
    for (const raw of text.split(/(?<=[.!?])\s+(?=\p{Lu})|\n(?=\p{Lu})/u)) {
      const sentence = raw.replace(/\s+/g, " ");
      if (sentence.length > 300 || !ABOUT_FIGURES.test(sentence) || !SHOWN.test(sentence) || !FIXED.test(sentence)) continue;
      // "Tallene i tabell 3.4 er i faste 2024-priser" is about one table, which says so itself.
      if (/\btab(ell|\.)\s*\d/i.test(sentence)) continue;
      const basis = detectPriceBasis(sentence);
      if (basis?.kind === "fixed") return { basis, page: lines[0]?.page ?? 0, sentence: sentence.trim() };
    }
  }
  return null;
}
