// KPI-JAE (KPI adjusted for tax changes and excluding energy products), on 2015=100.
// The embedded annual figures are means of SSB's months (table 05327), marked derived;
// 2025 has January–July only, so its mean is an anslag; later years grow by the forecasts.
import type { IndexPoint, IndexSource } from "../model/types.js";
import { annualOfficial } from "./kpiSeries.js";
import type { AnnualIndexRow, MonthlyIndexRow, PriceData } from "./priceData.js";
import { newestPeriod, type PriceSeries } from "./priceSeries.js";
import { indexStatus, sourceOf, sourceRefOf, ssbTable, uniqueSources, worst } from "./status.js";
import { fullYearMean, monthsByYear, yearlyIndexFor, type Official, type YearlyIndex } from "./yearByYear.js";
import { PriceDataError } from "./errors.js";

export const KPI_JAE_BASE = "2015=100";
const MONTHLY = "SSB table 05327";
const ANNUAL = "SSB table 05335";

export function kpiJaeSeries(data: PriceData): PriceSeries {
  const annual = new Map(data.kpiJaeAnnual2015.map((row) => [row.year, row]));
  const months = monthsByYear(data.kpiJaeMonthly2015);
  const years = [...annual.keys(), ...months.keys()];
  if (years.length === 0) {
    throw new PriceDataError(`There are no KPI-JAE figures in ${data.dir}. Restore the files from the bop-real package.`);
  }
  const index: YearlyIndex = {
    name: "KPI-JAE",
    base: KPI_JAE_BASE,
    firstYear: Math.min(...years),
    official: (year) => official(annual.get(year), months.get(year) ?? []),
    months: (year) => months.get(year) ?? [],
    monthsSource: (rows) => monthsSource(rows),
    monthsSources: (rows) => monthsSources(rows),
    forecasts: data.forecasts.filter((f) => f.series === "kpi-jae"),
    carryForward: true,
  };
  return {
    id: "kpi-jae",
    name: "KPI-JAE",
    baseFor: () => KPI_JAE_BASE,
    indexFor: (year, _base, assume) => yearlyIndexFor(index, year, assume),
    hasFigure: (year) => {
      const own = index.official(year);
      return own !== null && own.point.status !== "anslag";
    },
    latest: newestPeriod([
      ...data.kpiJaeAnnual2015.map((r) => ({ year: r.year })),
      ...data.kpiJaeMonthly2015.map((r) => ({ year: r.year, month: r.month })),
    ]),
    notices: [],
  };
}

/**
 * A published annual figure (table 05335) first; then the mean of 12 months;
 * then an annual figure computed elsewhere (the embedded means, marked derived).
 */
function official(row: AnnualIndexRow | undefined, months: readonly MonthlyIndexRow[]): Official | null {
  if (row?.status === "published") return annualOfficial(row, KPI_JAE_BASE, ANNUAL);
  const status = worst("derived", ...months.map((m) => indexStatus(m.status)));
  const full = fullYearMean(months, KPI_JAE_BASE, monthsSource(months), status, monthsSources(months));
  if (full) return full;
  return row ? derivedAnnual(row) : null;
}

/**
 * The embedded rows say how they were computed in their source column: the
 * mean of the year's twelve months of table 05327 (an estimate row, of fewer).
 */
function derivedAnnual(row: AnnualIndexRow): Official {
  const own = annualOfficial(row, KPI_JAE_BASE, MONTHLY);
  if (row.origin !== undefined) return own;
  const sources = [ssbTable("05327")];
  const method = /mean of/.test(row.source) && own.point.status === "derived"
    ? { kind: "months_mean" as const, firstMonth: 1, lastMonth: 12, count: 12 }
    : own.point.method;
  const point: IndexPoint = { ...own.point, note: row.note || row.source, sources, ...(method ? { method } : {}) };
  const assumptions = (own.assumptions ?? []).map((a) => ({ ...a, sources }));
  return { point, points: [point], assumptions };
}

function monthsSources(months: readonly MonthlyIndexRow[]): IndexSource[] {
  const sources = uniqueSources(months.map((m) => sourceRefOf(m, ssbTable("05327"))));
  return sources.length === 0 ? [ssbTable("05327")] : sources;
}

function monthsSource(months: readonly MonthlyIndexRow[]): string {
  const sources = [...new Set(months.map((m) => sourceOf(m, MONTHLY)))];
  return sources.length === 0 ? MONTHLY : sources.join("; ");
}
