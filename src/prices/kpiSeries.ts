// KPI (konsumprisindeksen). SSB moved KPI to 2025=100 in January 2026 and ended
// the 2015=100 tables at 2025, so a step is computed on 2015=100 while both
// years are 2025 or earlier, and on 2025=100 otherwise; the two are never mixed.
import type { IndexPoint, IndexSource } from "../model/types.js";
import { D, HUNDRED } from "./decimal.js";
import { PriceDataError } from "./errors.js";
import { SERIES_FILES } from "./parsePriceData.js";
import type { AnnualIndexRow, MonthlyIndexRow, PriceData } from "./priceData.js";
import { newestPeriod, type Assume, type IndexResult, type Period, type PriceSeries } from "./priceSeries.js";
import { indexStatus, sourceOf, sourceRefOf, ssbTable, uniqueSources, worst } from "./status.js";
import {
  checkYear,
  fullYearMean,
  monthsByYear,
  yearlyIndexFor,
  type Official,
  type YearlyIndex,
} from "./yearByYear.js";

export const KPI_OLD_BASE = "2015=100";
export const KPI_NEW_BASE = "2025=100";
/** The new reference year; the last year of the 2015=100 series, and the link between them. */
const REFERENCE_YEAR = 2025;
const OLD_ANNUAL = "SSB table 03014";
const OLD_MONTHLY = "SSB table 03013";
const NEW_TABLE = "SSB table 14700";
const NEW_ANNUAL = "SSB table 14701";

interface KpiTables {
  dir: string;
  firstYear: number;
  annual2015: ReadonlyMap<number, AnnualIndexRow>;
  months2015: ReadonlyMap<number, readonly MonthlyIndexRow[]>;
  annual2025: ReadonlyMap<number, AnnualIndexRow>;
  /** Months on 2025=100, by year. */
  months2025: ReadonlyMap<number, readonly MonthlyIndexRow[]>;
}

export function kpiSeries(data: PriceData): PriceSeries {
  const t = kpiTables(data);
  const newBase: YearlyIndex = {
    name: "KPI",
    base: KPI_NEW_BASE,
    firstYear: t.firstYear,
    official: (year) => newBaseOfficial(t, year),
    months: (year) => t.months2025.get(year) ?? [],
    monthsSource: (months) => monthsSource(months, NEW_TABLE),
    monthsSources: (months) => monthsSources(months, NEW_TABLE),
    forecasts: data.forecasts.filter((f) => f.series === "kpi"),
    carryForward: true,
  };
  return {
    id: "kpi",
    name: "KPI",
    baseFor: (fromYear, toYear) =>
      fromYear <= REFERENCE_YEAR && toYear <= REFERENCE_YEAR ? KPI_OLD_BASE : KPI_NEW_BASE,
    indexFor: (year, base, assume) => kpiIndex(t, newBase, year, base, assume),
    hasFigure: (year) => hasFigure(t, year),
    latest: latestPeriod(data),
    notices: [],
  };
}

function kpiTables(data: PriceData): KpiTables {
  const annual2015 = new Map(data.kpiAnnual2015.map((row) => [row.year, row]));
  if (!annual2015.has(REFERENCE_YEAR)) {
    throw new PriceDataError(
      `${SERIES_FILES.kpiAnnual2015} in ${data.dir} has no ${REFERENCE_YEAR} figure, which links ` +
        `${KPI_OLD_BASE} to ${KPI_NEW_BASE}. Restore the file from the bop-real package.`,
    );
  }
  return {
    dir: data.dir,
    firstYear: Math.min(...annual2015.keys()),
    annual2015,
    months2015: monthsByYear(data.kpiMonthly2015),
    annual2025: new Map(data.kpiAnnual2025.map((row) => [row.year, row])),
    months2025: monthsByYear(data.kpiMonthly2025),
  };
}

function kpiIndex(t: KpiTables, newBase: YearlyIndex, year: number, base: string, assume: Assume): IndexResult {
  if (base === KPI_NEW_BASE) return yearlyIndexFor(newBase, year, assume);
  if (base !== KPI_OLD_BASE) {
    throw new PriceDataError(`KPI has no base "${base}"; it is published on ${KPI_OLD_BASE} and ${KPI_NEW_BASE}.`);
  }
  checkYear("KPI", t.firstYear, year);
  const own = oldPointOrThrow(t, year);
  return { point: own.point, points: own.points, assumptions: own.assumptions ?? [], warnings: [] };
}

/** A figure of its own on either base (years before the series have none). */
function hasFigure(t: KpiTables, year: number): boolean {
  if (year < t.firstYear) return false;
  const own = oldPoint(t, year) ?? newBaseOfficial(t, year);
  return own !== null && own.point.status !== "anslag";
}

/** On 2025=100: a published annual figure, the mean of 12 months, the reference year, or a link. */
function newBaseOfficial(t: KpiTables, year: number): Official | null {
  const annual = t.annual2025.get(year);
  if (annual) return annualOfficial(annual, KPI_NEW_BASE, NEW_ANNUAL);
  const months = t.months2025.get(year) ?? [];
  const full = fullYearMean(months, KPI_NEW_BASE, monthsSource(months, NEW_TABLE), monthsStatus(months), monthsSources(months, NEW_TABLE));
  if (full) return full;
  if (year === REFERENCE_YEAR) return referenceYear();
  return year < REFERENCE_YEAR ? linked(t, year) : null;
}

function referenceYear(): Official {
  const point: IndexPoint = {
    year: REFERENCE_YEAR,
    value: new D(100),
    base: KPI_NEW_BASE,
    status: "derived",
    source: `${NEW_TABLE}/14701`,
    note: `reference year ${KPI_NEW_BASE}`,
    method: { kind: "reference" },
    sources: [ssbTable("14700")],
  };
  return { point, points: [point] };
}

/** KPI(2025=100) = KPI(2015=100) × 100 / KPI2015(2025), as SSB's note on the new base says. */
function linked(t: KpiTables, year: number): Official {
  const old = oldPointOrThrow(t, year);
  const link = oldPointOrThrow(t, REFERENCE_YEAR);
  const point: IndexPoint = {
    year,
    value: new D(old.point.value).times(HUNDRED).div(link.point.value),
    base: KPI_NEW_BASE,
    status: worst("derived", old.point.status, link.point.status),
    source: `${OLD_ANNUAL} (${KPI_OLD_BASE}), linked to ${KPI_NEW_BASE}`,
    note:
      `linked: ${old.point.value.toString()} (${KPI_OLD_BASE}) × 100 / ${link.point.value.toString()} ` +
      `(${REFERENCE_YEAR} on ${KPI_OLD_BASE}, ${link.point.status})`,
    method: { kind: "linked", value: old.point.value, link: link.point.value, fromBase: KPI_OLD_BASE },
    sources: uniqueSources([...(old.point.sources ?? []), ...(link.point.sources ?? [])]),
  };
  return {
    point,
    points: [old.point, link.point, point],
    assumptions: [...(old.assumptions ?? []), ...(link.assumptions ?? [])],
  };
}

function oldPointOrThrow(t: KpiTables, year: number): Official {
  const found = oldPoint(t, year);
  if (found) return found;
  if (year > REFERENCE_YEAR) {
    throw new PriceDataError(`KPI on ${KPI_OLD_BASE} ends in ${REFERENCE_YEAR}; ${year} exists only on ${KPI_NEW_BASE}.`);
  }
  throw new PriceDataError(
    `${SERIES_FILES.kpiAnnual2015} in ${t.dir} has no KPI figure for ${year} on ${KPI_OLD_BASE}. ` +
      `Restore the file from the bop-real package, or add the year.`,
  );
}

/**
 * On 2015=100: a published annual figure first, then the mean of 12 imported
 * months (table 03013), then a derived annual figure (2025: 137.7).
 */
function oldPoint(t: KpiTables, year: number): Official | null {
  if (year > REFERENCE_YEAR) return null;
  const row = t.annual2015.get(year);
  if (row?.status === "published") return annualOfficial(row, KPI_OLD_BASE, OLD_ANNUAL);
  const months = t.months2015.get(year) ?? [];
  const full = fullYearMean(months, KPI_OLD_BASE, monthsSource(months, OLD_MONTHLY), monthsStatus(months), monthsSources(months, OLD_MONTHLY));
  if (full) return full;
  return row ? annualOfficial(row, KPI_OLD_BASE, OLD_ANNUAL) : null;
}

/**
 * An annual row as a point; an `estimate` row is an anslag and says so as an
 * assumption. An embedded figure that is not published as such (derived by the
 * maintainers) names data/series/README.md, where its derivation is written down.
 */
export function annualOfficial(row: AnnualIndexRow, base: string, table: string): Official {
  const status = indexStatus(row.status);
  const evidence = row.origin === undefined && row.source !== "" ? `sources ${row.source} (data/series/README.md)` : "";
  const note = [row.note, evidence].filter((s) => s !== "").join("; ");
  const embedded: IndexSource =
    status === "published" ? tableSource(table) : { kind: "named", name: "data/series/README.md" };
  const sources = [sourceRefOf(row, embedded)];
  const point: IndexPoint = {
    year: row.year,
    value: row.value,
    base,
    status,
    source: sourceOf(row, table),
    ...(note ? { note } : {}),
    method: { kind: "annual" },
    sources,
  };
  const assumptions =
    status === "anslag" ? [{ year: row.year, growthPercent: null, method: "forecast" as const, source: point.source, sources }] : [];
  return { point, points: [point], assumptions };
}

/** "SSB table 03014" as facts. */
export function tableSource(table: string): IndexSource {
  const id = /^SSB table (\d+)/.exec(table)?.[1];
  return id === undefined ? { kind: "named", name: table } : ssbTable(id);
}

function monthsSources(months: readonly MonthlyIndexRow[], table: string): IndexSource[] {
  const sources = uniqueSources(months.map((m) => sourceRefOf(m, tableSource(table))));
  return sources.length === 0 ? [tableSource(table)] : sources;
}

function monthsSource(months: readonly MonthlyIndexRow[], table: string): string {
  const sources = [...new Set(months.map((m) => sourceOf(m, table)))];
  return sources.length === 0 ? table : sources.join("; ");
}

function monthsStatus(months: readonly MonthlyIndexRow[]): IndexPoint["status"] {
  return worst("derived", ...months.map((m) => indexStatus(m.status)));
}

/** The newest period with a KPI figure of any kind, for the stale-data warning. */
function latestPeriod(data: PriceData): Period | null {
  return newestPeriod([
    ...data.kpiAnnual2015.map((r) => ({ year: r.year })),
    ...data.kpiAnnual2025.map((r) => ({ year: r.year })),
    ...data.kpiMonthly2015.map((r) => ({ year: r.year, month: r.month })),
    ...data.kpiMonthly2025.map((r) => ({ year: r.year, month: r.month })),
  ]);
}
