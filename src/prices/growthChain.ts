// A series published as growth per year (the kommunal deflator, or a user's
// `year,percent` file), chained into an index: the year before the first rate
// is 100, and each year is the year before × (100 + rate) / 100.
import type { Decimal } from "decimal.js";
import type { Assumption, IndexPoint, IndexSource, IndexStatus, Warning } from "../model/types.js";
import { D, growBy } from "./decimal.js";
import { PriceDataError } from "./errors.js";
import { fallbackFor, rateText, type Rate } from "./fallback.js";
import type { ForecastRow, GrowthRow } from "./priceData.js";
import type { Assume, IndexResult } from "./priceSeries.js";
import { indexStatus, uniqueSources, worst } from "./status.js";
import { assumptionOf, checkYear, grownPoint } from "./yearByYear.js";

export interface GrowthChain {
  name: string;
  rows: ReadonlyMap<number, GrowthRow>;
  /** The year before the first rate: the chain's 100. */
  anchorYear: number;
  /** The source shown for a row ("Finansdepartementet …", or the import that stored it). */
  sourceOf(row: GrowthRow): string;
  /** The same as facts, for the notes. */
  sourceRefOf(row: GrowthRow): IndexSource;
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

/** A year with a rate of its own that is not an estimate; the anchor year is 100 by definition. */
export function chainHasFigure(c: GrowthChain, year: number): boolean {
  const row = c.rows.get(year);
  return year === c.anchorYear || (row !== undefined && row.status !== "estimate");
}

export function chainBase(chain: Pick<GrowthChain, "anchorYear">): string {
  return `${chain.anchorYear}=100`;
}

interface Walk {
  value: Decimal;
  status: IndexStatus;
  rates: Decimal[];
  sources: string[];
  sourceRefs: IndexSource[];
  points: IndexPoint[];
  assumptions: Assumption[];
  warnings: Warning[];
  /**
   * The last rate that is not itself carried forward: what a year beyond the
   * figures carries. A carried year keeps it, so that its source stays the real one.
   */
  last: Rate | null;
}

export function chainIndexFor(c: GrowthChain, year: number, assume: Assume): IndexResult {
  checkYear(c.name, c.anchorYear, year);
  let walk: Walk = {
    value: new D(100),
    status: "derived",
    rates: [],
    sources: [],
    sourceRefs: [],
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
    const rate = rowRate(c, row);
    return {
      ...walk,
      value: growBy(walk.value, row.growthPercent),
      status: worst(walk.status, indexStatus(row.status), "derived"),
      rates: [...walk.rates, row.growthPercent],
      sources: walk.sources.includes(rate.source) ? walk.sources : [...walk.sources, rate.source],
      sourceRefs: uniqueSources([...walk.sourceRefs, ...rate.sources]),
      last: rate,
    };
  }
  const f = fallbackFor(year, assume, {
    name: c.name,
    months: [],
    estimate: row ? { ...rowRate(c, row), source: c.estimateSource(row) } : null,
    forecasts: c.forecasts,
    carry: c.carryForward ? walk.last : null,
  });
  if (f.kind === "months") throw new Error("a growth chain has no months");
  const before = previousPoint(c, walk, year);
  const point = grownPoint(chainBase(c), year, walk.value, f);
  // The index figure names the row's own source; the assumption says what the estimate is.
  if (row && f.method === "forecast") point.source = c.sourceOf(row);
  const carried = f.method === "carried_forward";
  return {
    ...walk,
    value: point.value,
    status: "anslag",
    rates: [...walk.rates, f.percent],
    points: [...walk.points, ...before, point],
    assumptions: [...walk.assumptions, assumptionOf(year, f)],
    last: carried ? walk.last : { year, percent: f.percent, source: point.source, sources: f.sources },
  };
}

/** The year an assumed year grows on, as a figure of its own, so that a reader can follow the step. */
function previousPoint(c: GrowthChain, walk: Walk, year: number): IndexPoint[] {
  const last = walk.points[walk.points.length - 1];
  return last?.year === year - 1 ? [] : [chainedPoint(c, walk, year - 1)];
}

function rowRate(c: GrowthChain, row: GrowthRow): Rate {
  return { year: row.year, percent: row.growthPercent, source: c.sourceOf(row), sources: [c.sourceRefOf(row)] };
}

function chainedPoint(c: GrowthChain, walk: Walk, year: number): IndexPoint {
  const base = chainBase(c);
  const note =
    walk.rates.length === 0
      ? `start of the chain: ${base}`
      : `chained from ${base} with the growth of ${c.anchorYear + 1}–${year} (${walk.rates.map(rateText).join(", ")} %)`;
  return {
    year,
    value: walk.value,
    base,
    status: walk.status,
    source: walk.sources.length === 0 ? c.name : walk.sources.join("; "),
    note,
    method: walk.rates.length === 0 ? { kind: "reference" } : { kind: "chained", anchorYear: c.anchorYear, rates: walk.rates },
    sources: walk.sourceRefs,
  };
}
