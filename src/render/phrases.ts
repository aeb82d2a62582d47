// The words of the real-terms tables and the lines under them, per language.
import type { ColumnKind, IndexStatus, SeriesId } from "../model/types.js";
import type { Lang } from "./format.js";

export interface TablePhrases {
  post: string;
  nominal: (year: number) => string;
  asPrinted: (year: number) => string;
  inPricesOf: (year: number, pricesOf: number) => string;
  realChangeKr: string;
  realChangePct: string;
  notApplicable: string;
  status: Record<IndexStatus, string>;
  kind: Record<ColumnKind, string>;
  priceIndex: string;
  columns: string;
  anslag: string;
  growth: (series: SeriesId) => string;
  fixedPrices: (fixedYear: number) => string;
  statedIn: (year: number, fixedYear: number, forRows: string) => string;
  onlyStep: (low: number, high: number, deflated: boolean) => string;
  noAdjustment: string;
  and: string;
  allKroner: string;
  /** The column of the page a row is printed on, and of its file when there are several. */
  page: string;
  file: string;
}

const kindNb: Record<ColumnKind, string> = {
  regnskap: "regnskap",
  vedtatt_budsjett: "vedtatt budsjett",
  justert_budsjett: "justert budsjett",
  budsjett_forslag: "budsjettforslag",
  okonomiplan: "økonomiplan",
};

const nb: TablePhrases = {
  post: "Post",
  nominal: (y) => `${y} nominelt`,
  asPrinted: (y) => `${y} som oppgitt`,
  inPricesOf: (y, p) => `${y} i ${p}-kroner`,
  realChangeKr: "Realendring kr",
  realChangePct: "Realendring %",
  notApplicable: "i.a.",
  status: { published: "publisert", derived: "beregnet", anslag: "anslag" },
  kind: kindNb,
  priceIndex: "Prisindeks",
  columns: "Kolonner",
  anslag: "anslag",
  growth: (s) => (s === "deflator" ? "pris- og lønnsvekst" : "prisvekst"),
  fixedPrices: (f) => `faste ${f}-priser`,
  statedIn: (y, f, rows) => `${y} er oppgitt i faste ${f}-priser${rows}`,
  onlyStep: (a, b, deflated) => `bare steget ${a}→${b} er ${deflated ? "deflatert" : "prisjustert"}`,
  noAdjustment: "ingen prisjustering",
  and: "og",
  allKroner: "Alle beløp i kroner.",
  page: "Side",
  file: "Fil",
};

const nn: TablePhrases = {
  ...nb,
  kind: { ...kindNb, vedtatt_budsjett: "vedteke budsjett" },
  columns: "Kolonnar",
  status: { published: "publisert", derived: "berekna", anslag: "anslag" },
  growth: (s) => (s === "deflator" ? "pris- og lønsvekst" : "prisvekst"),
  fixedPrices: (f) => `faste ${f}-prisar`,
  statedIn: (y, f, rows) => `${y} er oppgitt i faste ${f}-prisar${rows}`,
  onlyStep: (a, b, deflated) => `berre steget ${a}→${b} er ${deflated ? "deflatert" : "prisjustert"}`,
  noAdjustment: "inga prisjustering",
};

const en: TablePhrases = {
  post: "Item",
  nominal: (y) => `${y} nominal`,
  asPrinted: (y) => `${y} as printed`,
  inPricesOf: (y, p) => `${y} in ${p} kroner`,
  realChangeKr: "Real change NOK",
  realChangePct: "Real change %",
  notApplicable: "n/a",
  status: { published: "published", derived: "derived", anslag: "estimate" },
  kind: {
    regnskap: "accounts",
    vedtatt_budsjett: "adopted budget",
    justert_budsjett: "revised budget",
    budsjett_forslag: "proposed budget",
    okonomiplan: "financial plan",
  },
  priceIndex: "Price index",
  columns: "Columns",
  anslag: "estimate",
  growth: (s) => (s === "deflator" ? "price and wage growth" : "price growth"),
  fixedPrices: (f) => `fixed ${f} prices`,
  statedIn: (y, f, rows) => `${y} is stated in fixed ${f} prices${rows}`,
  onlyStep: (a, b, deflated) => `only the step ${a}→${b} is ${deflated ? "deflated" : "adjusted"}`,
  noAdjustment: "no price adjustment",
  and: "and",
  allKroner: "All amounts in NOK.",
  page: "Page",
  file: "File",
};

const byLang = { nb, nn, en } satisfies Record<Lang, TablePhrases>;

export function tablePhrases(lang: Lang): TablePhrases {
  return byLang[lang];
}

/** "A", "A og B", "A, B og C". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** The name of a deflator for a reader: "KPI", "KPI-JAE", "kommunal deflator". */
export function seriesShortName(series: SeriesId, name: string, lang: Lang): string {
  switch (series) {
    case "kpi":
      return lang === "en" ? "CPI" : "KPI";
    case "kpi-jae":
      return lang === "en" ? "CPI-ATE" : "KPI-JAE";
    case "deflator":
      return lang === "en" ? "municipal deflator" : "kommunal deflator";
    case "custom":
      return name;
    default: {
      const unreachable: never = series;
      return unreachable;
    }
  }
}
