// The shape every real-terms renderer shares: which columns to show, what each
// cell holds, and which figures depend on an anslag index.
import type { Decimal } from "decimal.js";
import type { PriceStep, RealTermsReport, RealTermsRow } from "../model/types.js";
import { tablePhrases } from "./phrases.js";
import { formatKroner, formatPercent, type Lang } from "./format.js";

export type FigureKey =
  | "fromNominal"
  | "toNominal"
  | "fromInPricesOf"
  | "toInPricesOf"
  | "realChange"
  | "realChangePct";

export interface ViewColumn {
  key: FigureKey;
  header: string;
}

export interface ViewCell {
  value: Decimal | null;
  percent: boolean;
  anslag: boolean;
}

export type ViewRow = Record<FigureKey, ViewCell>;

/** The steps that move one side's figure from its own price year into `row.pricesOf`. */
export function stepsForSide(row: RealTermsRow, priceYear: number): PriceStep[] {
  if (priceYear === row.pricesOf) return [];
  const low = Math.min(priceYear, row.pricesOf);
  const high = Math.max(priceYear, row.pricesOf);
  return row.steps.filter(
    (s) => Math.min(s.fromYear, s.toYear) >= low && Math.max(s.fromYear, s.toYear) <= high,
  );
}

function usesAnslag(steps: readonly PriceStep[]): boolean {
  return steps.some((s) => s.fromPoint.status === "anslag" || s.toPoint.status === "anslag");
}

/** Which converted figures of a row depend on an anslag index figure. */
export function anslagSides(row: RealTermsRow): { from: boolean; to: boolean } {
  const from = usesAnslag(stepsForSide(row, row.fromPriceYear));
  const to = usesAnslag(stepsForSide(row, row.toPriceYear));
  if (from || to || !row.anslag) return { from, to };
  // The row says anslag but the steps do not show where: mark every converted figure.
  return { from: row.fromPriceYear !== row.pricesOf, to: row.toPriceYear !== row.pricesOf };
}

function fromDiffers(row: RealTermsRow): boolean {
  return row.from.amountNok === null || !row.fromInPricesOf.equals(row.from.amountNok);
}

export function realTermsColumns(report: RealTermsReport, lang: Lang): ViewColumn[] {
  const p = tablePhrases(lang);
  const fixed = (side: "from" | "to") => report.rows.some((r) => r[side].priceBasis.kind === "fixed");
  const printed = (side: "from" | "to", year: number) => (fixed(side) ? p.asPrinted(year) : p.nominal(year));
  const showFrom = report.pricesOf !== report.fromYear || report.rows.some(fromDiffers);
  const columns: ViewColumn[] = [
    { key: "fromNominal", header: printed("from", report.fromYear) },
    { key: "toNominal", header: printed("to", report.toYear) },
  ];
  if (showFrom) columns.push({ key: "fromInPricesOf", header: p.inPricesOf(report.fromYear, report.pricesOf) });
  columns.push(
    { key: "toInPricesOf", header: p.inPricesOf(report.toYear, report.pricesOf) },
    { key: "realChange", header: p.realChangeKr },
    { key: "realChangePct", header: p.realChangePct },
  );
  return columns;
}

export function realTermsViewRow(row: RealTermsRow): ViewRow {
  const sides = anslagSides(row);
  const real = row.anslag || sides.from || sides.to;
  const kr = (value: Decimal | null, anslag: boolean): ViewCell => ({ value, percent: false, anslag });
  return {
    fromNominal: kr(row.from.amountNok, false),
    toNominal: kr(row.to.amountNok, false),
    fromInPricesOf: kr(row.fromInPricesOf, sides.from),
    toInPricesOf: kr(row.toInPricesOf, sides.to),
    realChange: kr(row.realChange, real),
    realChangePct: { value: row.realChangePct, percent: true, anslag: real },
  };
}

/** Where a row is printed: its page, and its file when the rows come from several. */
export interface ProvenanceColumns {
  headers: string[];
  cells: (row: RealTermsRow) => string[];
}

/** "Side" always, "Fil" (the file's base name) too when the rows come from more than one file. */
export function provenanceColumns(report: RealTermsReport, lang: Lang): ProvenanceColumns {
  const p = tablePhrases(lang);
  const files = new Set(report.rows.map((r) => r.item.provenance.file));
  const page = (row: RealTermsRow) => String(row.item.provenance.page);
  if (files.size <= 1) return { headers: [p.page], cells: (row) => [page(row)] };
  return { headers: [p.file, p.page], cells: (row) => [baseName(row.item.provenance.file), page(row)] };
}

/** The file name without its folders, as a reader names the file. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** True when any figure in the report is marked anslag. */
export function reportHasAnslag(report: RealTermsReport): boolean {
  return report.rows.some((r) => Object.values(realTermsViewRow(r)).some((c) => c.anslag));
}

/** A cell as a person reads it: Norwegian digits, "i.a." for no per cent, " *" for anslag. */
export function humanCellText(cell: ViewCell, lang: Lang): string {
  const p = tablePhrases(lang);
  let text: string;
  if (cell.value === null) text = cell.percent ? p.notApplicable : "";
  else text = cell.percent ? formatPercent(cell.value, lang) : formatKroner(cell.value, lang);
  return cell.anslag ? `${text} *` : text;
}
