// What every price series offers, whatever its figures look like: KPI (two
// bases linked), KPI-JAE, the kommunal deflator (growth rates chained into an
// index) or a user's CSV. Deflation only ever asks for a step between two years.
import type { Decimal } from "decimal.js";
import type { Assumption, IndexPoint, PriceStep, SeriesId, Warning, WarningCode } from "../model/types.js";
import { D } from "./decimal.js";

/** The user's `--assume YEAR=PCT`: growth in per cent on the year before. */
export type Assume = ReadonlyMap<number, Decimal>;

/** One year's index figure and everything it rests on. */
export interface IndexResult {
  point: IndexPoint;
  /** `point` and every figure it was computed from (a chained year names its chain). */
  points: IndexPoint[];
  assumptions: Assumption[];
  warnings: Warning[];
}

export interface PriceSeries {
  readonly id: SeriesId;
  /** A short name for people and messages, e.g. "KPI". */
  readonly name: string;
  /** The base both years of a step are put on: a step never mixes bases. */
  baseFor(fromYear: number, toYear: number): string;
  /** The index for `year` on `base`; throws PriceDataError when there is none. */
  indexFor(year: number, base: string, assume: Assume): IndexResult;
  /** Whether `year` has a figure of its own (published or derived, not an anslag): --assume cannot replace it. */
  hasFigure(year: number): boolean;
  /** The newest period the series has a figure for (any status), or null when it has none. */
  readonly latest: Period | null;
  /** Warnings about the series as a whole (stale figures), added to every report that uses it. */
  readonly notices: readonly Warning[];
}

/** A month, or a whole year when `month` is absent. */
export interface Period {
  year: number;
  month?: number;
}

/** Months since year 0, a year counting as its December: for comparing and ageing periods. */
export function periodIndex(p: Period): number {
  return p.year * 12 + (p.month ?? 12);
}

export function newestPeriod(periods: readonly Period[]): Period | null {
  return periods.reduce<Period | null>((a, b) => (a === null || periodIndex(b) > periodIndex(a) ? b : a), null);
}

/** A step and everything behind it, for the report's lists of figures and assumptions. */
export interface SeriesStep {
  step: PriceStep;
  points: IndexPoint[];
  assumptions: Assumption[];
  warnings: Warning[];
}

export const NO_ASSUMPTIONS: Assume = new Map();

/** The factor index(toYear) / index(fromYear), both on the base the series picks for the pair. */
export function priceStep(
  series: PriceSeries,
  fromYear: number,
  toYear: number,
  assume: Assume = NO_ASSUMPTIONS,
): SeriesStep {
  const base = series.baseFor(fromYear, toYear);
  const from = series.indexFor(fromYear, base, assume);
  const to = series.indexFor(toYear, base, assume);
  const assumptions = uniqueAssumptions([...from.assumptions, ...to.assumptions]);
  return {
    step: {
      fromYear,
      toYear,
      factor: new D(to.point.value).div(from.point.value),
      fromPoint: from.point,
      toPoint: to.point,
      base,
    },
    points: uniquePoints([...from.points, ...to.points]),
    assumptions,
    warnings: withAssumptionWarnings(series.name, [...from.warnings, ...to.warnings], assumptions),
  };
}

export function uniquePoints(points: readonly IndexPoint[]): IndexPoint[] {
  const byKey = new Map(points.map((p) => [`${p.base}|${p.year}`, p]));
  return [...byKey.values()].sort((a, b) => a.base.localeCompare(b.base) || a.year - b.year);
}

export function uniqueAssumptions(assumptions: readonly Assumption[]): Assumption[] {
  const key = (a: Assumption) => `${a.year}|${a.method}|${a.growthPercent?.toString()}|${a.source}`;
  const byKey = new Map(assumptions.map((a) => [key(a), a]));
  return [...byKey.values()].sort((a, b) => a.year - b.year);
}

export function uniqueWarnings(warnings: readonly Warning[]): Warning[] {
  const key = (w: Warning) => [w.code, w.message, w.file, w.page, w.table, w.text].join("|");
  return [...new Map(warnings.map((w) => [key(w), w])).values()];
}

/**
 * The warnings that go with a set of assumptions: one "anslag" line per assumed
 * year, and one line for all carried-forward years instead of one per year (a
 * step to 2030 carries 2028, 2029 and 2030, and three lines would say the same).
 * Rebuilt from the merged assumptions, so that steps sharing a year do not repeat it.
 */
export function withAssumptionWarnings(
  seriesName: string,
  warnings: readonly Warning[],
  assumptions: readonly Assumption[],
): Warning[] {
  const others = warnings.filter((w) => w.code !== CARRIED_FORWARD && w.code !== ANSLAG);
  const anslag = assumptions
    .filter((a) => a.method !== "carried_forward")
    .map((a) => ({ code: ANSLAG, message: `${seriesName} ${a.year} is an anslag: ${describe(a)}.` }));
  return uniqueWarnings([...others, ...anslag, ...carriedForward(seriesName, assumptions)]);
}

function describe(a: Assumption): string {
  if (a.growthPercent === null) return a.source;
  const growth = `${percentText(a.growthPercent)} % growth on ${a.year - 1}`;
  switch (a.method) {
    case "months_mean":
      return a.source;
    case "forecast":
      return `${growth} (${a.source})`;
    case "user":
      return `${growth}, from ${a.source}`;
    case "carried_forward":
      return `${growth}, ${a.source}`;
    default: {
      const never: never = a.method;
      return never;
    }
  }
}

/** "4.0" rather than "4": a rate is shown with at least one decimal, as it is published. */
function percentText(percent: Decimal): string {
  return percent.decimalPlaces() === 0 ? percent.toFixed(1) : percent.toFixed();
}

function carriedForward(seriesName: string, assumptions: readonly Assumption[]): Warning[] {
  const carried = assumptions.filter((a) => a.method === "carried_forward");
  if (carried.length === 0) return [];
  const years = yearSpan(carried.map((a) => a.year));
  const sources = [...new Set(carried.map((a) => a.source))].join("; ");
  const message =
    `${seriesName} ${years}: no published figure or official forecast, so the tool assumes ` +
    `${sources}. This is an anslag; set your own with --assume YEAR=PCT.`;
  return [{ code: CARRIED_FORWARD, message }];
}

/**
 * The user's --assume years that a figure of the series' own makes useless,
 * checked once per comparison and the same way for every series: an
 * assumption applies only to a year without a published or derived figure.
 */
export function ignoredAssumptions(series: PriceSeries, assume: Assume): Warning[] {
  return [...assume.keys()]
    .sort((a, b) => a - b)
    .filter((year) => series.hasFigure(year))
    .map((year) => ({
      code: ASSUMPTION_IGNORED,
      message: `--assume ${year} is ignored: ${series.name} has a figure for ${year}. Assumptions apply only to years without one.`,
    }));
}

export const ASSUMPTION_IGNORED: WarningCode = "assumption_ignored";
export const ANSLAG: WarningCode = "anslag";
export const CARRIED_FORWARD: WarningCode = "assumption_carried_forward";

/** "2028–2030" for a run of years, "2028, 2030" otherwise. */
function yearSpan(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return "";
  const contiguous = last - first === sorted.length - 1;
  return contiguous && sorted.length > 1 ? `${first}–${last}` : sorted.join(", ");
}
