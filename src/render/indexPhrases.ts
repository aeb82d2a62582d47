// The words for the index figures under a real-terms table, per language: how
// each figure was arrived at and where it was published, from the price stage's
// facts (IndexMethod, IndexSource), never from its English source strings.
import type { Decimal } from "decimal.js";
import type { AssumptionMethod, IndexSource } from "../model/types.js";
import type { Lang } from "./format.js";

export interface IndexPhrases {
  heading: (series: string, base: string) => string;
  months: readonly string[];
  /** "snitt av 12 måneder" (the whole year). */
  wholeYear: string;
  /** "snitt av januar–august 2026", or "januar 2026" for one month. */
  monthsMean: (first: string, last: string, year: number, count: number) => string;
  reference: string;
  /** "129,6 × 100 / 137,7 fra 2015=100". */
  linked: (value: string, link: string, fromBase: string) => string;
  /** "kjedet fra 2018=100 med veksten for 2019–2040", for a chain too long to write out. */
  longChain: (base: string, first: number, last: number) => string;
  assumed: Record<Exclude<AssumptionMethod, "months_mean" | "carried_forward">, string>;
  carried: (year: number) => string;
  ssbTable: (table: string) => string;
  imported: (file: string) => string;
  unrounded: string;
  footnote: (growth: string, years: string) => string;
}

const MONTHS_NO = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

const nb: IndexPhrases = {
  heading: (s, b) => `Prisindeks (${s}, ${b}):`,
  months: MONTHS_NO,
  wholeYear: "snitt av 12 måneder",
  monthsMean: (f, l, y, n) => (n === 1 ? `${f} ${y}` : `snitt av ${f}–${l} ${y}`),
  reference: "basisår",
  linked: (v, l, b) => `${v} × 100 / ${l} fra ${b}`,
  longChain: (b, f, l) => `kjedet fra ${b} med veksten for ${f}–${l}`,
  assumed: { forecast: "prognose", user: "oppgitt med" },
  carried: (y) => `veksten for ${y} videreført`,
  ssbTable: (t) => `SSB-tabell ${t}`,
  imported: (f) => `importert fra ${f}`,
  unrounded: "Regnet med uavrundede indekstall.",
  footnote: (g, y) => `bygger på anslått ${g} for ${y}; se prisindeksen under.`,
};

const nn: IndexPhrases = {
  ...nb,
  wholeYear: "snitt av 12 månader",
  linked: (v, l, b) => `${v} × 100 / ${l} frå ${b}`,
  longChain: (b, f, l) => `kjeda frå ${b} med veksten for ${f}–${l}`,
  carried: (y) => `veksten for ${y} vidareført`,
  imported: (f) => `importert frå ${f}`,
  unrounded: "Rekna med uavrunda indekstal.",
  footnote: (g, y) => `byggjer på anslått ${g} for ${y}; sjå prisindeksen under.`,
};

const en: IndexPhrases = {
  heading: (s, b) => `Price index (${s}, ${b}):`,
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  wholeYear: "mean of 12 months",
  monthsMean: (f, l, y, n) => (n === 1 ? `${f} ${y}` : `mean of ${f}–${l} ${y}`),
  reference: "base year",
  linked: (v, l, b) => `${v} × 100 / ${l} from ${b}`,
  longChain: (b, f, l) => `chained from ${b} with the growth of ${f}–${l}`,
  assumed: { forecast: "forecast", user: "given with" },
  carried: (y) => `growth of ${y} carried forward`,
  ssbTable: (t) => `SSB table ${t}`,
  imported: (f) => `imported from ${f}`,
  unrounded: "Computed with the unrounded index figures.",
  footnote: (g, y) => `rests on estimated ${g} for ${y}; see the price index below.`,
};

const byLang = { nb, nn, en } satisfies Record<Lang, IndexPhrases>;

export function indexPhrases(lang: Lang): IndexPhrases {
  return byLang[lang];
}

/** "SSB-tabell 14700", "Finansdepartementet (…)", "--assume 2026=3"; with the import it came from. */
export function sourceText(source: IndexSource, lang: Lang): string {
  const p = byLang[lang];
  switch (source.kind) {
    case "ssb":
      return withImport(p.ssbTable(source.table), source.importedFrom, p);
    case "named":
      return withImport(source.name, source.importedFrom, p);
    case "user":
      return source.flag;
    default: {
      const unreachable: never = source;
      return unreachable;
    }
  }
}

function withImport(text: string, file: string | undefined, p: IndexPhrases): string {
  return file === undefined ? text : `${text}, ${p.imported(file)}`;
}

/** A rate as published, at least one decimal: "3,5" (en "3.5"). */
export function rateNumber(percent: Decimal, lang: Lang): string {
  const fixed = percent.decimalPlaces() === 0 ? percent.toFixed(1) : percent.toFixed();
  return lang === "en" ? fixed : fixed.replace(".", ",");
}

/** A growth factor written out, "1,032" for 3.2 % and "1,010" for 1.0 %: what a reader multiplies by. */
export function factorNumber(percent: Decimal, lang: Lang): string {
  const fixed = percent.div(100).plus(1).toFixed(Math.max(percent.decimalPlaces(), 1) + 2);
  return lang === "en" ? fixed : fixed.replace(".", ",");
}
