// An index series year by year: a year with a figure of its own uses it; a year
// without one grows on the year before, by the defaults of data/series/README.md
// in order: the user's --assume, the mean of the months published so far, the
// newest official forecast, and the last forecast carried forward. Each is an anslag.
import type { Decimal } from "decimal.js";
import type { Assumption, IndexPoint, Warning } from "../model/types.js";
import { D, HUNDRED, growBy, mean } from "./decimal.js";
import { PriceDataError } from "./errors.js";
import type { ForecastRow, MonthlyIndexRow } from "./priceData.js";
import type { Assume, IndexResult } from "./priceSeries.js";
import { periodText } from "./status.js";

/** A year's own figure and the figures it was computed from. */
export interface Official {
  point: IndexPoint;
  points: IndexPoint[];
  /** An own figure can itself be an anslag (an `estimate` row); it says so here. */
  assumptions?: Assumption[];
}

export interface YearlyIndex {
  /** "KPI", "KPI-JAE": in messages. */
  name: string;
  base: string;
  firstYear: number;
  /** The year's own figure on `base`, or null when the year has none. */
  official(year: number): Official | null;
  /** Months published for a year without an own figure. */
  months(year: number): readonly MonthlyIndexRow[];
  /** Where those months come from, e.g. "SSB table 14700". */
  monthsSource(months: readonly MonthlyIndexRow[]): string;
  forecasts: readonly ForecastRow[];
  /** Whether to carry the last forecast on beyond the forecasts (no for a user's own series). */
  carryForward: boolean;
}

export function checkYear(name: string, firstYear: number, year: number): void {
  if (!Number.isInteger(year)) throw new PriceDataError(`${year} is not a year. Give a whole year such as 2024.`);
  if (year < firstYear) {
    throw new PriceDataError(`${name} starts in ${firstYear}; there is no index for ${year}. Choose years from ${firstYear} on.`);
  }
}

export function yearlyIndexFor(t: YearlyIndex, year: number, assume: Assume): IndexResult {
  checkYear(t.name, t.firstYear, year);
  const own = t.official(year);
  if (own) return { ...ownResult(own), warnings: ignoredAssumption(t.name, year, assume) };
  let start = year - 1;
  while (start > t.firstYear && !t.official(start)) start--;
  const first = t.official(start);
  if (!first) throw noFigure(t, start);
  let result: IndexResult = { ...ownResult(first), warnings: [] };
  for (let y = start + 1; y <= year; y++) result = nextYear(t, y, result, assume);
  return result;
}

function ownResult(own: Official): Omit<IndexResult, "warnings"> {
  return { point: own.point, points: own.points, assumptions: own.assumptions ?? [] };
}

function nextYear(t: YearlyIndex, year: number, before: IndexResult, assume: Assume): IndexResult {
  const user = assume.get(year);
  if (user !== undefined) {
    return grown(t, before, year, user, "user", `--assume ${year}=${user.toString()}`);
  }
  const months = t.months(year);
  if (months.length > 0) return monthsMean(t, year, months, before);
  const forecast = newestForecast(t.forecasts, year);
  if (forecast) return grown(t, before, year, forecast.growthPercent, "forecast", forecastSource(forecast));
  const last = t.carryForward ? lastForecastBefore(t.forecasts, year) : undefined;
  if (last) {
    const source =
      `${last.growthPercent.toString()} % a year, the last official forecast ` +
      `(for ${last.year}: ${forecastSource(last)}), carried forward`;
    return grown(t, before, year, last.growthPercent, "carried_forward", source);
  }
  throw noFigure(t, year);
}

function noFigure(t: YearlyIndex, year: number): PriceDataError {
  const what = t.forecasts.length > 0 || t.carryForward ? "figure or forecast" : "figure";
  return new PriceDataError(
    `There is no ${t.name} ${what} for ${year}. Give one with --assume ${year}=PCT (growth on ${year - 1} in per cent).`,
  );
}

export function grown(
  t: { base: string },
  before: IndexResult,
  year: number,
  percent: Decimal,
  method: Assumption["method"],
  source: string,
): IndexResult {
  const point: IndexPoint = {
    year,
    value: growBy(before.point.value, percent),
    base: t.base,
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

/** `growthPercent` is the growth the months imply on the year before, for a reader's sense of scale. */
function monthsMean(t: YearlyIndex, year: number, months: readonly MonthlyIndexRow[], before: IndexResult): IndexResult {
  const sorted = [...months].sort((a, b) => a.month - b.month);
  const span = `${monthName(sorted[0])} to ${monthName(sorted[sorted.length - 1])}`;
  const table = t.monthsSource(sorted);
  const point: IndexPoint = {
    year,
    value: mean(sorted.map((m) => m.value)),
    base: t.base,
    status: "anslag",
    source: table,
    note: `mean of ${sorted.length} published months (${span}); the year is not complete`,
  };
  const source = `${table}: mean of the ${sorted.length} months published so far (${span})`;
  const growthPercent = new D(point.value).times(HUNDRED).div(before.point.value).minus(HUNDRED);
  const assumption: Assumption = { year, growthPercent, method: "months_mean", source };
  return {
    point,
    points: [...before.points.filter((p) => p.status === "anslag"), point],
    assumptions: [...before.assumptions, assumption],
    warnings: before.warnings,
  };
}

/** SSB's annual index is the mean of the twelve months, so a complete year needs no assumption. */
export function fullYearMean(
  months: readonly MonthlyIndexRow[],
  base: string,
  source: string,
  worstStatus: IndexPoint["status"],
): Official | null {
  if (months.length !== 12) return null;
  const point: IndexPoint = {
    year: months[0]!.year,
    value: mean(months.map((m) => m.value)),
    base,
    status: worstStatus,
    source,
    note: `mean of 12 published months, ${source}`,
  };
  return { point, points: [point] };
}

/** A user assumption for a year with a figure would silently do nothing. */
export function ignoredAssumption(name: string, year: number, assume: Assume): Warning[] {
  if (!assume.has(year)) return [];
  return [
    {
      code: "assumption_ignored",
      message: `--assume ${year} is ignored: ${name} has a figure for ${year}. Assumptions apply only to years without one.`,
    },
  ];
}

export function newestForecast(forecasts: readonly ForecastRow[], year: number): ForecastRow | undefined {
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
  return m ? periodText(m.year, m.month) : "";
}

/** The months of each year, for `YearlyIndex.months`. */
export function monthsByYear(rows: readonly MonthlyIndexRow[]): ReadonlyMap<number, readonly MonthlyIndexRow[]> {
  const out = new Map<number, MonthlyIndexRow[]>();
  for (const row of rows) out.set(row.year, [...(out.get(row.year) ?? []), row]);
  return out;
}
