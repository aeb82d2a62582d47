// A series published as growth per year (the kommunal deflator, or a user's
// `year,percent` file), chained into an index: the year before the first rate
// is 100, and each year is the year before × (100 + rate) / 100.
import type { Decimal } from "decimal.js";
import type { Assumption, IndexPoint, IndexStatus, Warning } from "../model/types.js";
import { D, growBy } from "./decimal.js";
import { PriceDataError } from "./errors.js";
import type { ForecastRow, GrowthRow } from "./priceData.js";
import type { Assume, IndexResult } from "./priceSeries.js";
import { indexStatus, worst } from "./status.js";
import { checkYear, ignoredAssumption, newestForecast } from "./yearByYear.js";

export interface GrowthChain {
  name: string;
  rows: ReadonlyMap<number, GrowthRow>;
  /** The year before the first rate: the chain's 100. */
  anchorYear: number;
  /** The source shown for a row ("Finansdepartementet …", or the import that stored it). */
  sourceOf(row: GrowthRow): string;
  /** What an estimate row's assumption says: its source and what it is (e.g. which variant was used). */
  estimateSource(row: GrowthRow): string;
  forecasts: readonly ForecastRow[];
  /** Whether to carry the last rate on beyond the figures (no for a user's own series). */
  carryForward: boolean;
}

/** Rows as a map by year, refusing a gap: a chain cannot skip a year. */
export function chainRows(name: string, rows: readonly GrowthRow[], where: string): ReadonlyMap<number, GrowthRow> {
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length === 0) throw new PriceDataError(`${where} holds no ${name} figures. Add at least one year.`);
  for (let i = 1; i < years.length; i++) {
    if (years[i]! !== years[i - 1]! + 1) {
      throw new PriceDataError(
        `${where} has no ${name} growth for ${years[i - 1]! + 1} (between ${years[i - 1]} and ${years[i]}): ` +
          `growth rates are chained year by year, so add that year.`,
      );
    }
  }
  return byYear;
}

export function chainBase(chain: Pick<GrowthChain, "anchorYear">): string {
  return `${chain.anchorYear}=100`;
}

interface Walk {
  value: Decimal;
  status: IndexStatus;
  rates: string[];
  sources: string[];
  points: IndexPoint[];
  assumptions: Assumption[];
  warnings: Warning[];
  /** The rate used for the last year, carried forward beyond the figures. */
  last: { year: number; percent: Decimal; source: string } | null;
}

export function chainIndexFor(c: GrowthChain, year: number, assume: Assume): IndexResult {
  checkYear(c.name, c.anchorYear, year);
  let walk: Walk = {
    value: new D(100),
    status: "derived",
    rates: [],
    sources: [],
    points: [],
    assumptions: [],
    warnings: [],
    last: null,
  };
  for (let y = c.anchorYear + 1; y <= year; y++) walk = step(c, walk, y, assume);
  const lastAssumed = walk.points[walk.points.length - 1];
  if (lastAssumed?.year === year) return { point: lastAssumed, points: walk.points, assumptions: walk.assumptions, warnings: walk.warnings };
  const point = chainedPoint(c, walk, year);
  return { point, points: [...walk.points, point], assumptions: walk.assumptions, warnings: walk.warnings };
}

function step(c: GrowthChain, walk: Walk, year: number, assume: Assume): Walk {
  const row = c.rows.get(year);
  if (row && row.status !== "estimate") {
    const source = c.sourceOf(row);
    return {
      ...walk,
      value: growBy(walk.value, row.growthPercent),
      status: worst(walk.status, indexStatus(row.status), "derived"),
      rates: [...walk.rates, rateText(row.growthPercent)],
      sources: walk.sources.includes(source) ? walk.sources : [...walk.sources, source],
      warnings: [...walk.warnings, ...ignoredAssumption(c.name, year, assume)],
      last: { year, percent: row.growthPercent, source },
    };
  }
  const assumed = assumption(c, walk, year, row, assume);
  const value = growBy(walk.value, assumed.percent);
  const point: IndexPoint = {
    year,
    value,
    base: chainBase(c),
    status: "anslag",
    source: assumed.pointSource ?? assumed.source,
    note: `${year - 1} grown by ${assumed.percent.toString()} %`,
  };
  const a: Assumption = { year, growthPercent: new D(assumed.percent), method: assumed.method, source: assumed.source };
  return {
    ...walk,
    value,
    status: "anslag",
    rates: [...walk.rates, rateText(assumed.percent)],
    points: [...walk.points, point],
    assumptions: [...walk.assumptions, a],
    last: { year, percent: assumed.percent, source: assumed.pointSource ?? assumed.source },
  };
}

interface Assumed {
  percent: Decimal;
  method: Assumption["method"];
  /** The assumption's full source; the index figure names `pointSource` (default: the same). */
  source: string;
  pointSource?: string;
}

/** The user's --assume first, then an estimate row, a forecast, the last rate carried forward. */
function assumption(c: GrowthChain, walk: Walk, year: number, row: GrowthRow | undefined, assume: Assume): Assumed {
  const user = assume.get(year);
  if (user !== undefined) return { percent: user, method: "user", source: `--assume ${year}=${user.toString()}` };
  if (row) return { percent: row.growthPercent, method: "forecast", source: c.estimateSource(row), pointSource: c.sourceOf(row) };
  const forecast = newestForecast(c.forecasts, year);
  if (forecast) {
    return { percent: forecast.growthPercent, method: "forecast", source: `${forecast.source}, published ${forecast.published}` };
  }
  if (c.carryForward && walk.last) {
    const source =
      `${walk.last.percent.toString()} % a year, the last figure ` +
      `(for ${walk.last.year}: ${walk.last.source}), carried forward`;
    return { percent: walk.last.percent, method: "carried_forward", source };
  }
  throw new PriceDataError(
    `There is no ${c.name} figure for ${year}. Give one with --assume ${year}=PCT (growth on ${year - 1} in per cent).`,
  );
}

/** "1.0" rather than "1": rates are printed with at least one decimal, as published. */
function rateText(percent: Decimal): string {
  return percent.decimalPlaces() === 0 ? percent.toFixed(1) : percent.toFixed();
}

function chainedPoint(c: GrowthChain, walk: Walk, year: number): IndexPoint {
  const base = chainBase(c);
  const note =
    walk.rates.length === 0
      ? `start of the chain: ${base}`
      : `chained from ${base} with the growth of ${c.anchorYear + 1}–${year} (${walk.rates.join(", ")} %)`;
  return {
    year,
    value: walk.value,
    base,
    status: walk.status,
    source: walk.sources.length === 0 ? c.name : walk.sources.join("; "),
    note,
  };
}
