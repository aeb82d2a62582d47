// KPI (konsumprisindeksen). SSB moved KPI to 2025=100 in January 2026 and ended
// the 2015=100 tables at 2025, so a step is computed on 2015=100 while both
// years are 2025 or earlier, and on 2025=100 otherwise; the two are never mixed.
import type { Decimal } from "decimal.js";
import type { Assumption, IndexPoint, IndexStatus, Warning } from "../model/types.js";
import { D, HUNDRED, growBy, mean } from "./decimal.js";
import { PriceDataError } from "./errors.js";
import { SERIES_FILES } from "./parsePriceData.js";
import type { AnnualIndexRow, DataStatus, ForecastRow, MonthlyIndexRow, PriceData } from "./priceData.js";
import type { Assume, IndexResult, PriceSeries } from "./priceSeries.js";

export const KPI_OLD_BASE = "2015=100";
export const KPI_NEW_BASE = "2025=100";
/** The new reference year; the last year of the 2015=100 series, and the link between them. */
const REFERENCE_YEAR = 2025;
const NEW_TABLE = "SSB table 14700";

interface KpiTables {
  dir: string;
  firstYear: number;
  annual: ReadonlyMap<number, AnnualIndexRow>;
  /** Months on 2025=100, by year. */
  months: ReadonlyMap<number, readonly MonthlyIndexRow[]>;
  forecasts: readonly ForecastRow[];
}

export function kpiSeries(data: PriceData): PriceSeries {
  const tables = kpiTables(data);
  return {
    id: "kpi",
    name: "KPI",
    baseFor: (fromYear, toYear) =>
      fromYear <= REFERENCE_YEAR && toYear <= REFERENCE_YEAR ? KPI_OLD_BASE : KPI_NEW_BASE,
    indexFor: (year, base, assume) => kpiIndex(tables, year, base, assume),
  };
}

function kpiTables(data: PriceData): KpiTables {
  const annual = new Map(data.kpiAnnual2015.map((row) => [row.year, row]));
  if (!annual.has(REFERENCE_YEAR)) {
    throw new PriceDataError(
      `${SERIES_FILES.kpiAnnual2015} in ${data.dir} has no ${REFERENCE_YEAR} figure, which links ` +
        `${KPI_OLD_BASE} to ${KPI_NEW_BASE}. Restore the file from the bop-real package.`,
    );
  }
  const months = new Map<number, MonthlyIndexRow[]>();
  for (const row of data.kpiMonthly2025) months.set(row.year, [...(months.get(row.year) ?? []), row]);
  return {
    dir: data.dir,
    firstYear: Math.min(...annual.keys()),
    annual,
    months,
    forecasts: data.forecasts.filter((f) => f.series === "kpi"),
  };
}

function kpiIndex(t: KpiTables, year: number, base: string, assume: Assume): IndexResult {
  if (!Number.isInteger(year)) throw new PriceDataError(`${year} is not a year. Give a whole year such as 2024.`);
  if (year < t.firstYear) {
    throw new PriceDataError(
      `KPI starts in ${t.firstYear}; there is no index for ${year}. Choose years from ${t.firstYear} on.`,
    );
  }
  if (base === KPI_OLD_BASE) {
    const point = annualPoint(t, year);
    return { point, points: [point], assumptions: [], warnings: ignoredAssumption(year, assume) };
  }
  if (base === KPI_NEW_BASE) return newBaseIndex(t, year, assume);
  throw new PriceDataError(`KPI has no base "${base}"; it is published on ${KPI_OLD_BASE} and ${KPI_NEW_BASE}.`);
}

function newBaseIndex(t: KpiTables, year: number, assume: Assume): IndexResult {
  if (year <= REFERENCE_YEAR) {
    const official = year === REFERENCE_YEAR ? referenceYear() : (fullYearMean(t, year) ?? linked(t, year));
    return { ...official, assumptions: [], warnings: ignoredAssumption(year, assume) };
  }
  // Later years may grow on the year before, so walk forward from the reference year.
  let result: IndexResult = { ...referenceYear(), assumptions: [], warnings: [] };
  for (let y = REFERENCE_YEAR + 1; y <= year; y++) result = nextYear(t, y, result, assume);
  return result;
}

/** The defaults in data/series/README.md, in order; a user's --assume comes before any anslag. */
function nextYear(t: KpiTables, year: number, before: IndexResult, assume: Assume): IndexResult {
  const full = fullYearMean(t, year);
  if (full) return { ...full, assumptions: [], warnings: ignoredAssumption(year, assume) };
  const user = assume.get(year);
  if (user !== undefined) {
    return grown(before, year, user, "user", `--assume ${year}=${user.toString()}`);
  }
  const months = t.months.get(year);
  if (months && months.length > 0) return monthsMean(year, months, before.point.value);
  const forecast = newestForecast(t.forecasts, year);
  if (forecast) return grown(before, year, forecast.growthPercent, "forecast", forecastSource(forecast));
  const last = lastForecastBefore(t.forecasts, year);
  if (last) {
    const source =
      `${last.growthPercent.toString()} % a year, the last official forecast ` +
      `(for ${last.year}: ${forecastSource(last)}), carried forward`;
    return grown(before, year, last.growthPercent, "carried_forward", source);
  }
  throw new PriceDataError(
    `There is no KPI figure or forecast for ${year}. Give one with --assume ${year}=PCT (growth on ${year - 1} in per cent).`,
  );
}

function grown(
  before: IndexResult,
  year: number,
  percent: Decimal,
  method: Assumption["method"],
  source: string,
): IndexResult {
  const point: IndexPoint = {
    year,
    value: growBy(before.point.value, percent),
    base: KPI_NEW_BASE,
    status: "anslag",
    source,
    note: `${year - 1} grown by ${percent.toString()} %`,
  };
  const assumption: Assumption = { year, growthPercent: new D(percent), method, source };
  return {
    point,
    points: [...before.points, point],
    assumptions: [...before.assumptions, assumption],
    warnings: before.warnings,
  };
}

type Official = Pick<IndexResult, "point" | "points">;

function referenceYear(): Official {
  const point: IndexPoint = {
    year: REFERENCE_YEAR,
    value: new D(100),
    base: KPI_NEW_BASE,
    status: "derived",
    source: `${NEW_TABLE}/14701`,
    note: `reference year ${KPI_NEW_BASE}`,
  };
  return { point, points: [point] };
}

/** SSB's annual index is the mean of the twelve months, so a complete year needs no assumption. */
function fullYearMean(t: KpiTables, year: number): Official | null {
  const months = t.months.get(year);
  if (!months || months.length !== 12) return null;
  const point: IndexPoint = {
    year,
    value: mean(months.map((m) => m.value)),
    base: KPI_NEW_BASE,
    status: worst("derived", ...months.map((m) => indexStatus(m.status))),
    source: NEW_TABLE,
    note: `mean of 12 published months, ${NEW_TABLE}`,
  };
  return { point, points: [point] };
}

/** `growthPercent` is the growth the months imply on the year before, for a reader's sense of scale. */
function monthsMean(year: number, months: readonly MonthlyIndexRow[], before: Decimal): IndexResult {
  const sorted = [...months].sort((a, b) => a.month - b.month);
  const span = `${monthName(sorted[0])} to ${monthName(sorted[sorted.length - 1])}`;
  const point: IndexPoint = {
    year,
    value: mean(sorted.map((m) => m.value)),
    base: KPI_NEW_BASE,
    status: "anslag",
    source: NEW_TABLE,
    note: `mean of ${sorted.length} published months (${span}); the year is not complete`,
  };
  const source = `${NEW_TABLE}: mean of the ${sorted.length} months published so far (${span})`;
  const growthPercent = new D(point.value).times(HUNDRED).div(before).minus(HUNDRED);
  const assumption: Assumption = { year, growthPercent, method: "months_mean", source };
  return { point, points: [point], assumptions: [assumption], warnings: [] };
}

/** KPI(2025=100) = KPI(2015=100) × 100 / KPI2015(2025), as SSB's note on the new base says. */
function linked(t: KpiTables, year: number): Official {
  const old = annualPoint(t, year);
  const link = annualPoint(t, REFERENCE_YEAR);
  const point: IndexPoint = {
    year,
    value: new D(old.value).times(HUNDRED).div(link.value),
    base: KPI_NEW_BASE,
    status: worst("derived", old.status, link.status),
    source: `SSB table 03014 (${KPI_OLD_BASE}), linked to ${KPI_NEW_BASE}`,
    note:
      `linked: ${old.value.toString()} (${KPI_OLD_BASE}) × 100 / ${link.value.toString()} ` +
      `(${REFERENCE_YEAR} on ${KPI_OLD_BASE}, ${link.status})`,
  };
  return { point, points: [old, link, point] };
}

function annualPoint(t: KpiTables, year: number): IndexPoint {
  const row = t.annual.get(year);
  if (!row && year > REFERENCE_YEAR) {
    throw new PriceDataError(
      `KPI on ${KPI_OLD_BASE} ends in ${REFERENCE_YEAR}; ${year} exists only on ${KPI_NEW_BASE}.`,
    );
  }
  if (!row) {
    throw new PriceDataError(
      `${SERIES_FILES.kpiAnnual2015} in ${t.dir} has no KPI figure for ${year} on ${KPI_OLD_BASE}. ` +
        `Restore the file from the bop-real package, or add the year.`,
    );
  }
  return {
    year,
    value: row.value,
    base: KPI_OLD_BASE,
    status: indexStatus(row.status),
    source: `SSB table 03014 (sources ${row.source}, see data/series/README.md)`,
    ...(row.note ? { note: row.note } : {}),
  };
}

/** A user assumption for a year with a published figure would silently do nothing. */
function ignoredAssumption(year: number, assume: Assume): Warning[] {
  if (!assume.has(year)) return [];
  return [
    {
      code: "assumption_ignored",
      message: `--assume ${year} is ignored: KPI has a figure for ${year}. Assumptions apply only to years without one.`,
    },
  ];
}

function newestForecast(forecasts: readonly ForecastRow[], year: number): ForecastRow | undefined {
  const candidates = forecasts.filter((f) => f.year === year);
  return candidates.sort((a, b) => b.published.localeCompare(a.published))[0];
}

function lastForecastBefore(forecasts: readonly ForecastRow[], year: number): ForecastRow | undefined {
  const years = forecasts.map((f) => f.year).filter((y) => y < year);
  return years.length === 0 ? undefined : newestForecast(forecasts, Math.max(...years));
}

function forecastSource(f: ForecastRow): string {
  return `${f.source}, published ${f.published}`;
}

function monthName(m: MonthlyIndexRow | undefined): string {
  return m ? `${m.year}-${String(m.month).padStart(2, "0")}` : "";
}

function indexStatus(status: DataStatus): IndexStatus {
  switch (status) {
    case "published":
    case "derived":
      return status;
    case "estimate":
      return "anslag";
    default: {
      const never: never = status;
      return never;
    }
  }
}

const STATUS_RANK: Record<IndexStatus, number> = { published: 0, derived: 1, anslag: 2 };

/** A figure computed from others is as unsure as the least sure of them. */
function worst(...statuses: IndexStatus[]): IndexStatus {
  return statuses.reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a));
}
