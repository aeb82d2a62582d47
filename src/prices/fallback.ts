// What a year without a figure of its own grows by. One order for every series
// (data/series/README.md): the user's --assume, the mean of the months published
// so far, the series' own estimate, the newest official forecast, and the last
// rate carried forward. Each is an anslag.
import type { Decimal } from "decimal.js";
import type { AssumptionMethod, IndexSource } from "../model/types.js";
import { PriceDataError } from "./errors.js";
import type { ForecastRow, MonthlyIndexRow } from "./priceData.js";
import type { Assume } from "./priceSeries.js";

/** A growth rate and where it is from. */
export interface Rate {
  year: number;
  percent: Decimal;
  /** In words (English), for JSON and messages. */
  source: string;
  sources: IndexSource[];
}

export interface FallbackInputs {
  /** "KPI", "kommunal deflator": in messages. */
  name: string;
  /** Months published for the year (none for a series of growth rates). */
  months: readonly MonthlyIndexRow[];
  /** The series' own estimate for the year (a growth row marked `estimate`). */
  estimate: Rate | null;
  forecasts: readonly ForecastRow[];
  /** The rate to carry forward (the last real one before the year), or null to carry none. */
  carry: Rate | null;
}

export type Fallback =
  | { kind: "months"; months: readonly MonthlyIndexRow[] }
  | {
      kind: "growth";
      percent: Decimal;
      method: AssumptionMethod;
      source: string;
      sources: IndexSource[];
      /** With `carried_forward`: the year whose rate is carried. */
      carriedFrom?: number;
    };

export function fallbackFor(year: number, assume: Assume, inputs: FallbackInputs): Fallback {
  const user = assume.get(year);
  if (user !== undefined) {
    const flag = `--assume ${year}=${user.toString()}`;
    return { kind: "growth", percent: user, method: "user", source: flag, sources: [{ kind: "user", flag }] };
  }
  if (inputs.months.length > 0) return { kind: "months", months: inputs.months };
  if (inputs.estimate) return { kind: "growth", ...rateParts(inputs.estimate), method: "forecast" };
  const forecast = newestForecast(inputs.forecasts, year);
  if (forecast) return { kind: "growth", ...rateParts(forecastRate(forecast)), method: "forecast" };
  const carry = inputs.carry;
  if (carry) {
    const source = `${rateText(carry.percent)} % a year, carried forward from ${carry.year} (${carry.source})`;
    return { kind: "growth", percent: carry.percent, method: "carried_forward", source, sources: carry.sources, carriedFrom: carry.year };
  }
  throw new PriceDataError(
    `There is no ${inputs.name} figure for ${year}. Give one with --assume ${year}=PCT (growth on ${year - 1} in per cent).`,
  );
}

function rateParts(rate: Rate): { percent: Decimal; source: string; sources: IndexSource[] } {
  return { percent: rate.percent, source: rate.source, sources: rate.sources };
}

export function forecastRate(f: ForecastRow): Rate {
  return {
    year: f.year,
    percent: f.growthPercent,
    source: `${f.source}, published ${f.published}`,
    sources: [{ kind: "named", name: f.source }],
  };
}

export function newestForecast(forecasts: readonly ForecastRow[], year: number): ForecastRow | undefined {
  const candidates = forecasts.filter((f) => f.year === year);
  return candidates.sort((a, b) => b.published.localeCompare(a.published))[0];
}

/** The newest forecast for the last year before `year` that has one: what a forecast series carries forward. */
export function lastForecastBefore(forecasts: readonly ForecastRow[], year: number): ForecastRow | undefined {
  const years = forecasts.map((f) => f.year).filter((y) => y < year);
  return years.length === 0 ? undefined : newestForecast(forecasts, Math.max(...years));
}

/** "1.0" rather than "1": rates are printed with at least one decimal, as published. */
export function rateText(percent: Decimal): string {
  return percent.decimalPlaces() === 0 ? percent.toFixed(1) : percent.toFixed();
}
