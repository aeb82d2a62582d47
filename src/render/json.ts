// JSON for the real-terms report. Money, factors and index figures are decimal
// strings, never JS numbers; years, pages and flags are plain JSON values.
import type { Decimal } from "decimal.js";
import type {
  AmountValue, Assumption, IndexPoint, IndexStatus, PriceBasis, PriceStep, Provenance, RealTermsReport, RealTermsRow, Warning,
} from "../model/types.js";
import { csvKroner, csvPercent, decimalString } from "./format.js";
import { usedIndexPoints } from "./notes.js";
import { realTermsViewRow } from "./realTermsView.js";

const orNull = (value: Decimal | null): string | null => (value === null ? null : decimalString(value));

/** The printed phrase of a fixed price basis ("faste 2023-priser"), null for nominal. */
export function basisJson(basis: PriceBasis): string | null {
  return basis.kind === "fixed" ? basis.printed : null;
}

export function warningJson(w: Warning): Record<string, unknown> {
  return { code: w.code, message: w.message, file: w.file ?? null, page: w.page ?? null, table: w.table ?? null, table_id: w.tableId ?? null, text: w.text ?? null };
}

function provenanceJson(p: Provenance, tableId: string): Record<string, unknown> {
  const pageLabel = p.pageLabel === undefined ? {} : { page_label: p.pageLabel };
  return { file: p.file, page: p.page, ...pageLabel, table_id: tableId, table_title: p.tableTitle };
}

function valueJson(v: AmountValue, priceYear: number): Record<string, unknown> {
  return {
    year: v.year, column: v.column, kind: v.kind, amount_nok: orNull(v.amountNok), printed: v.printed,
    blank: v.blank, price_basis: basisJson(v.priceBasis), price_year: priceYear,
  };
}

function pointJson(p: IndexPoint): Record<string, unknown> {
  return { year: p.year, base: p.base, value: decimalString(p.value), status: p.status, source: p.source, note: p.note ?? null };
}

function stepJson(s: PriceStep): Record<string, unknown> {
  return {
    from_year: s.fromYear, to_year: s.toYear, factor: decimalString(s.factor), base: s.base,
    from_index: pointJson(s.fromPoint), to_index: pointJson(s.toPoint),
  };
}

function assumptionJson(a: Assumption): Record<string, unknown> {
  return { year: a.year, growth_percent: orNull(a.growthPercent), method: a.method, source: a.source };
}

/** The figures as the table and CSV print them, so a reader can match them exactly. */
function roundedJson(row: RealTermsRow): Record<string, string | null> {
  const kr = (d: Decimal) => csvKroner(d);
  const pct = (d: Decimal | null) => (d === null ? null : csvPercent(d));
  return {
    from_in_prices_of: kr(row.fromInPricesOf), to_in_prices_of: kr(row.toInPricesOf),
    nominal_change: kr(row.nominalChange), nominal_change_pct: pct(row.nominalChangePct),
    real_change: kr(row.realChange), real_change_pct: pct(row.realChangePct),
  };
}

const anslagKeys = { fromInPricesOf: "from_in_prices_of", toInPricesOf: "to_in_prices_of", realChange: "real_change", realChangePct: "real_change_pct" } as const;

function anslagFigures(row: RealTermsRow): string[] {
  const view = realTermsViewRow(row);
  return Object.entries(anslagKeys).filter(([key]) => view[key as keyof typeof anslagKeys].anslag).map(([, name]) => name);
}

const STATUS_ORDER: readonly IndexStatus[] = ["published", "derived", "anslag"];

/** The least sure status among the index figures a row used ("anslag" beats "derived"), null without any. */
function indexStatus(row: RealTermsRow): IndexStatus | null {
  const used = new Set(row.steps.flatMap((s) => [s.fromPoint.status, s.toPoint.status]));
  return [...STATUS_ORDER].reverse().find((s) => used.has(s)) ?? null;
}

function rowJson(row: RealTermsRow): Record<string, unknown> {
  const { item } = row;
  return {
    label: item.label, label_base: item.labelBase, code: item.code, role: item.role,
    provenance: provenanceJson(item.provenance, item.tableId), printed_row: item.printedRow,
    unit_multiplier: item.unit.multiplier, unit_text: item.unit.printed,
    from: valueJson(row.from, row.fromPriceYear), to: valueJson(row.to, row.toPriceYear),
    prices_of: row.pricesOf,
    from_in_prices_of: decimalString(row.fromInPricesOf), to_in_prices_of: decimalString(row.toInPricesOf),
    nominal_change: decimalString(row.nominalChange), nominal_change_pct: orNull(row.nominalChangePct),
    real_change: decimalString(row.realChange), real_change_pct: orNull(row.realChangePct),
    rounded: roundedJson(row), steps: row.steps.map(stepJson),
    index_status: indexStatus(row),
    anslag: row.anslag || anslagFigures(row).length > 0, anslag_figures: anslagFigures(row), flags: row.flags,
  };
}

export function realTermsToJson(report: RealTermsReport): string {
  const out = {
    from_year: report.fromYear, to_year: report.toYear, prices_of: report.pricesOf,
    series: { id: report.seriesId, name: report.seriesName },
    rows: report.rows.map(rowJson),
    index_points: usedIndexPoints(report).map(pointJson),
    assumptions: report.assumptions.map(assumptionJson),
    warnings: report.warnings.map(warningJson),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
