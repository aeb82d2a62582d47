// An index series year by year: a year with a figure of its own uses it; a year
// without one grows on the year before, by the fallbacks of fallback.ts (the
// user's --assume, the months published so far, a forecast, the last forecast
// carried forward). Each is an anslag.
import type { Decimal } from "decimal.js";
import type { Assumption, IndexPoint, IndexSource } from "../model/types.js";
import { D, HUNDRED, growBy, mean } from "./decimal.js";
import { fallbackFor, forecastRate, lastForecastBefore, type Fallback } from "./fallback.js";
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
  /** The same as facts, for the notes. */
  monthsSources(months: readonly MonthlyIndexRow[]): IndexSource[];
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

/**
 * A year's own figure wins, unless it is itself an anslag and the user gave
 * --assume for the year: the user's assumption replaces the tool's.
 */
function ownFigure(t: YearlyIndex, year: number, assume: Assume): Official | null {
  const own = t.official(year);
  return own && !(own.point.status === "anslag" && assume.has(year)) ? own : null;
}

export function yearlyIndexFor(t: YearlyIndex, year: number, assume: Assume): IndexResult {
  checkYear(t.name, t.firstYear, year);
  const own = ownFigure(t, year, assume);
  if (own) return ownResult(own);
  let start = year - 1;
  while (start > t.firstYear && !ownFigure(t, start, assume)) start--;
  const first = ownFigure(t, start, assume);
  if (!first) throw new PriceDataError(`There is no ${t.name} figure for ${start}. Give one with --assume ${start}=PCT (growth on ${start - 1} in per cent).`);
  let result = ownResult(first);
  for (let y = start + 1; y <= year; y++) result = nextYear(t, y, result, assume);
  return result;
}

function ownResult(own: Official): IndexResult {
  return { point: own.point, points: own.points, assumptions: own.assumptions ?? [], warnings: [] };
}

function nextYear(t: YearlyIndex, year: number, before: IndexResult, assume: Assume): IndexResult {
  const last = t.carryForward ? lastForecastBefore(t.forecasts, year) : undefined;
  const fallback = fallbackFor(year, assume, {
    name: t.name,
    months: t.months(year),
    estimate: null,
    forecasts: t.forecasts,
    carry: last ? forecastRate(last) : null,
  });
  if (fallback.kind === "months") return monthsMean(t, year, fallback.months, before);
  return grown(t, before, year, fallback);
}

/** The year before grown by an assumed rate: an anslag point and its assumption. */
export function grown(t: { base: string }, before: IndexResult, year: number, f: Extract<Fallback, { kind: "growth" }>): IndexResult {
  const point = grownPoint(t.base, year, before.point.value, f);
  return {
    point,
    points: [...before.points, point],
    assumptions: [...before.assumptions, assumptionOf(year, f)],
    warnings: before.warnings,
  };
}

export function grownPoint(base: string, year: number, before: Decimal, f: Extract<Fallback, { kind: "growth" }>): IndexPoint {
  const carriedFrom = f.carriedFrom === undefined ? {} : { carriedFrom: f.carriedFrom };
  return {
    year,
    value: growBy(before, f.percent),
    base,
    status: "anslag",
    source: f.source,
    note: `${year - 1} grown by ${f.percent.toString()} %`,
    method: { kind: "grown", percent: new D(f.percent), assumption: f.method, ...carriedFrom },
    sources: f.sources,
  };
}

export function assumptionOf(year: number, f: Extract<Fallback, { kind: "growth" }>): Assumption {
  const carriedFrom = f.carriedFrom === undefined ? {} : { carriedFrom: f.carriedFrom };
  return { year, growthPercent: new D(f.percent), method: f.method, source: f.source, sources: f.sources, ...carriedFrom };
}

/** `growthPercent` is the growth the months imply on the year before, for a reader's sense of scale. */
function monthsMean(t: YearlyIndex, year: number, months: readonly MonthlyIndexRow[], before: IndexResult): IndexResult {
  const sorted = [...months].sort((a, b) => a.month - b.month);
  const span = `${monthName(sorted[0])} to ${monthName(sorted[sorted.length - 1])}`;
  const table = t.monthsSource(sorted);
  const sources = t.monthsSources(sorted);
  const point: IndexPoint = {
    year,
    value: mean(sorted.map((m) => m.value)),
    base: t.base,
    status: "anslag",
    source: table,
    note: `mean of ${sorted.length} published months (${span}); the year is not complete`,
    method: monthsMethod(sorted),
    sources,
  };
  const source = `${table}: mean of the ${sorted.length} months published so far (${span})`;
  const growthPercent = new D(point.value).times(HUNDRED).div(before.point.value).minus(HUNDRED);
  const assumption: Assumption = { year, growthPercent, method: "months_mean", source, sources };
  return {
    point,
    points: [...before.points.filter((p) => p.status === "anslag"), point],
    assumptions: [...before.assumptions, assumption],
    warnings: before.warnings,
  };
}

/** The months a mean was taken over, sorted. */
function monthsMethod(sorted: readonly MonthlyIndexRow[]): IndexPoint["method"] {
  return { kind: "months_mean", firstMonth: sorted[0]?.month ?? 1, lastMonth: sorted[sorted.length - 1]?.month ?? 12, count: sorted.length };
}

/** SSB's annual index is the mean of the twelve months, so a complete year needs no assumption. */
export function fullYearMean(
  months: readonly MonthlyIndexRow[],
  base: string,
  source: string,
  worstStatus: IndexPoint["status"],
  sources: IndexSource[],
): Official | null {
  if (months.length !== 12) return null;
  const point: IndexPoint = {
    year: months[0]!.year,
    value: mean(months.map((m) => m.value)),
    base,
    status: worstStatus,
    source,
    note: `mean of 12 published months, ${source}`,
    method: monthsMethod([...months].sort((a, b) => a.month - b.month)),
    sources,
  };
  return { point, points: [point] };
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
